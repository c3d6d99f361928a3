import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_GRAPH_TOKEN } from '../../../src/adapters/graph';
import { messageIdFor } from '../../../src/adapters/mail/mime/message-id';
import { runCommand } from '../../support/cli-run';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import {
  EXPECTED_REMINDERS,
  EXPECTED_TIMELINE,
  ID,
  ORGS,
  playRound,
  reportedTimeline,
  startRoundWorld,
  storedTimeline,
  type RoundWorld,
} from './example-round';

/**
 * The spring round of sqlite-round.test.ts on the Microsoft 365 back end: the SharePoint lists and
 * Graph mail on the fake Graph server, provisioned first as an operator does. Every tick is a new
 * `reminders run` with cold caches, as an external timer's process is.
 */

const SITE =
  'vgregion.sharepoint.example,7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6,8e2f3a4b-5c6d-4e7f-9081-92a3b4c5d6e7';
const SENDER = 'intake@vgregion.example';

let fake: FakeGraph;
let world: RoundWorld | undefined;
let operatorDir: string;

beforeAll(async () => {
  fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, siteId: SITE, mailboxes: [SENDER] });
  operatorDir = mkdtempSync(join(tmpdir(), 'contact-intake-scheduler-sp-'));
});
afterAll(async () => {
  await world?.app.stop();
  await fake.stop();
  rmSync(operatorDir, { recursive: true, force: true });
});

const env = (): NodeJS.ProcessEnv => ({
  STORE: 'sharepoint',
  SHAREPOINT_SITE_ID: SITE,
  MAIL: 'graph',
  MAIL_SENDER: SENDER,
  GRAPH_BASE_URL: fake.baseUrl,
  // The schema's fastest pace: each tick's e-mails go 100 ms apart.
  MAIL_PER_MINUTE: '600',
});

test('the round on SharePoint and Graph mail reminds the same organisations on the same days, once each', async () => {
  const provisioned = await runCommand(['sharepoint', 'provision'], {
    env: { ...env(), LOG_LEVEL: 'warn' },
    cwd: operatorDir,
  });
  expect(provisioned.code).toBe(0);
  world = await startRoundWorld(env());
  const { app } = world;
  const runs = await playRound(world);

  const sorted = (lines: string[]) => [...lines].sort();
  expect(sorted(reportedTimeline(runs))).toEqual(sorted(EXPECTED_TIMELINE));
  expect(await storedTimeline(app.store)).toEqual(sorted(EXPECTED_TIMELINE));

  // Every reminder reached Graph's sendMail exactly once (its Message-ID is its delivery key's).
  const mail = fake.sentMail(SENDER);
  const reminders = (await app.store.deliveries(ID)).filter((d) => d.kind === 'reminder');
  expect(reminders).toHaveLength(EXPECTED_REMINDERS);
  const copies = reminders.map(
    (d) => mail.filter((m) => m.internetMessageId === messageIdFor(d.key, SENDER)).length,
  );
  expect(copies.every((n) => n === 1)).toBe(true);
  const reminderMail = mail.filter((m) => /^(Påminnelse|Svarstiden har gått ut): /.test(m.subject ?? ''));
  expect(reminderMail).toHaveLength(EXPECTED_REMINDERS);
  const to = (address: string) =>
    reminderMail.filter((m) => m.toRecipients?.some((r) => r.emailAddress.address === address));
  expect(to('sahlgrenska@vgregion.example')).toEqual([]);
  expect(to('narhalsan@vgregion.example')).toHaveLength(1);
  expect(to('skaraborgs-sjukhus@vgregion.example')).toHaveLength(6);
  expect(to('regionhalsan@vgregion.example').map((m) => m.subject!.split(':')[0])).toEqual([
    'Påminnelse',
    'Påminnelse',
    'Påminnelse',
    'Svarstiden har gått ut',
  ]);

  const summaries = mail.filter((m) => m.subject?.startsWith('Sammanställning efter svarstiden: '));
  expect(summaries.map((m) => m.toRecipients?.map((r) => r.emailAddress.address))).toEqual([
    ['sven.tapptorp@vgregion.example'],
    ['maria.lindqvist@vgregion.example'],
  ]);
  const html = summaries[0]!.body!.content!;
  expect(html).toContain(`4 av ${ORGS.length} har svarat`);
  expect(html).toContain('Koncernkontoret');
  expect(html).toContain('Har fått förlängd svarstid till fredag 9 maj 2025.');
  // The finished rounds are on the campaign's item, so a quiet tick stops at listCampaigns.
  const slots = (await app.store.getCampaign(ID))?.reminderSlots ?? {};
  expect(Object.keys(slots).sort()).toEqual([
    '2025-04-30:before-2',
    '2025-04-30:before-7',
    '2025-04-30:deadline-day',
    '2025-04-30:overdue-1',
    '2025-04-30:summary',
    '2025-05-09:before-2',
    '2025-05-09:before-7',
    '2025-05-09:deadline-day',
    '2025-05-09:overdue-1',
  ]);
}, 120_000);
