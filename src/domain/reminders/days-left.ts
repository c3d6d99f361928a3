import { DateTime } from 'luxon';
import { workingDaysBetween } from '../calendar/working-days';

/**
 * Working days left to answer at `now`: the working days after today up to and including the deadline
 * day: 0 on the deadline day itself, 1 on the Friday and the weekend before a Monday deadline, negative
 * once it has passed. Calendar days left are `daysLeft` in deadline.ts.
 */
export function workingDaysLeft(now: Date, deadlineDate: string, timeZone: string): number {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
  return workingDaysBetween(today, deadlineDate);
}
