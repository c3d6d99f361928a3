import { DateTime } from 'luxon';
import type { Lang } from './lang';

const LOCALE: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "torsdag 30 april 2025" / "Thursday 30 April 2025" */
export function formatDeadline(date: string, lang: Lang): string {
  return DateTime.fromISO(date)
    .setLocale(LOCALE[lang])
    .toFormat(lang === 'sv' ? 'cccc d LLLL yyyy' : 'cccc d LLLL yyyy');
}

/** "10 april 2025 kl. 14.32" / "10 April 2025 at 14:32", in the campaign's time zone. */
export function formatInstant(at: Date, timeZone: string, lang: Lang): string {
  const dt = DateTime.fromJSDate(at, { zone: timeZone }).setLocale(LOCALE[lang]);
  return lang === 'sv' ? dt.toFormat("d LLLL yyyy 'kl.' HH.mm") : dt.toFormat("d LLLL yyyy 'at' HH:mm");
}

/** "2025-04-10 14:32", for tables and exports that must sort. */
export function formatInstantShort(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm');
}
