import { dueRounds } from '../../../src/domain/reminders/rounds';
import { planRound } from '../../../src/app/use-cases/reminders/round-plan';
import { CONTACT, DEPUTY } from '../../support/campaign-fixture';
import { nominee, SimulatedRound, springRecord } from './round-fixture';

/**
 * The scheduler's decisions over the whole 2025 spring round, ticking every hour with an injected
 * clock: which organisations get which reminders on which days, through which channels.
 */

const FULL = [nominee(CONTACT.id, 'Karin Kontakt'), nominee(DEPUTY.id, 'Erik Ersättare')];
const CONTACT_ONLY = [nominee(CONTACT.id, 'Per Persson')];

/** The reminders of one slot: every organisation in `orgs`, Närhälsan also in its Teams channel. */
function slot(day: string, id: string, orgs: string[], cc: string[] = []): string[] {
  return orgs.flatMap((o) => [
    `${day} ${id} ${o} email${cc.includes(o) ? ' cc' : ''}`,
    ...(o === 'narhalsan' ? [`${day} ${id} narhalsan teams`] : []),
  ]);
}

const ALL = ['narhalsan', 'sahlgrenska', 'skaraborg', 'folktandvarden', 'goteborg'];

describe('a spring round: sent Friday 4 April 2025, deadline Wednesday 30 April', () => {
  it('reminds only those who have not answered, 7 and 2 days before, on the day and the Friday after 1 May', () => {
    const round = new SimulatedRound(springRecord());
    round.run('2025-04-04T08:00:00Z', '2025-04-20T07:00:00Z');
    round.answer('goteborg', CONTACT_ONLY, new Date('2025-04-20T07:30:00Z'));
    round.run('2025-04-20T08:00:00Z', '2025-04-25T07:00:00Z');
    round.answer('folktandvarden', FULL, new Date('2025-04-25T07:30:00Z'));
    round.run('2025-04-25T08:00:00Z', '2025-05-31T00:00:00Z');

    const stillOpen = ['narhalsan', 'sahlgrenska', 'skaraborg', 'goteborg'];
    expect(round.sent).toEqual([
      ...slot('2025-04-23', 'before-7', ALL),
      ...slot('2025-04-28', 'before-2', stillOpen),
      ...slot('2025-04-30', 'deadline-day', stillOpen),
      // 1 May is a holiday; the overdue notice is copied to Skaraborg's escalation address.
      ...slot('2025-05-02', 'overdue-1', stillOpen, ['skaraborg']),
    ]);
    expect(round.skipped).toEqual([]);
    expect(round.summaries).toEqual(['2025-05-02 deadline']);
  });

  it('sends every reminder at 09:00 Stockholm time, in the hour the slot comes due', () => {
    const round = new SimulatedRound(springRecord());
    round.run('2025-04-23T05:00:00Z', '2025-04-23T06:00:00Z');
    expect(round.sent).toEqual([]);
    round.tick(new Date('2025-04-23T07:00:00Z'));
    expect(round.sent).toHaveLength(6);
    round.run('2025-04-23T08:00:00Z', '2025-04-27T23:00:00Z');
    expect(round.sent).toHaveLength(6);
  });

  it('stops reminding an organisation once it has answered, also in Teams', () => {
    const round = new SimulatedRound(springRecord());
    round.run('2025-04-04T08:00:00Z', '2025-04-28T10:00:00Z');
    round.answer('narhalsan', FULL, new Date('2025-04-28T10:30:00Z'));
    round.run('2025-04-28T11:00:00Z', '2025-05-31T00:00:00Z');

    const narhalsan = round.sent.filter((s) => s.includes('narhalsan'));
    expect(narhalsan).toEqual([
      ...slot('2025-04-23', 'before-7', ['narhalsan']),
      ...slot('2025-04-28', 'before-2', ['narhalsan']),
    ]);
    expect(round.sent.filter((s) => s.includes('overdue-1'))).toHaveLength(4);
  });

  it('reminds a partial answer as partial, so the reminder can say what is missing', () => {
    const round = new SimulatedRound(springRecord());
    round.answer('goteborg', CONTACT_ONLY, new Date('2025-04-10T08:00:00Z'));
    const [due] = dueRounds(round.record, new Date('2025-04-23T07:00:00Z')).rounds;
    const plan = planRound(round.record, due!, round.answers, round.deliveries);

    expect(plan.lines.find((l) => l.orgId === 'goteborg')).toMatchObject({
      status: 'partial',
      channel: 'email',
    });
    expect(plan.lines.find((l) => l.orgId === 'sahlgrenska')).toMatchObject({ status: 'missing' });
    expect(plan.answered).toEqual([]);
  });

  it('moves the reminders of an organisation given more time to its own deadline, and only its', () => {
    const round = new SimulatedRound(springRecord());
    round.run('2025-04-04T08:00:00Z', '2025-04-29T10:00:00Z');
    round.extend('skaraborg', '2025-05-09');
    round.run('2025-04-29T11:00:00Z', '2025-05-31T00:00:00Z');

    expect(round.sent.filter((s) => s.includes('skaraborg'))).toEqual([
      '2025-04-23 before-7 skaraborg email',
      '2025-04-28 before-2 skaraborg email',
      // A fresh schedule counted from Friday 9 May.
      '2025-05-02 before-7 skaraborg email',
      '2025-05-07 before-2 skaraborg email',
      '2025-05-09 deadline-day skaraborg email',
      '2025-05-12 overdue-1 skaraborg email cc',
    ]);
    const others = ['narhalsan', 'sahlgrenska', 'folktandvarden', 'goteborg'];
    expect(round.sent.filter((s) => s.startsWith('2025-04-30'))).toEqual(
      slot('2025-04-30', 'deadline-day', others),
    );
    expect(round.sent.filter((s) => s.includes('overdue-1') && !s.includes('skaraborg'))).toEqual(
      slot('2025-05-02', 'overdue-1', others),
    );
    // The owners' summary follows the campaign's own deadline, not the extension.
    expect(round.summaries).toEqual(['2025-05-02 deadline']);
  });

  it('moves everything, the summary too, when the whole campaign is extended', () => {
    const round = new SimulatedRound(springRecord());
    round.run('2025-04-04T08:00:00Z', '2025-04-29T10:00:00Z');
    round.extend(undefined, '2025-05-07');
    round.run('2025-04-29T11:00:00Z', '2025-05-31T00:00:00Z');

    expect([...new Set(round.sent.map((s) => s.split(' ').slice(0, 2).join(' ')))]).toEqual([
      '2025-04-23 before-7',
      '2025-04-28 before-2',
      // Counted from 7 May: a week before is the morning after the extension, two days before is Monday 5 May.
      '2025-04-30 before-7',
      '2025-05-05 before-2',
      '2025-05-07 deadline-day',
      '2025-05-08 overdue-1',
    ]);
    expect(round.summaries).toEqual(['2025-05-08 deadline']);
  });

  it('catches up after downtime with one reminder, not a burst, and records the one it passed over', () => {
    const round = new SimulatedRound(springRecord());
    round.run('2025-04-04T08:00:00Z', '2025-04-21T23:00:00Z');
    // Down from 22 April until the morning of 29 April: before-7 (23rd) and before-2 (28th) both came due.
    round.run('2025-04-29T08:00:00Z', '2025-04-29T23:00:00Z');

    expect(round.sent).toEqual(slot('2025-04-29', 'before-2', ALL));
    expect(round.skipped).toEqual(['2025-04-29 2025-04-30:before-7']);
    round.run('2025-04-30T00:00:00Z', '2025-05-31T00:00:00Z');
    expect(round.sent.filter((s) => s.includes('before-7'))).toEqual([]);
  });

  it('copies only overdue notices to an escalation address, and only for the organisation that has one', () => {
    const round = new SimulatedRound(springRecord());
    round.run('2025-04-04T08:00:00Z', '2025-05-31T00:00:00Z');
    expect(round.sent.filter((s) => s.endsWith(' cc'))).toEqual(['2025-05-02 overdue-1 skaraborg email cc']);
  });

  it('sends no overdue notice when the round refuses late answers; the summary still goes', () => {
    const round = new SimulatedRound(springRecord('refuse'));
    round.run('2025-04-04T08:00:00Z', '2025-05-31T00:00:00Z');
    expect(round.sent.filter((s) => s.includes('overdue'))).toEqual([]);
    expect(round.sent.filter((s) => s.includes('deadline-day'))).toHaveLength(6);
    expect(round.summaries).toEqual(['2025-05-02 deadline']);
  });

  it('stops reminding when the round is closed early, and sends the closing summary once', () => {
    const round = new SimulatedRound(springRecord());
    round.run('2025-04-04T08:00:00Z', '2025-04-24T00:00:00Z');
    round.record = { ...round.record, state: 'closed', closedAt: new Date('2025-04-24T08:00:00Z') };
    round.run('2025-04-24T09:00:00Z', '2025-05-31T00:00:00Z');

    expect(round.sent.every((s) => s.startsWith('2025-04-23'))).toBe(true);
    expect(round.summaries).toEqual(['2025-04-24 closed']);
  });

  it('leaves out an organisation whose request reached it through no channel, and reminds none twice', () => {
    const round = new SimulatedRound(springRecord());
    round.deliveries.delete('request:projektarbete-2025:sahlgrenska:email');
    const [due] = dueRounds(round.record, new Date('2025-04-23T07:00:00Z')).rounds;
    const plan = planRound(round.record, due!, round.answers, round.deliveries);
    expect(plan.unreachable).toEqual(['sahlgrenska']);
    expect(plan.lines.map((l) => l.orgId)).not.toContain('sahlgrenska');

    round.tick(new Date('2025-04-23T07:00:00Z'));
    const again = planRound(round.record, due!, round.answers, round.deliveries);
    expect(again.lines.every((l) => l.result === 'already_sent')).toBe(true);
    expect(again.done).toBe(true);
  });
});
