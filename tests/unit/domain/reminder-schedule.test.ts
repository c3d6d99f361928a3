import {
  DEFAULT_REMINDER_POLICY,
  reminderPolicy,
  type ReminderPolicy,
} from '../../../src/domain/reminders/policy';
import { localInstant, reminderSchedule, type ReminderSlot } from '../../../src/domain/reminders/schedule';

const TZ = 'Europe/Stockholm';

function policy(over: Partial<ReminderPolicy> = {}): ReminderPolicy {
  return reminderPolicy({ ...DEFAULT_REMINDER_POLICY, ...over });
}

/** `id localDate UTC-instant`: what goes out, on which local day, at which instant. */
function lines(slots: ReminderSlot[]): string[] {
  return slots.map((s) => `${s.id} ${s.localDate} ${s.at.toISOString().slice(0, 16)}Z`);
}

function schedule(p: ReminderPolicy, deadline: string, sentAt: string): string[] {
  return lines(reminderSchedule(p, deadline, TZ, new Date(sentAt)));
}

describe('the 2025 spring round: deadline Wednesday 30 April, sent Friday 4 April', () => {
  const SENT = '2025-04-04T08:00:00Z';

  it('with the default policy: a week before, two days before, the deadline morning, the Friday after 1 May', () => {
    const slots = reminderSchedule(policy(), '2025-04-30', TZ, new Date(SENT));
    // Summer time (UTC+2) since 30 March: 09:00 local is 07:00 UTC.
    expect(lines(slots)).toEqual([
      'before-7 2025-04-23 2025-04-23T07:00Z',
      'before-2 2025-04-28 2025-04-28T07:00Z',
      // Valborgsmässoafton is a working day, so the deadline-day reminder stays on it.
      'deadline-day 2025-04-30 2025-04-30T07:00Z',
      // 1 May is a holiday: one working day after the deadline is Friday 2 May.
      'overdue-1 2025-05-02 2025-05-02T07:00Z',
    ]);
    expect(slots.map((s) => s.kind)).toEqual(['reminder', 'reminder', 'reminder', 'overdue']);
    expect(slots.every((s) => !s.escalate)).toBe(true);
  });

  it('moves reminders that fall in Easter back to skärtorsdagen, merged into one, and skips Kristi himmelsfärdsdag', () => {
    const p = policy({ daysBefore: [12, 10, 9, 7, 2], overdueAfterWorkingDays: [1, 19, 20], max: 20 });
    expect(schedule(p, '2025-04-30', SENT)).toEqual([
      // 18 April (långfredagen), 20 April (påskdagen) and 21 April (annandag påsk) all move to the 17th;
      // one reminder that day, the one closest to the deadline.
      'before-9 2025-04-17 2025-04-17T07:00Z',
      'before-7 2025-04-23 2025-04-23T07:00Z',
      'before-2 2025-04-28 2025-04-28T07:00Z',
      'deadline-day 2025-04-30 2025-04-30T07:00Z',
      'overdue-1 2025-05-02 2025-05-02T07:00Z',
      'overdue-19 2025-05-28 2025-05-28T07:00Z',
      // The 29th is Kristi himmelsfärdsdag.
      'overdue-20 2025-05-30 2025-05-30T07:00Z',
    ]);
  });

  it('copies overdue notices, and only those, to the escalation address when the policy says so', () => {
    const slots = reminderSchedule(policy({ escalateAfterOverdue: true }), '2025-04-30', TZ, new Date(SENT));
    expect(slots.filter((s) => s.escalate).map((s) => s.id)).toEqual(['overdue-1']);
  });

  it('sends at the time of day the policy names, local time', () => {
    expect(schedule(policy({ timeOfDay: '13:30', daysBefore: [] }), '2025-04-30', SENT)).toEqual([
      'deadline-day 2025-04-30 2025-04-30T11:30Z',
      'overdue-1 2025-05-02 2025-05-02T11:30Z',
    ]);
  });

  it('has no reminders when the policy asks for none', () => {
    const none = policy({ daysBefore: [], onDeadlineDay: false, overdueAfterWorkingDays: [] });
    expect(schedule(none, '2025-04-30', SENT)).toEqual([]);
  });
});

describe('a deadline on a Monday after a weekend', () => {
  it('moves the two-days-before reminder from Saturday to Friday and reminds on the Monday morning', () => {
    expect(schedule(policy(), '2025-05-12', '2025-04-28T08:00:00Z')).toEqual([
      'before-7 2025-05-05 2025-05-05T07:00Z',
      'before-2 2025-05-09 2025-05-09T07:00Z',
      'deadline-day 2025-05-12 2025-05-12T07:00Z',
      'overdue-1 2025-05-13 2025-05-13T07:00Z',
    ]);
  });
});

describe('rounds across the changes of summer time: reminders stay at 09:00 local', () => {
  it('across the spring-forward (Sunday 30 March 2025): 08:00 UTC before, 07:00 UTC after', () => {
    const p = policy({ daysBefore: [7, 3, 2], max: 5 });
    expect(schedule(p, '2025-04-02', '2025-03-17T09:00:00Z')).toEqual([
      'before-7 2025-03-26 2025-03-26T08:00Z',
      // Three days before is the Sunday of the change itself; it moves to Friday, still winter time.
      'before-3 2025-03-28 2025-03-28T08:00Z',
      'before-2 2025-03-31 2025-03-31T07:00Z',
      'deadline-day 2025-04-02 2025-04-02T07:00Z',
      'overdue-1 2025-04-03 2025-04-03T07:00Z',
    ]);
  });

  it('across the fall-back (Sunday 26 October 2025): 07:00 UTC before, 08:00 UTC after', () => {
    expect(schedule(policy(), '2025-10-28', '2025-10-13T08:00:00Z')).toEqual([
      'before-7 2025-10-21 2025-10-21T07:00Z',
      // Two days before is the Sunday of the change; it moves to Friday, still summer time.
      'before-2 2025-10-24 2025-10-24T07:00Z',
      'deadline-day 2025-10-28 2025-10-28T08:00Z',
      'overdue-1 2025-10-29 2025-10-29T08:00Z',
    ]);
  });

  it('gives 09:00 local on the days of the changes themselves', () => {
    expect(localInstant('2025-03-30', '09:00', TZ).toISOString()).toBe('2025-03-30T07:00:00.000Z');
    expect(localInstant('2025-10-26', '09:00', TZ).toISOString()).toBe('2025-10-26T08:00:00.000Z');
    // 02:30 does not exist on the spring-forward night; it is taken as 03:30 summer time.
    expect(localInstant('2025-03-30', '02:30', TZ).toISOString()).toBe('2025-03-30T01:30:00.000Z');
  });
});

describe('midsommar and Christmas', () => {
  it('a deadline on midsommarafton: the deadline-morning reminder comes on Thursday, the overdue notice on Monday', () => {
    expect(schedule(policy(), '2025-06-20', '2025-06-02T08:00:00Z')).toEqual([
      'before-7 2025-06-13 2025-06-13T07:00Z',
      'before-2 2025-06-18 2025-06-18T07:00Z',
      'deadline-day 2025-06-19 2025-06-19T07:00Z',
      'overdue-1 2025-06-23 2025-06-23T07:00Z',
    ]);
  });

  it('a deadline the Thursday before midsommar: the overdue notice waits for Monday', () => {
    expect(schedule(policy(), '2025-06-19', '2025-06-02T08:00:00Z')).toEqual([
      'before-7 2025-06-12 2025-06-12T07:00Z',
      'before-2 2025-06-17 2025-06-17T07:00Z',
      'deadline-day 2025-06-19 2025-06-19T07:00Z',
      'overdue-1 2025-06-23 2025-06-23T07:00Z',
    ]);
  });

  it('a deadline on annandag jul: one reminder on 23 December, overdue notices over nyårsafton into January', () => {
    const p = policy({ overdueAfterWorkingDays: [1, 2, 3], max: 10 });
    expect(schedule(p, '2025-12-26', '2025-12-01T09:00:00Z')).toEqual([
      'before-7 2025-12-19 2025-12-19T08:00Z',
      // Two days before is julafton and the deadline day is a holiday; both move to the 23rd and merge,
      // keeping the meaning of the deadline-day reminder.
      'deadline-day 2025-12-23 2025-12-23T08:00Z',
      'overdue-1 2025-12-29 2025-12-29T08:00Z',
      'overdue-2 2025-12-30 2025-12-30T08:00Z',
      // Nyårsafton and nyårsdagen are days off.
      'overdue-3 2026-01-02 2026-01-02T08:00Z',
    ]);
  });
});

describe('reminders that would come before, or together with, the request', () => {
  it('drops what falls before the moment of sending', () => {
    expect(schedule(policy(), '2025-04-30', '2025-04-25T08:00:00Z')).toEqual([
      'before-2 2025-04-28 2025-04-28T07:00Z',
      'deadline-day 2025-04-30 2025-04-30T07:00Z',
      'overdue-1 2025-05-02 2025-05-02T07:00Z',
    ]);
  });

  it('drops a reminder later on the local day the request was sent, and keeps one on the next day', () => {
    // 07:00 local on 23 April, two hours before the week-before reminder would go.
    expect(schedule(policy(), '2025-04-30', '2025-04-23T05:00:00Z')[0]).toMatch(/^before-2 /);
    // 23:59 local on 22 April (21:59 UTC): the reminder the next morning stays.
    expect(schedule(policy(), '2025-04-30', '2025-04-22T21:59:00Z')[0]).toMatch(/^before-7 2025-04-23 /);
  });

  it('drops a reminder moved back from the weekend onto the day of sending', () => {
    // Deadline Tuesday 13 May: two days before is Sunday, moved to Friday 9 May, the day it was sent.
    expect(schedule(policy(), '2025-05-13', '2025-05-09T08:00:00Z')).toEqual([
      'deadline-day 2025-05-13 2025-05-13T07:00Z',
      'overdue-1 2025-05-14 2025-05-14T07:00Z',
    ]);
  });
});

describe('the maximum number of reminders', () => {
  // 16 and 23 April, 28 April, the deadline 30 April, overdue 2 and 6 May.
  const many = (max: number) =>
    reminderSchedule(
      policy({ daysBefore: [14, 7, 2], overdueAfterWorkingDays: [1, 3], max }),
      '2025-04-30',
      TZ,
      new Date('2025-04-04T08:00:00Z'),
    ).map((s) => `${s.id} ${s.localDate}`);

  it('keeps everything when the policy fits', () => {
    expect(many(6)).toEqual([
      'before-14 2025-04-16',
      'before-7 2025-04-23',
      'before-2 2025-04-28',
      'deadline-day 2025-04-30',
      'overdue-1 2025-05-02',
      'overdue-3 2025-05-06',
    ]);
  });

  it('drops the reminders furthest from the deadline first, and the overdue notices last', () => {
    expect(many(4)).toEqual([
      'before-2 2025-04-28',
      'deadline-day 2025-04-30',
      'overdue-1 2025-05-02',
      'overdue-3 2025-05-06',
    ]);
    expect(many(3)).toEqual(['deadline-day 2025-04-30', 'overdue-1 2025-05-02', 'overdue-3 2025-05-06']);
    expect(many(1)).toEqual(['overdue-1 2025-05-02']);
  });

  it('counts merged reminders once', () => {
    // Annandag jul: before-2 and deadline-day merge, so four fit in a maximum of four.
    const slots = reminderSchedule(
      policy({ daysBefore: [7, 2], overdueAfterWorkingDays: [1, 2], max: 4 }),
      '2025-12-26',
      TZ,
      new Date('2025-12-01T09:00:00Z'),
    );
    expect(slots.map((s) => s.id)).toEqual(['before-7', 'deadline-day', 'overdue-1', 'overdue-2']);
  });
});
