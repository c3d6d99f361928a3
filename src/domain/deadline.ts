import { DateTime } from 'luxon';
import { workingDayOnOrAfter } from './calendar/working-days';
import type { DeadlineRule } from './campaign';

/**
 * The deadline as a local date (YYYY-MM-DD). A fixed date stays exactly as the letter writes it. A
 * window ("två veckor") counts calendar days from the local date the request was sent, so a request
 * sent at 23:30 does not lose a day to UTC; when the window ends on a weekend or a holiday it ends on
 * the next working day instead, since "senast söndag" is not what a chair means by two weeks.
 */
export function resolveDeadlineDate(rule: DeadlineRule, sentAt: Date, timeZone: string): string {
  if (rule.kind === 'date') return rule.date;
  const end = DateTime.fromJSDate(sentAt, { zone: timeZone }).startOf('day').plus({ days: rule.days });
  return workingDayOnOrAfter(end.toISODate()!);
}

/**
 * "senast 2025-04-30" includes the whole of that day in the campaign's time zone: answers are on time
 * until the local midnight that ends it. Returned as the exclusive UTC instant of that midnight.
 */
export function closingInstant(deadlineDate: string, timeZone: string): Date {
  const day = DateTime.fromISO(deadlineDate, { zone: timeZone });
  if (!day.isValid) throw new Error(`invalid deadline date ${deadlineDate}`);
  return day.plus({ days: 1 }).startOf('day').toJSDate();
}

export function isOnTime(at: Date, deadlineDate: string, timeZone: string): boolean {
  return at.getTime() < closingInstant(deadlineDate, timeZone).getTime();
}

/** Whole local days from today to the deadline day: 0 on the day itself, negative when passed. */
export function daysLeft(now: Date, deadlineDate: string, timeZone: string): number {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const last = DateTime.fromISO(deadlineDate, { zone: timeZone }).startOf('day');
  return Math.round(last.diff(today, 'days').days);
}

export function localDate(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toISODate()!;
}
