import { nonWorkingHolidays } from './holidays';
import { dayNumber, isoDateOf, weekdayOf, yearOf } from './iso-date';

/**
 * Swedish working days on local dates (YYYY-MM-DD): not a Saturday or Sunday, and not a holiday that
 * is a day off (see holidays.ts). Everything here is called thousands of times per scheduler tick,
 * so it works on day numbers and looks holidays up in a set built once per year.
 */

function isWorkingDayNumber(day: number): boolean {
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return false;
  return !nonWorkingHolidays(yearOf(day)).has(day);
}

/** The next working day after `day` in direction `step` (+1 or -1), never `day` itself. */
function stepToWorkingDay(day: number, step: 1 | -1): number {
  let d = day + step;
  while (!isWorkingDayNumber(d)) d += step;
  return d;
}

export function isWorkingDay(isoDate: string): boolean {
  return isWorkingDayNumber(dayNumber(isoDate));
}

/** The first working day strictly after `isoDate`. */
export function nextWorkingDay(isoDate: string): string {
  return isoDateOf(stepToWorkingDay(dayNumber(isoDate), 1));
}

/** The last working day strictly before `isoDate`. */
export function previousWorkingDay(isoDate: string): string {
  return isoDateOf(stepToWorkingDay(dayNumber(isoDate), -1));
}

/** `isoDate` itself when it is a working day, else the next one. */
export function workingDayOnOrAfter(isoDate: string): string {
  return isWorkingDay(isoDate) ? isoDate : nextWorkingDay(isoDate);
}

/** `isoDate` itself when it is a working day, else the previous one. */
export function workingDayOnOrBefore(isoDate: string): string {
  return isWorkingDay(isoDate) ? isoDate : previousWorkingDay(isoDate);
}

/**
 * The date `n` working days after `isoDate` (before it when `n` is negative), counting only working
 * days and not `isoDate` itself: one working day after Wednesday 30 April 2025 is Friday 2 May, since
 * 1 May is a holiday. The start may be a non-working day; `n = 0` returns it unchanged.
 */
export function addWorkingDays(isoDate: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of working days: ${n}`);
  let day = dayNumber(isoDate);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; left--) day = stepToWorkingDay(day, step);
  return isoDateOf(day);
}

/**
 * How many working days lie after `from` up to and including `to`; when `to` is earlier, minus the
 * working days after `to` up to and including `from`. The inverse of `addWorkingDays` between working
 * days: `addWorkingDays(from, workingDaysBetween(from, to)) === to`.
 */
export function workingDaysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (isWorkingDayNumber(d)) count++;
  return sign * count;
}
