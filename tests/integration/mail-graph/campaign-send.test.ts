import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../../../src/app/context';
import type { Store } from '../../../src/app/ports/store';
import { Links } from '../../../src/app/security/links';
import { TokenSigner } from '../../../src/app/security/signed-token';
import { createCampaign } from '../../../src/app/use-cases/create-campaign';
import { sendCampaign } from '../../../src/app/use-cases/send-campaign';
import { ManualClock } from '../../../src/adapters/clock/system-clock';
import { createLogger } from '../../../src/adapters/logging/pino-logger';
import { openSqliteStore } from '../../../src/adapters/store/sqlite/sqlite-store';
import { createTeamsConnection } from '../../../src/adapters/teams/teams-connection';
import { campaignFixture, org } from '../../support/campaign-fixture';
import { SENT_AT } from '../../support/test-app';
import { SENDER, startMailWorld, type MailWorld } from './mail-harness';

/**
 * A whole campaign send (sendCampaign, deliverOnce, the real SQLite store) to 50 administrations through
 * the Graph mailer, while the fake Graph throttles a fifth of all requests and loses some sends in
 * ways that leave their outcome unknown. Every administration must get its request exactly once.
 */

const ACTOR = { kind: 'cli' as const, id: 'test' };
const ORGS = Array.from({ length: 50 }, (_, i) => org(`forvaltning-${String(i + 1).padStart(2, '0')}`));
const CAMPAIGN = campaignFixture({ id: 'projektarbete-2025', organisations: ORGS });

let world: MailWorld;
let dir: string;
let store: Store;

afterEach(async () => {
  await store.close();
  await world.fake.stop();
  await rm(dir, { recursive: true, force: true });
});

async function context(): Promise<AppContext> {
  dir = await mkdtemp(join(tmpdir(), 'mail-graph-run-'));
  store = openSqliteStore(join(dir, 'intake.db'));
  const logger = createLogger('info', { write: (line: string) => void world.logs.push(line) });
  const teams = createTeamsConnection({ bot: { appType: 'SingleTenant' }, store, logger });
  return {
    store,
    mailer: world.mailer(),
    teams: teams.messenger,
    clock: new ManualClock(SENT_AT),
    links: new Links(new TokenSigner(Buffer.alloc(32, 9)), 'https://intake.vgregion.example'),
    logger,
  };
}

/** How many messages each administration's mailbox was sent, by address. */
function perMailbox(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of world.fake.sentMail(SENDER)) {
    for (const r of m.toRecipients ?? []) {
      counts.set(r.emailAddress.address, (counts.get(r.emailAddress.address) ?? 0) + 1);
    }
  }
  return counts;
}

test('a send to 50 administrations under 20% throttling sends each request exactly once', async () => {
  world = await startMailWorld({ seed: 7 });
  const ctx = await context();
  await createCampaign(ctx, CAMPAIGN, ACTOR);
  const sendMail = /\/sendMail$/;
  world.fake.faults.set([
    { kind: '429', rate: 0.2, retryAfterSeconds: 2 },
    { kind: '503', rate: 0.05 },
    { kind: '504', rate: 0.05, method: 'POST', path: sendMail },
    { kind: 'drop-after', rate: 0.05, method: 'POST', path: sendMail },
    { kind: 'drop-before', rate: 0.05, method: 'POST', path: sendMail },
  ]);

  const first = await sendCampaign(ctx, CAMPAIGN.id, ACTOR);

  // The faults really happened, the ambiguous ones included.
  const faults = world.fake.requests.map((r) => r.fault).filter(Boolean);
  expect(faults.filter((f) => f === '429').length).toBeGreaterThan(10);
  for (const kind of ['504', 'drop-after', 'drop-before']) expect(faults).toContain(kind);

  // Whatever was reported sent went out exactly once; nothing went out twice.
  const sentOrgs = first.lines.filter((l) => l.result === 'sent').map((l) => l.orgId);
  expect(sentOrgs.length).toBeGreaterThanOrEqual(45);
  for (const count of perMailbox().values()) expect(count).toBe(1);
  expect([...perMailbox().keys()].sort()).toEqual(sentOrgs.map((id) => `${id}@vgregion.example`).sort());

  // The next run, with Graph healthy again, sends what failed and nothing else.
  world.fake.faults.clear();
  const before = world.fake.requests.length;
  const second = await sendCampaign(ctx, CAMPAIGN.id, ACTOR);
  // A retried delivery may have gone out in the first run: it is looked for before it is sent.
  const retried = 50 - sentOrgs.length;
  expect(world.mailRequests().slice(-2 * retried)).toEqual(
    Array(retried).fill(['GET sentitems 200', 'POST sendMail 202']).flat(),
  );
  expect(world.fake.requests.length - before).toBe(2 * retried);
  for (const line of second.lines) {
    expect(line.result).toBe(sentOrgs.includes(line.orgId) ? 'already_sent' : 'sent');
  }
  expect(perMailbox().size).toBe(50);
  for (const count of perMailbox().values()) expect(count).toBe(1);

  // Each delivery records the Message-ID that is in the mailbox's Sent Items.
  const sentIds = new Set(world.fake.sentItems(SENDER).map((m) => m.internetMessageId));
  expect(sentIds.size).toBe(50);
  const deliveries = await store.deliveries(CAMPAIGN.id);
  expect(deliveries.filter((d) => d.state === 'sent')).toHaveLength(50);
  for (const d of deliveries) expect(sentIds.has(d.externalRef!.messageId!)).toBe(true);
  expect(world.logs.join('')).not.toMatch(/vgregion\.example/);
});

test('a send left in doubt is looked for by the next run, found, and not sent again', async () => {
  world = await startMailWorld();
  const ctx = await context();
  const campaign = campaignFixture({ id: 'projektarbete-2025', organisations: ORGS.slice(0, 1) });
  await createCampaign(ctx, campaign, ACTOR);
  // Graph takes the message but the answer is lost, and Sent Items cannot be read to tell.
  world.fake.faults.set([
    { kind: 'drop-after', rate: 1, times: 1, method: 'POST', path: /\/sendMail$/ },
    { kind: '429', rate: 1, times: 5, method: 'GET', path: /\/messages$/ },
  ]);
  const first = await sendCampaign(ctx, campaign.id, ACTOR);
  expect(first.lines.map((l) => l.result)).toEqual(['failed']);
  const [doubtful] = await store.deliveries(campaign.id);
  expect(doubtful!.lastError).toMatch(/Sent Items could not be read/);
  expect(world.fake.sentMail(SENDER)).toHaveLength(1);

  world.fake.faults.clear();
  const second = await sendCampaign(ctx, campaign.id, ACTOR);
  expect(second.lines.map((l) => l.result)).toEqual(['sent']);
  expect(world.fake.sentMail(SENDER)).toHaveLength(1);
  expect(world.mailRequests().slice(-1)).toEqual(['GET sentitems 200']);
  const [sent] = await store.deliveries(campaign.id);
  expect(sent!.externalRef!.messageId).toBe(world.fake.sentMail(SENDER)[0]!.internetMessageId);
});
