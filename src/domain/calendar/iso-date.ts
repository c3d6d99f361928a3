/**
 * Local calendar dates (YYYY-MM-DD) as whole day numbers since 1970-01-01. They carry no clock time,
 * so no time zone or summer-time change can move a date by a day; the arithmetic is plain integers.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day number of a local date; throws on anything that is not a real calendar date. */
export function dayNumber(isoDate: string): number {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`not a date in the form YYYY-MM-DD: ${isoDate}`);
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  const at = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls 2025-02-30 over into March and maps years below 100 onto 19xx; both are refused.
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month || at.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${isoDate}`);
  }
  return at.getTime() / MS_PER_DAY;
}

export function isoDateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday ... 6 = Saturday, as Date#getDay counts. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function addDays(isoDate: string, days: number): string {
  return isoDateOf(dayNumber(isoDate) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
