import { startFakeConnector, type FakeConnector } from '../../support/fake-connector';
import { botCampaign, CAMPAIGN_ID, ON_TIME } from '../bot/fixture';
import {
  ANNA,
  attachmentCard,
  cardAction,
  cardText,
  fillAndPress,
  installationUpdate,
  NARHALSAN_GENERAL,
  responseCard,
  type Card,
} from '../bot/teams-client';
import { startFakeManagedIdentity, type FakeManagedIdentity } from './managed-identity';
import { APP_ID, startProductionApp, type ProductionApp } from './production-app';
import { channelClaims, epoch, newSigningKey, startTokenIssuer, type TokenIssuer } from './token-issuer';

/**
 * Production mode checks every activity's token with botbuilder (CloudAdapter with
 * ConfigurationBotFrameworkAuthentication), here against a local OpenID configuration and key set.
 * A refused request gets 401 and a body that says nothing more; the bot does nothing for it.
 */

const KARIN = { 'contact.1.name': 'Karin Kontakt', 'contact.1.email': 'karin.kontakt@vgregion.example' };
const UNAUTHORIZED = { code: 'Unauthorized', message: 'Unauthorized.' };
/** The Bot Framework's own tenant: the emulator path accepts tokens it issued. */
const BOT_FRAMEWORK_STS = 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/';

let issuer: TokenIssuer;
let connector: FakeConnector;
let identity: FakeManagedIdentity;
let app: ProductionApp;
let card: Card;
/** botbuilder prints some refusals to the console itself (key and expiry errors); kept out of the test output. */
let consoleError: jest.SpyInstance;

async function post(activity: object, authorization?: string) {
  const res = await fetch(app.messagesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, text, body: text ? (JSON.parse(text) as unknown) : undefined };
}

const bearer = (token: string) => `Bearer ${token}`;
const validClaims = () => channelClaims(issuer.issuer, APP_ID, connector.url);
const answerPress = () =>
  cardAction(connector.url, NARHALSAN_GENERAL, ANNA, fillAndPress(card, 'submitAnswer', KARIN));

beforeAll(async () => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  issuer = await startTokenIssuer();
  connector = await startFakeConnector();
  identity = await startFakeManagedIdentity();
  app = await startProductionApp({ env: issuer.env(), campaign: botCampaign() });
  // Installing the app in Närhälsan's team posts its request card there: an authenticated activity in,
  // a Bot Connector call out with the managed identity's token.
  const installed = await post(
    installationUpdate(connector.url, NARHALSAN_GENERAL),
    bearer(issuer.sign(validClaims())),
  );
  expect(installed.status).toBe(200);
  const create = connector.callsOf('create')[0];
  card = attachmentCard(create?.body?.activity as Record<string, unknown>);
  app.clock.set(ON_TIME);
});

afterAll(async () => {
  consoleError.mockRestore();
  await app?.stop();
  await identity?.close();
  await connector?.close();
  await issuer?.close();
});

describe('a request with a valid Bot Framework token', () => {
  it('reached the bot: the installation posted the request card, signed in as the managed identity', () => {
    expect(cardText(card)).toContain('Svar för');
    expect(connector.callsOf('create')[0]?.authorization).toBe(`Bearer ${identity.accessToken}`);
    expect(identity.requests[0]).toMatchObject({
      clientId: APP_ID,
      resource: 'https://api.botframework.com',
    });
    expect(issuer.fetched).toEqual(['/v1/.well-known/openidconfiguration', '/v1/keys']);
  });
});

describe('production mode refuses, with 401 and nothing else', () => {
  const other = newSigningKey();
  const OTHER_APP = '0b6f1c1e-0000-4000-8000-000000000999';
  const entra = (claims: Record<string, unknown>) =>
    bearer(
      issuer.sign(
        { iss: BOT_FRAMEWORK_STS, exp: epoch(3600), nbf: epoch(-60), ...claims },
        { key: issuer.emulatorKey },
      ),
    );

  interface Refusal {
    what: string;
    authorization: () => string | undefined;
    spoil?: (activity: Record<string, unknown>) => void;
    /** What botbuilder (or our guard) found wrong, so each case fails for the reason it names. */
    reason: RegExp;
  }
  const cases: Refusal[] = [
    { what: 'no Authorization header', authorization: () => undefined, reason: /not authorized/ },
    {
      what: 'a scheme other than Bearer',
      authorization: () => `Basic ${Buffer.from(`${APP_ID}:x`).toString('base64')}`,
      reason: /No valid identity/,
    },
    {
      what: 'a token that is not a JWT',
      authorization: () => bearer('not-a-token'),
      reason: /No valid identity/,
    },
    {
      what: 'a token signed by a key the Bot Framework does not publish',
      authorization: () => bearer(issuer.sign(validClaims(), { key: other })),
      reason: /Signing Key could not be retrieved/,
    },
    {
      what: 'a token signed by another key under a published key id',
      authorization: () => bearer(issuer.sign(validClaims(), { key: other, kid: issuer.channelKey.kid })),
      reason: /invalid signature/,
    },
    {
      what: 'an unsigned token (alg none)',
      authorization: () => bearer(issuer.sign(validClaims(), { alg: 'none' })),
      reason: /signature is required/,
    },
    {
      what: 'a token for another bot (audience)',
      authorization: () => bearer(issuer.sign({ ...validClaims(), aud: OTHER_APP })),
      reason: /Invalid AppId/,
    },
    {
      what: 'an expired token (beyond the 5 minutes of clock skew)',
      authorization: () => bearer(issuer.sign({ ...validClaims(), exp: epoch(-600), nbf: epoch(-4000) })),
      reason: /expired/,
    },
    {
      what: 'a token not valid yet',
      authorization: () => bearer(issuer.sign({ ...validClaims(), nbf: epoch(600) })),
      reason: /not active/,
    },
    {
      what: 'a token from another issuer',
      authorization: () => bearer(issuer.sign({ ...validClaims(), iss: 'https://api.botframework.com' })),
      reason: /No valid identity/,
    },
    {
      what: "a token whose serviceurl claim is not the activity's serviceUrl",
      authorization: () =>
        bearer(issuer.sign({ ...validClaims(), serviceurl: 'https://smba.trafficmanager.net/emea/' })),
      reason: /ServiceUrl claim/,
    },
    {
      what: 'an activity without a serviceUrl (botbuilder would skip the serviceurl check)',
      authorization: () => bearer(issuer.sign(validClaims())),
      spoil: (activity) => void delete activity.serviceUrl,
      reason: /without serviceUrl/,
    },
    {
      what: 'an Entra ID token another app obtained (the emulator path)',
      authorization: () => entra({ aud: OTHER_APP, appid: OTHER_APP, ver: '1.0' }),
      reason: /Invalid AppId/,
    },
    {
      what: 'a token from another bot calling this one as a skill',
      authorization: () => entra({ aud: APP_ID, appid: OTHER_APP, ver: '1.0' }),
      reason: /Skill Claims require validation/,
    },
  ];

  it.each(cases)('$what', async ({ authorization, spoil, reason }) => {
    const before = { calls: connector.calls.length, logs: app.logs.length };
    const activity = answerPress() as Record<string, unknown>;
    spoil?.(activity);
    const sent = authorization();

    const res = await post(activity, sent);

    expect(res.status).toBe(401);
    expect(res.body).toEqual(UNAUTHORIZED);
    // The bot did nothing: no answer stored, nothing sent to Teams.
    expect(await app.ctx.store.currentAnswer(CAMPAIGN_ID, 'narhalsan')).toBeUndefined();
    expect(connector.calls.length).toBe(before.calls);
    // The operator learns why; the log never holds the token.
    const logged = app.logs.slice(before.logs).map((l) => JSON.parse(l) as Record<string, unknown>);
    const refusal = logged.find((l) => l.msg === 'bot request refused');
    expect(refusal).toMatchObject({ status: 401, reason: expect.stringMatching(reason) });
    const token = sent?.split(' ')[1];
    if (token) {
      expect(app.logs.join('\n')).not.toContain(token);
      expect(JSON.stringify(consoleError.mock.calls)).not.toContain(token);
    }
  });
});

describe('the same activity with a valid token', () => {
  it('is answered by the bot: the card comes back with the answer registered', async () => {
    const res = await post(answerPress(), bearer(issuer.sign(validClaims())));

    expect(res.status).toBe(200);
    expect(cardText(responseCard(res.body))).toContain('Svar registrerat');
    expect(await app.ctx.store.currentAnswer(CAMPAIGN_ID, 'narhalsan')).toMatchObject({
      version: 1,
      channel: 'teams',
    });
  });
});

describe("botbuilder's emulator path", () => {
  it("accepts an Entra ID token the bot's own app obtained, checked against ToBotFromEmulatorOpenIdMetadataUrl", async () => {
    const token = issuer.sign(
      { iss: BOT_FRAMEWORK_STS, aud: APP_ID, appid: APP_ID, ver: '1.0', exp: epoch(3600), nbf: epoch(-60) },
      { key: issuer.emulatorKey },
    );
    const res = await post(answerPress(), bearer(token));

    expect(res.status).toBe(200);
    expect(cardText(responseCard(res.body))).toContain('Svar registrerat');
    expect(issuer.fetched).toContain('/emulator/keys');
  });
});
