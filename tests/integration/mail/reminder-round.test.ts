import type { Store } from '../../../src/app/ports/store';
import { closeCampaign } from '../../../src/app/use-cases/close-campaign';
import { extendCampaign } from '../../../src/app/use-cases/extend-campaign';
import { planReminders, runReminders } from '../../../src/app/use-cases/reminders';
import { responseLinkIn } from '../../support/outbox';
import { CHAIR } from '../../support/campaign-fixture';
import { startTestApp, TEST_ACTOR, type TestApp } from '../../support/test-app';
import {
  answerAs,
  ESCALATION,
  ID,
  readMail,
  reminderFiles,
  SECRETARY,
  SENT,
  springCampaign,
  tickHourly,
} from './reminder-fixture';

/**
 * The scheduler on the service as it runs: the real SQLite store and the outbox, the clock moved by
 * hand, the e-mails read back as a mail client reads them.
 */

let app: TestApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

async function start(): Promise<TestApp> {
  app = await startTestApp({ campaign: springCampaign(), now: SENT });
  return app;
}

const KARIN: [string, string] = ['Karin Kontakt', 'karin.kontakt@vgregion.example'];
const ERIK: [string, string] = ['Erik Ersättare', 'erik.ersattare@vgregion.example'];

describe('a whole spring round on the e-mail channel', () => {
  it('reminds exactly those without a full answer, on the right days, copies the overdue notice, and sums up once', async () => {
    const { ctx, clock, outboxDir, store } = await start();
    await tickHourly(ctx, clock, '2025-04-04T09:00:00Z', '2025-04-17T07:00:00Z');
    await answerAs(ctx, 'folktandvarden', { contact: [KARIN] });
    await tickHourly(ctx, clock, '2025-04-17T08:00:00Z', '2025-04-25T07:00:00Z');
    await answerAs(ctx, 'sahlgrenska', { deputy: [ERIK] });
    await tickHourly(ctx, clock, '2025-04-25T08:00:00Z', '2025-04-29T08:00:00Z');
    const extended = await extendCampaign(ctx, ID, '2025-05-09', 'skaraborg', TEST_ACTOR);
    expect(extended.orgIds).toEqual(['skaraborg']);
    await tickHourly(ctx, clock, '2025-04-29T09:00:00Z', '2025-05-20T00:00:00Z');

    expect(await reminderFiles(outboxDir)).toEqual([
      'narhalsan before-2',
      'narhalsan before-7',
      'narhalsan deadline-day',
      'narhalsan overdue-1',
      'sahlgrenska before-2',
      'sahlgrenska before-7',
      'sahlgrenska deadline-day',
      'sahlgrenska overdue-1',
      'skaraborg before-2',
      'skaraborg before-2 (2025-05-09)',
      'skaraborg before-7',
      'skaraborg before-7 (2025-05-09)',
      'skaraborg deadline-day (2025-05-09)',
      'skaraborg overdue-1 (2025-05-09)',
    ]);
    const sent = (await store.deliveries(ID)).filter((d) => d.kind !== 'request');
    expect(sent).toHaveLength(16);
    expect(sent.every((d) => d.state === 'sent' && d.attempts === 1)).toBe(true);
    expect(sent.filter((d) => d.kind === 'summary').map((d) => d.target)).toEqual([
      CHAIR.email,
      SECRETARY.email,
    ]);

    // The partial answer is told what is missing, with the same working link as the request.
    const partial = await readMail(outboxDir, `reminder:${ID}:sahlgrenska:2025-04-30:before-2:email`);
    expect(partial.subject).toBe(
      'Påminnelse: Anmälan av kontaktperson för projektarbete – Sahlgrenska Universitetssjukhuset',
    );
    expect(partial.to).toEqual([
      { address: 'sahlgrenska@vgregion.example', name: 'Sahlgrenska Universitetssjukhuset' },
    ]);
    expect(partial.cc).toBeUndefined();
    expect(partial.text!.split('\n').slice(0, 3)).toEqual([
      '2 dagar kvar – svara senast onsdag 30 april 2025',
      '',
      'Vi har fått ett svar från Sahlgrenska Universitetssjukhuset, men det är inte komplett.',
    ]);
    expect(partial.text).toContain('Det saknas fortfarande: 1 kontaktperson.');
    const page = await fetch(responseLinkIn(partial.text!)!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Erik Ersättare');

    // The overdue notice after the extended deadline goes to the escalation address too.
    const overdue = await readMail(outboxDir, `reminder:${ID}:skaraborg:2025-05-09:overdue-1:email`);
    expect(overdue.subject).toBe(
      'Svarstiden har gått ut: Anmälan av kontaktperson för projektarbete – Skaraborgs Sjukhus',
    );
    expect(overdue.cc).toEqual([{ address: ESCALATION, name: '' }]);
    expect(overdue.text!.split('\n')[0]).toBe('Svarstiden gick ut fredag 9 maj 2025');
    expect(overdue.date).toBe('2025-05-12T07:00:00.000Z');
    const notEscalated = await readMail(outboxDir, `reminder:${ID}:narhalsan:2025-04-30:overdue-1:email`);
    expect(notEscalated.cc).toBeUndefined();
    expect(notEscalated.date).toBe('2025-05-02T07:00:00.000Z');

    const summary = await readMail(outboxDir, `summary:${ID}:2025-04-30:owner-2:email`);
    expect(summary.to).toEqual([{ address: SECRETARY.email, name: '' }]);
    expect(summary.subject).toBe('Sammanställning efter svarstiden: Kontaktperson för projektarbete');
    expect(summary.date).toBe('2025-05-02T07:00:00.000Z');
    expect(summary.text).toContain('1 av 4 har svarat (1 delvis)');
    expect(summary.text).toContain(
      'Har svarat (1)\n--------------\n\n- Folktandvården\n  Kontaktperson: Karin Kontakt, karin.kontakt@vgregion.example',
    );
    expect(summary.text).toContain(
      '- Skaraborgs Sjukhus\n  Har fått förlängd svarstid till fredag 9 maj 2025.',
    );

    expect(app!.logs.join('')).not.toMatch(/vgregion\.example|Karin|Erik/);
  });

  it('shows an operator what would go out without sending or recording anything', async () => {
    const { ctx, clock, outboxDir, store } = await start();
    const now = new Date('2025-04-23T07:00:00Z');
    clock.set(now);

    const plan = await planReminders(ctx, now);
    const dry = await runReminders(ctx, now, { dryRun: true });
    expect(dry).toEqual(plan);
    const [campaign] = plan.campaigns;
    expect(campaign?.rounds.map((r) => [r.slotId, r.deadlineDate, r.kind])).toEqual([
      ['before-7', '2025-04-30', 'reminder'],
    ]);
    expect(campaign?.rounds[0]!.lines.map((l) => `${l.orgId} ${l.channel} ${l.status} ${l.result}`)).toEqual([
      'narhalsan email missing due',
      'sahlgrenska email missing due',
      'skaraborg email missing due',
      'folktandvarden email missing due',
    ]);
    expect(await reminderFiles(outboxDir)).toEqual([]);
    expect((await store.deliveries(ID)).filter((d) => d.kind === 'reminder')).toEqual([]);
    expect((await store.getCampaign(ID))?.reminderSlots).toEqual({});

    const run = await runReminders(ctx, now);
    expect(run.campaigns[0]!.rounds[0]!.lines.map((l) => l.result)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(run.campaigns[0]!.rounds[0]!.done).toBe(true);
    expect((await runReminders(ctx, now)).campaigns).toEqual([]);
  });

  it('catches up after downtime with one reminder each, and records the round it passed over', async () => {
    const { ctx, clock, outboxDir, store } = await start();
    const now = new Date('2025-04-29T08:00:00Z');
    clock.set(now);
    const report = await runReminders(ctx, now);

    expect(report.campaigns[0]!.skipped.map((s) => s.slotId)).toEqual(['before-7']);
    expect(await reminderFiles(outboxDir)).toEqual([
      'folktandvarden before-2',
      'narhalsan before-2',
      'sahlgrenska before-2',
      'skaraborg before-2',
    ]);
    const slots = (await store.getCampaign(ID))?.reminderSlots ?? {};
    expect(Object.entries(slots).map(([k, v]) => `${k} ${v.state}`)).toEqual([
      '2025-04-30:before-2 done',
      '2025-04-30:before-7 skipped',
    ]);
    const mail = await readMail(outboxDir, `reminder:${ID}:narhalsan:2025-04-30:before-2:email`);
    expect(mail.text!.split('\n')[0]).toBe('1 dag kvar – svara senast onsdag 30 april 2025');
  });

  it('sends the closing summary to every owner once when the round is closed early, and nothing after', async () => {
    const { ctx, clock, outboxDir, store } = await start();
    await answerAs(ctx, 'narhalsan', { contact: [KARIN] });
    clock.set(new Date('2025-04-24T08:15:00Z'));
    await closeCampaign(ctx, ID, TEST_ACTOR);
    await tickHourly(ctx, clock, '2025-04-24T09:00:00Z', '2025-05-10T00:00:00Z');

    const summaries = (await store.deliveries(ID)).filter((d) => d.kind === 'summary');
    expect(summaries.map((d) => `${d.key} ${d.state} ${d.attempts}`)).toEqual([
      `summary:${ID}:closed:owner-1:email sent 1`,
      `summary:${ID}:closed:owner-2:email sent 1`,
    ]);
    const mail = await readMail(outboxDir, `summary:${ID}:closed:owner-1:email`);
    expect(mail.subject).toBe('Insamlingen är stängd: Kontaktperson för projektarbete');
    expect(mail.text).toContain(
      'Insamlingen stängdes 24 april 2025 kl. 10.15.\n1 av 4 har svarat\n\nInga fler svar tas emot.',
    );
    expect(await reminderFiles(outboxDir)).toEqual([]);
  });
});

/** The real store, with every call counted: what one tick costs. */
function counted(store: Store): { store: Store; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(name));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

describe('what a tick asks of the store', () => {
  it('lists the campaigns and nothing more when nothing is due', async () => {
    const { ctx } = await start();
    const { store, calls } = counted(ctx.store);
    await runReminders({ ...ctx, store }, new Date('2025-04-22T12:00:00Z'));
    expect(calls).toEqual(['listCampaigns']);

    await runReminders({ ...ctx, store: ctx.store }, new Date('2025-04-23T07:00:00Z'));
    calls.length = 0;
    await runReminders({ ...ctx, store }, new Date('2025-04-23T12:00:00Z'));
    expect(calls).toEqual(['listCampaigns']);
  });

  it('reads the channel links once per tick and answers and deliveries once per campaign when something is due, then works per organisation reminded', async () => {
    const { ctx, clock } = await start();
    await answerAs(ctx, 'folktandvarden', { contact: [KARIN] });
    const now = new Date('2025-04-23T07:00:00Z');
    clock.set(now);
    const { store, calls } = counted(ctx.store);
    await runReminders({ ...ctx, store }, now);

    const perOrg = ['currentAnswer', 'claimDelivery', 'finishDelivery'];
    expect(calls).toEqual([
      'listCampaigns',
      'channelLinks',
      'currentAnswers',
      'deliveries',
      ...perOrg,
      ...perOrg,
      ...perOrg,
      'recordReminderSlot',
    ]);
  });
});
