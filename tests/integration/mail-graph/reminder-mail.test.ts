import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import type { AppContext } from '../../../src/app/context';
import type { MailNotice } from '../../../src/app/ports/messaging';
import type { Store } from '../../../src/app/ports/store';
import { Links } from '../../../src/app/security/links';
import { TokenSigner } from '../../../src/app/security/signed-token';
import { createCampaign } from '../../../src/app/use-cases/create-campaign';
import { runReminders } from '../../../src/app/use-cases/reminders';
import { sendCampaign } from '../../../src/app/use-cases/send-campaign';
import { statusOf } from '../../../src/app/views/status-view';
import { buildReminderView } from '../../../src/app/views/reminder-view';
import { buildSummaryView } from '../../../src/app/views/summary-view';
import { reminderCard } from '../../../src/adapters/cards/reminder-card';
import { ManualClock } from '../../../src/adapters/clock/system-clock';
import { createLogger } from '../../../src/adapters/logging/pino-logger';
import { OutboxMailer } from '../../../src/adapters/mail/outbox-mailer';
import { openSqliteStore } from '../../../src/adapters/store/sqlite/sqlite-store';
import { createTeamsConnection } from '../../../src/adapters/teams/teams-connection';
import { campaignFixture, CHAIR, org } from '../../support/campaign-fixture';
import { answer, campaignRecord, links } from '../../unit/mail/request-fixture';
import { ORIGINATOR, REPLY_TO, SENDER, startMailWorld, type MailWorld } from './mail-harness';

/** Reminders and summaries through Microsoft Graph, against the fake Graph over real TLS. */

let world: MailWorld;
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
  await world.fake.stop();
});

const ESCALATION = 'narhalsan.direktor@vgregion.example';
const CARD_SCRIPT = /<script type="application\/adaptivecard\+json">([\s\S]*?)<\/script>\n/;

function overdueNotice(): Extract<MailNotice, { kind: 'reminder' }> {
  const partial = answer([{ roleId: 'contact', name: 'Karin Kontakt', email: 'karin@vgregion.example' }]);
  const view = buildReminderView(
    campaignRecord(),
    'narhalsan',
    partial,
    { id: 'overdue-1', kind: 'overdue' },
    new Date('2025-05-02T07:00:00Z'),
    links(),
  );
  return {
    key: 'reminder:projektarbete-2025:narhalsan:2025-04-30:overdue-1:email',
    kind: 'reminder',
    to: ['narhalsan@vgregion.example'],
    cc: [ESCALATION],
    replyTo: REPLY_TO,
    view,
  };
}

/** What the outbox makes of the same notice, read back as a mail client would. */
async function outboxCopy(n: MailNotice) {
  const dir = await mkdtemp(join(tmpdir(), 'outbox-compare-'));
  try {
    await new OutboxMailer({ dir, from: { address: SENDER }, clock: { now: () => new Date() } }).send(n);
    const [file] = await readdir(dir);
    return await PostalMime.parse(await readFile(join(dir, file!), 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('reminders and summaries through Graph', () => {
  it('sends the overdue notice with the escalation copy in Cc, the outbox’s subject and body, and the reminder card', async () => {
    world = await startMailWorld();
    const n = overdueNotice();
    await world.mailer({ outlookOriginatorId: ORIGINATOR }).send(n);

    const [sent] = world.fake.sentMail(SENDER);
    const outbox = await outboxCopy(n);
    expect(sent).toMatchObject({
      subject: outbox.subject,
      toRecipients: [{ emailAddress: { address: 'narhalsan@vgregion.example', name: 'Närhälsan' } }],
      ccRecipients: [{ emailAddress: { address: ESCALATION } }],
    });
    expect(outbox.cc).toEqual([{ address: ESCALATION, name: '' }]);
    expect(outbox.subject).toMatch(/^Svarstiden har gått ut: /);
    const html = sent!.body!.content!;
    const script = CARD_SCRIPT.exec(html)!;
    expect(html.replace(script[0], '').trimEnd()).toBe(outbox.html!.replace(/\r\n/g, '\n').trimEnd());
    const card = JSON.parse(script[1]!) as Record<string, unknown>;
    // A partial answer's reminder card shows the answer (no form, so no nonce to compare).
    expect(card).toEqual({ ...reminderCard(n.view, 'unused'), originator: ORIGINATOR });
    expect(JSON.stringify(card)).toContain('Det saknas fortfarande: 1 representant.');
  });

  it('sends the owners’ summary to the owner alone, without a card', async () => {
    world = await startMailWorld();
    const record = {
      ...campaignRecord(),
      state: 'closed' as const,
      closedAt: new Date('2025-05-05T08:00:00Z'),
    };
    const view = buildSummaryView(statusOf(record, [], []), 'closed');
    await world.mailer({ outlookOriginatorId: ORIGINATOR }).send({
      key: 'summary:projektarbete-2025:closed:owner-1:email',
      kind: 'summary',
      to: [CHAIR.email],
      replyTo: REPLY_TO,
      view,
    });
    const [sent] = world.fake.sentMail(SENDER);
    expect(sent).toMatchObject({
      subject: 'Insamlingen är stängd: Förvaltningars kontaktpersoner för projektarbete',
      toRecipients: [{ emailAddress: { address: CHAIR.email } }],
      replyTo: [{ emailAddress: { address: REPLY_TO, name: 'Samordningsgrupp projektarbete' } }],
    });
    expect(sent!.ccRecipients ?? []).toEqual([]);
    expect(sent!.body!.content).not.toContain('adaptivecard');
  });
});

describe('two schedulers ticking at the same time against the same store', () => {
  const ORGS = Array.from({ length: 30 }, (_, i) => org(`forvaltning-${String(i + 1).padStart(2, '0')}`));
  const CAMPAIGN = campaignFixture({ id: 'projektarbete-2025', organisations: ORGS, owners: [CHAIR] });

  async function contexts(): Promise<[AppContext, AppContext]> {
    const dir = await mkdtemp(join(tmpdir(), 'two-ticks-'));
    const stores: Store[] = [
      openSqliteStore(join(dir, 'intake.db')),
      openSqliteStore(join(dir, 'intake.db')),
    ];
    cleanup.push(async () => {
      for (const s of stores) await s.close();
      await rm(dir, { recursive: true, force: true });
    });
    const logger = createLogger('info', { write: (line: string) => void world.logs.push(line) });
    const signer = new TokenSigner(Buffer.alloc(32, 9));
    return stores.map((store): AppContext => ({
      store,
      mailer: world.mailer(),
      teams: createTeamsConnection({ bot: { appType: 'SingleTenant' }, store, logger }).messenger,
      clock: new ManualClock(new Date('2025-04-04T08:00:00Z')),
      links: new Links(signer, 'https://intake.vgregion.example'),
      logger,
    })) as [AppContext, AppContext];
  }

  /** Messages each mailbox was sent, by address. */
  function perMailbox(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of world.fake.sentMail(SENDER)) {
      for (const r of m.toRecipients ?? [])
        counts.set(r.emailAddress.address, (counts.get(r.emailAddress.address) ?? 0) + 1);
    }
    return counts;
  }

  it('sends each reminder and each summary once, while Graph throttles', async () => {
    world = await startMailWorld({ seed: 11 });
    const [a, b] = await contexts();
    await createCampaign(a, CAMPAIGN, { kind: 'cli' });
    await sendCampaign(a, CAMPAIGN.id, { kind: 'cli' });
    world.fake.faults.set([{ kind: '429', rate: 0.2, retryAfterSeconds: 1 }]);

    for (const at of ['2025-04-23T07:00:00Z', '2025-04-28T07:00:00Z', '2025-05-02T07:00:00Z']) {
      const now = new Date(at);
      for (const ctx of [a, b]) (ctx.clock as ManualClock).set(now);
      const [one, two] = await Promise.all([runReminders(a, now), runReminders(b, now)]);
      const results = [one, two].flatMap((r) => r.campaigns.flatMap((c) => c.rounds.flatMap((x) => x.lines)));
      expect(results.filter((l) => l.result === 'sent')).toHaveLength(30);
      // They really overlapped: each found reminders the other had taken.
      expect(
        results.filter((l) => l.result === 'busy' || l.result === 'already_sent').length,
      ).toBeGreaterThan(0);
    }

    expect(world.fake.requests.some((r) => r.fault === '429')).toBe(true);
    const counts = perMailbox();
    // The request and three reminders each, and one summary for the chair.
    for (const o of ORGS) expect(counts.get(o.mailboxes[0]!)).toBe(4);
    expect(counts.get(CHAIR.email)).toBe(1);
    const deliveries = await a.store.deliveries(CAMPAIGN.id);
    expect(deliveries.filter((d) => d.kind === 'reminder')).toHaveLength(90);
    expect(deliveries.every((d) => d.state === 'sent')).toBe(true);
  });
});
