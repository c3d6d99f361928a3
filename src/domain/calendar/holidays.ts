import Holidays from 'date-holidays';
import { dayNumber } from './iso-date';

/**
 * Which holiday types are whole days off. date-holidays marks Swedish public holidays `public`, and
 * midsommarafton, julafton and nyårsafton `bank`: not public holidays by law, but days when the
 * administrations are closed in practice, so a reminder that day reaches nobody. `optional` days
 * (Valborgsmässoafton, trettondagsafton, allhelgonaafton: half days at most) and the many
 * `observance` days (skärtorsdagen, Luciadagen, ...) are ordinary working days.
 */
const NON_WORKING_TYPES: ReadonlySet<string> = new Set(['public', 'bank']);

/** The service runs rounds for a Swedish region; its working days are Swedish ones whatever zone a campaign names. */
const COUNTRY = 'SE';

let calendar: Holidays | undefined;
const byYear = new Map<number, ReadonlySet<number>>();

/**
 * The holidays off work in `year`, as day numbers (see iso-date.ts), computed once per year. The
 * library gives each holiday's date in the country's own time zone, so the process zone does not matter.
 */
export function nonWorkingHolidays(year: number): ReadonlySet<number> {
  let dates = byYear.get(year);
  if (!dates) {
    calendar ??= new Holidays(COUNTRY);
    dates = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => NON_WORKING_TYPES.has(h.type))
        .map((h) => dayNumber(h.date.slice(0, 10))),
    );
    byYear.set(year, dates);
  }
  return dates;
}
