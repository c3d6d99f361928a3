import { DateTime } from 'luxon';
import { addDays } from '../calendar/iso-date';
import { addWorkingDays, workingDayOnOrBefore } from '../calendar/working-days';
import type { ReminderPolicy } from './policy';

export type ReminderKind = 'reminder' | 'overdue';

/** One reminder of a campaign's round: every organisation that has not answered by then gets it. */
export interface ReminderSlot {
  /** Stable across runs and instances ('before-7', 'deadline-day', 'overdue-1'): the scheduler's key. */
  id: string;
  kind: ReminderKind;
  /** The local date it goes out, YYYY-MM-DD in the campaign's time zone. */
  localDate: string;
  /** The instant it goes out: the policy's time of day on `localDate`, local time. */
  at: Date;
  /** Copy it to the organisation's escalation address (overdue notices, when the policy says so). */
  escalate: boolean;
}

interface Candidate {
  id: string;
  kind: ReminderKind;
  localDate: string;
  /** Signed distance from the deadline in the policy's own units: before-7 is -7, deadline-day 0, overdue-1 is 1. */
  offset: number;
}

/**
 * The reminders of one round, in the order they go out. The rules:
 *
 * 1. A "before" reminder is N calendar days before the deadline day. On a non-working day it moves
 *    to the previous working day: it may come early, never later than the letter's "a week before".
 * 2. The deadline-day reminder goes on the morning of the deadline day; when that is not a working day
 *    it goes on the working day before, the last morning anyone reads it before the round closes.
 * 3. Overdue notice N goes N working days after the deadline day (Friday 2 May 2025 for a deadline on
 *    Wednesday 30 April, 1 May being a holiday).
 * 4. Every slot goes at the policy's time of day in the campaign's time zone, so it stays 09:00 local
 *    across summer and winter time. (A time inside the spring-forward gap moves an hour later.)
 * 5. Slots at or before the moment the request was sent are dropped, and so are slots later on the
 *    local day it was sent: a reminder hours after the request reminds nobody of anything.
 * 6. Slots that land on the same local date are merged into one, which keeps the meaning of the one
 *    closest to (or after) the deadline: deadline-day over before-1, before-2 over before-3.
 * 7. At most `max` slots remain. Overdue notices are kept first, earliest first: they go only to
 *    those who really missed the deadline and are what closes the round (and escalation hangs on
 *    them). Then the reminders closest to the deadline: a reminder a week out reaches people who
 *    still have time, so it is the one that is missed least when dropped.
 */
export function reminderSchedule(
  policy: ReminderPolicy,
  deadlineDate: string,
  timeZone: string,
  sentAt: Date,
): ReminderSlot[] {
  const candidates: Candidate[] = [
    ...policy.daysBefore.map((n) => ({
      id: `before-${n}`,
      kind: 'reminder' as const,
      localDate: workingDayOnOrBefore(addDays(deadlineDate, -n)),
      offset: -n,
    })),
    ...(policy.onDeadlineDay
      ? [
          {
            id: 'deadline-day',
            kind: 'reminder' as const,
            localDate: workingDayOnOrBefore(deadlineDate),
            offset: 0,
          },
        ]
      : []),
    ...policy.overdueAfterWorkingDays.map((n) => ({
      id: `overdue-${n}`,
      kind: 'overdue' as const,
      localDate: addWorkingDays(deadlineDate, n),
      offset: n,
    })),
  ];

  // Any time on a later local date is after the sending, so rule 5 is one comparison of dates.
  const sentDate = DateTime.fromJSDate(sentAt, { zone: timeZone }).toISODate()!;
  const byDate = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.localDate <= sentDate) continue;
    const other = byDate.get(c.localDate);
    if (!other || c.offset > other.offset) byDate.set(c.localDate, c);
  }

  const kept = [...byDate.values()]
    .sort((a, b) => priority(a) - priority(b))
    .slice(0, policy.max)
    .sort((a, b) => (a.localDate < b.localDate ? -1 : 1));

  return kept.map((c) => ({
    id: c.id,
    kind: c.kind,
    localDate: c.localDate,
    at: localInstant(c.localDate, policy.timeOfDay, timeZone),
    escalate: c.kind === 'overdue' && policy.escalateAfterOverdue,
  }));
}

/** Lower is kept first: overdue notices earliest first, then reminders closest to the deadline first. */
function priority(c: Candidate): number {
  return c.kind === 'overdue' ? c.offset - 1_000 : -c.offset;
}

/** The UTC instant of a wall-clock time on a local date in `timeZone`. */
export function localInstant(localDate: string, timeOfDay: string, timeZone: string): Date {
  const at = DateTime.fromISO(`${localDate}T${timeOfDay}`, { zone: timeZone });
  if (!at.isValid) throw new RangeError(`invalid local time ${localDate} ${timeOfDay} in ${timeZone}`);
  return at.toJSDate();
}
