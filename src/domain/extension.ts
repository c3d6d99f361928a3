import { dayNumber } from './calendar/iso-date';
import { localDate } from './deadline';

export type ExtensionProblem = 'date_invalid' | 'not_later' | 'passed';

/**
 * Whether `until` may become a deadline that today is `current`: a real calendar date, later than the
 * current one (an extension gives time, it never takes any), and not already over. A date deadline
 * includes its whole day, so today is still a date to answer by.
 */
export function extensionProblem(
  current: string | undefined,
  until: string,
  now: Date,
  timeZone: string,
): ExtensionProblem | undefined {
  try {
    dayNumber(until);
  } catch {
    return 'date_invalid';
  }
  if (current !== undefined && until <= current) return 'not_later';
  if (until < localDate(now, timeZone)) return 'passed';
  return undefined;
}
