import { campaignStatus } from '../../../src/app/use-cases/campaign-status';
import { formOn, load, send } from '../../support/browser-like';
import { startFakeConnector, type FakeConnector } from '../../support/fake-connector';
import { responseLinkFromEmail } from '../../support/outbox';
import { startFakeManagedIdentity, type FakeManagedIdentity } from '../auth/managed-identity';
import { APP_ID, startProductionApp, type ProductionApp } from '../auth/production-app';
import { channelClaims, startTokenIssuer, type TokenIssuer } from '../auth/token-issuer';
import { botCampaign, CAMPAIGN_ID, ON_TIME, OWNER } from '../bot/fixture';
import {
  ANNA,
  attachmentCard,
  cardAction,
  cardText,
  fillAndPress,
  installationUpdate,
  NARHALSAN_GENERAL,
  personalMessage,
  responseCard,
  type TeamsUser,
} from '../bot/teams-client';

/**
 * A whole round in production mode with every log line kept at level debug: the chair sends, Närhälsan
 * answers on the card in Teams, Skaraborg on the web page, the chair asks for the status in Teams. The
 * log must hold ids and counts only — no nominee's or sender's name, no e-mail address, no response-link
 * token, no bearer token — and every line written for a request must carry that request's id.
 */

const TEAMS_NOMINEES = {
  'contact.1.name': 'Karin Kontakt',
  'contact.1.email': 'karin.kontakt@vgregion.example',
  'deputy.1.name': 'Per Ersättare',
  'deputy.1.email': 'per.ersattare@vgregion.example',
};
const WEB_NOMINEES = {
  'contact.1.name': 'Bertil Berg',
  'contact.1.email': 'bertil.berg@vgregion.example',
  'contact.1.phone': '0500-12 34 56',
  declaredName: 'Lena Ledningsstöd',
};
const NAMES = ['Karin Kontakt', 'Per Ersättare', 'Bertil Berg', 'Lena Ledningsstöd', ANNA.name, OWNER.name];
const CHAIR: TeamsUser = { id: '29:sven', name: OWNER.name, aadObjectId: OWNER.aadObjectId };
const ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u;

let issuer: TokenIssuer;
let connector: FakeConnector;
let identity: FakeManagedIdentity;
let app: ProductionApp;
const bearerTokens: string[] = [];
let linkToken = '';

type Line = Record<string, unknown> & { msg?: string; level: number; reqId?: string };
const lines = (): Line[] => app.logs.map((l) => JSON.parse(l) as Line);

async function fromTeams(activity: object) {
  const token = issuer.sign(channelClaims(issuer.issuer, APP_ID, connector.url));
  bearerTokens.push(token);
  const res = await fetch(app.messagesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

beforeAll(async () => {
  issuer = await startTokenIssuer();
  connector = await startFakeConnector();
  identity = await startFakeManagedIdentity();
  // Sent on creation: e-mails to all three administrations, Teams requests waiting for the app.
  app = await startProductionApp({ env: issuer.env(), logLevel: 'debug', campaign: botCampaign() });

  // The app is installed in Närhälsan's team: its request card is posted.
  expect((await fromTeams(installationUpdate(connector.url, NARHALSAN_GENERAL))).status).toBe(200);
  const card = attachmentCard(connector.callsOf('create')[0]?.body?.activity as Record<string, unknown>);
  app.clock.set(ON_TIME);

  // Närhälsan answers on the card.
  const pressed = await fromTeams(
    cardAction(connector.url, NARHALSAN_GENERAL, ANNA, fillAndPress(card, 'submitAnswer', TEAMS_NOMINEES)),
  );
  expect(cardText(responseCard(pressed.body))).toContain('Karin Kontakt');

  // Skaraborg answers on the web page, from the link in its e-mail.
  const link = await responseLinkFromEmail(app.outboxDir, CAMPAIGN_ID, 'skaraborg');
  linkToken = link.split('/respond/')[1]!;
  const page = app.local(link);
  const sent = await send(formOn(await load(page), page), WEB_NOMINEES);
  expect(sent.status).toBe(303);
  expect((await load(new URL(sent.headers.get('location')!, page).toString())).body).toContain('Bertil Berg');

  // The platform's health and readiness probes run all along.
  for (const probe of ['/healthz', '/readyz']) expect((await fetch(`${app.url}${probe}`)).status).toBe(200);

  // The chair asks for the status in Teams, and the service computes it for the command line too.
  expect((await fromTeams(personalMessage(connector.url, CHAIR, 'status'))).status).toBe(200);
  expect(JSON.stringify(connector.callsOf('send').at(-1)?.body)).toContain('Bertil Berg');
  const status = await campaignStatus(app.ctx, CAMPAIGN_ID);
  expect(JSON.stringify(status)).toContain('bertil.berg@vgregion.example');
});

afterAll(async () => {
  await app?.stop();
  await identity?.close();
  await connector?.close();
  await issuer?.close();
});

describe("a full round's logs", () => {
  it('were written at debug level, a line per request among them', () => {
    expect(lines().some((l) => l.level === 20)).toBe(true);
    expect(lines().filter((l) => l.msg === 'request').length).toBeGreaterThanOrEqual(6);
  });

  it('hold no e-mail address at all', () => {
    const found = app.logs.filter((l) => ADDRESS.test(l));
    expect(found).toEqual([]);
  });

  it.each(NAMES)('do not name %s', (name) => {
    expect(app.logs.join('\n')).not.toContain(name);
  });

  it('hold no response-link token and no bearer token, inbound or outbound', () => {
    const all = app.logs.join('\n');
    expect(linkToken.length).toBeGreaterThan(40);
    expect(all).not.toContain(linkToken);
    expect(bearerTokens).toHaveLength(3);
    for (const token of bearerTokens) expect(all).not.toContain(token);
    expect(connector.calls.some((c) => c.authorization === `Bearer ${identity.accessToken}`)).toBe(true);
    expect(all).not.toContain(identity.accessToken);
  });

  it('name each request by its route template, with method, status and duration', () => {
    const requests = lines().filter((l) => l.msg === 'request');
    for (const r of requests) {
      expect(r).toMatchObject({
        reqId: expect.any(String),
        method: expect.stringMatching(/^(GET|POST)$/),
        status: expect.any(Number),
        durationMs: expect.any(Number),
      });
    }
    expect(requests.map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual(
      expect.arrayContaining([
        'POST /api/messages 200',
        'GET /respond/:token 200',
        'POST /respond/:token 303',
      ]),
    );
  });

  it("carry, on every line written while a request was handled, that request's id", () => {
    const requests = new Map(
      lines()
        .filter((l) => l.msg === 'request')
        .map((l) => [l.reqId, `${l.method} ${l.route}`]),
    );
    const during = (msg: string) =>
      lines()
        .filter((l) => l.msg === msg)
        .map((l) => requests.get(l.reqId));
    expect(during('request card posted')).toEqual(['POST /api/messages']);
    expect(during('answer submitted')).toEqual(['POST /api/messages', 'POST /respond/:token']);
    expect(during('status asked for')).toEqual(['POST /api/messages']);
    // Sending ran before any request: its lines carry no request id.
    expect(lines().find((l) => l.msg === 'campaign saved')?.reqId).toBeUndefined();
  });
});
