import { KNOWN_PLACEHOLDERS, type Language } from '../../domain/campaign-file';
import { REMINDER_LIMITS } from '../../domain/reminders/policy';
import { didYouMean, quote } from './texts-syntax';

/**
 * The domain's problem codes (schema messages and recipient checks) as sentences that say what to
 * write instead. Swedish first; English for `--lang en`.
 */

export interface CodeParams {
  /** The value written at the problem's path. */
  value?: unknown;
  id?: string;
  other?: string;
  suggestion?: string;
  placeholder?: string;
  roleIds?: string[];
  min?: unknown;
  max?: unknown;
  /** deadline_xor_window: both were given (rather than neither). */
  bothGiven?: boolean;
  register?: string;
  /** id_format: a valid id made from the value, offered as an example. */
  slug?: string;
}

type Text = (p: CodeParams) => string;

const { daysBefore: BEFORE, overdueAfterWorkingDays: OVERDUE, max: MAX } = REMINDER_LIMITS;

const eg = (slug: string | undefined, lang: Language) =>
  slug ? (lang === 'sv' ? `, t.ex. "${slug}"` : `, e.g. "${slug}"`) : '';

export const DOMAIN_TEXTS = {
  id_format: {
    sv: (p) =>
      `${quote(p.value)} är inget giltigt id. Skriv 2–63 tecken: små bokstäver a–z, siffror och bindestreck (inga mellanslag, inte å, ä, ö), med en bokstav eller siffra först${eg(p.slug, 'sv')}.`,
    en: (p) =>
      `${quote(p.value)} is not a valid id. Write 2–63 characters: lower-case letters a–z, digits and hyphens (no spaces, no å, ä, ö), starting with a letter or digit${eg(p.slug, 'en')}.`,
  },
  email_format: {
    sv: (p) =>
      `${quote(p.value)} är ingen giltig e-postadress. Skriv bara adressen, med ett @ och en domän, utan mellanslag, namn eller <>.`,
    en: (p) =>
      `${quote(p.value)} is not a valid e-mail address. Write the address only, with one @ and a domain, without spaces, names or <>.`,
  },
  date_format: {
    sv: (p) => `${quote(p.value)} är inget datum på formen ÅÅÅÅ-MM-DD. Skriv t.ex. 2025-04-30.`,
    en: (p) => `${quote(p.value)} is not a date in the form YYYY-MM-DD. Write e.g. 2025-04-30.`,
  },
  date_invalid: {
    sv: (p) => `${quote(p.value)} finns inte i kalendern. Kontrollera månad och dag.`,
    en: (p) => `${quote(p.value)} is not a calendar date. Check the month and day.`,
  },
  time_zone_unknown: {
    sv: (p) =>
      `Okänd tidszon ${quote(p.value)}. Skriv en IANA-tidszon, t.ex. Europe/Stockholm (som gäller om timeZone utelämnas).`,
    en: (p) =>
      `Unknown time zone ${quote(p.value)}. Write an IANA time zone, e.g. Europe/Stockholm (the default when timeZone is left out).`,
  },
  quota_min_over_max: {
    sv: (p) =>
      `min (${String(p.min)}) är större än max (${String(p.max)}). Sänk min eller höj max så att min ≤ max.`,
    en: (p) =>
      `min (${String(p.min)}) is greater than max (${String(p.max)}). Lower min or raise max so that min ≤ max.`,
  },
  override_min_over_max: {
    sv: (p) =>
      `Med undantaget blir min (${String(p.min)}) större än max (${String(p.max)}) för rollen. Ändra undantagets min eller max så att min ≤ max.`,
    en: (p) =>
      `With this override min (${String(p.min)}) is greater than max (${String(p.max)}) for the role. Change the override's min or max so that min ≤ max.`,
  },
  override_empty: {
    sv: () => 'Undantaget anger varken min eller max. Ange min och/eller max, eller ta bort undantaget.',
    en: () => 'The override sets neither min nor max. Set min and/or max, or remove the override.',
  },
  recipients_empty: {
    sv: () =>
      'Inga mottagare. Ange ett register (register: organisations/fil.yaml) eller minst en organisation under organisations.',
    en: () =>
      'No recipients. Give a register (register: organisations/file.yaml) or at least one organisation under organisations.',
  },
  recipients_filter_without_register: {
    sv: () =>
      'include och exclude väljer organisationer ur ett register, men register saknas. Ange register eller ta bort include/exclude.',
    en: () =>
      'include and exclude pick organisations from a register, but register is missing. Add register or remove include/exclude.',
  },
  recipients_none_left: {
    sv: () => 'Inga organisationer återstår som mottagare efter include och exclude. Kontrollera listorna.',
    en: () => 'No organisations are left as recipients after include and exclude. Check the lists.',
  },
  deadline_xor_window: {
    sv: (p) =>
      p.bothGiven
        ? 'Ange antingen deadline eller answerWindowDays, inte båda. Ta bort det ena.'
        : 'Svarstid saknas. Ange deadline (sista svarsdag, t.ex. deadline: 2025-04-30) eller answerWindowDays (dagar från utskick, t.ex. answerWindowDays: 14).',
    en: (p) =>
      p.bothGiven
        ? 'Give either deadline or answerWindowDays, not both. Remove one of them.'
        : 'No answer time. Give deadline (last day to answer, e.g. deadline: 2025-04-30) or answerWindowDays (days from sending, e.g. answerWindowDays: 14).',
  },
  role_duplicate: {
    sv: (p) => `Roll-id ${quote(p.id)} används redan av en annan roll. Ge varje roll ett eget id.`,
    en: (p) => `Role id ${quote(p.id)} is already used by another role. Give each role its own id.`,
  },
  roles_all_optional: {
    sv: () =>
      'Alla roller har min: 0, så ingen organisation behöver namnge någon. Sätt min: 1 (eller mer) på minst en roll.',
    en: () =>
      'Every role has min: 0, so no organisation needs to name anyone. Set min: 1 (or more) on at least one role.',
  },
  override_unknown_role: {
    sv: (p) =>
      `Rollen ${quote(p.id)} finns inte bland kampanjens roller (${(p.roleIds ?? []).join(', ')}).${didYouMean(p.suggestion, 'sv')} Använd id för en av rollerna under roles.`,
    en: (p) =>
      `The role ${quote(p.id)} is not one of the campaign's roles (${(p.roleIds ?? []).join(', ')}).${didYouMean(p.suggestion, 'en')} Use the id of one of the roles under roles.`,
  },
  message_placeholder_unknown: {
    sv: (p) =>
      `Okänd platshållare ${p.placeholder ?? ''} i meddelandet. Tillåtna: ${KNOWN_PLACEHOLDERS.join(', ')}. Skriv vanlig text utan {{ }} om inget ska fyllas i.`,
    en: (p) =>
      `Unknown placeholder ${p.placeholder ?? ''} in the message. Allowed: ${KNOWN_PLACEHOLDERS.join(', ')}. Write plain text without {{ }} if nothing is to be filled in.`,
  },
  reminder_before_range: {
    sv: (p) =>
      `${String(p.value)} dagar före sista svarsdagen går inte. Skriv heltal från ${BEFORE.min} till ${BEFORE.max}, t.ex. daysBefore: [7, 2].`,
    en: (p) =>
      `${String(p.value)} days before the deadline is not possible. Write whole numbers from ${BEFORE.min} to ${BEFORE.max}, e.g. daysBefore: [7, 2].`,
  },
  reminder_overdue_range: {
    sv: (p) =>
      `${String(p.value)} arbetsdagar efter sista svarsdagen går inte. Skriv heltal från ${OVERDUE.min} till ${OVERDUE.max}, t.ex. overdueAfterWorkingDays: [1].`,
    en: (p) =>
      `${String(p.value)} working days after the deadline is not possible. Write whole numbers from ${OVERDUE.min} to ${OVERDUE.max}, e.g. overdueAfterWorkingDays: [1].`,
  },
  reminder_day_duplicate: {
    sv: (p) =>
      `${String(p.value)} står redan tidigare i listan. Ta bort dubbletten; varje dag ger en påminnelse.`,
    en: (p) =>
      `${String(p.value)} is already earlier in the list. Remove the duplicate; each day gives one reminder.`,
  },
  reminder_max_range: {
    sv: (p) =>
      `Högst ${String(p.value)} påminnelser går inte. Skriv ett heltal från ${MAX.min} till ${MAX.max}. Utan påminnelser: skriv daysBefore: [], onDeadlineDay: false och overdueAfterWorkingDays: [].`,
    en: (p) =>
      `At most ${String(p.value)} reminders is not possible. Write a whole number from ${MAX.min} to ${MAX.max}. For no reminders: write daysBefore: [], onDeadlineDay: false and overdueAfterWorkingDays: [].`,
  },
  time_of_day_format: {
    sv: (p) =>
      `${quote(p.value)} är inget klockslag på formen TT:MM. Skriv t.ex. "09:00" (24-timmarsklocka, två siffror för timmen).`,
    en: (p) =>
      `${quote(p.value)} is not a time of day in the form HH:MM. Write e.g. "09:00" (24-hour clock, two digits for the hour).`,
  },
  org_duplicate: {
    sv: (p) => `Organisationen ${quote(p.id)} finns med mer än en gång. Ta bort dubbletten.`,
    en: (p) => `The organisation ${quote(p.id)} is listed more than once. Remove the duplicate.`,
  },
  org_unknown: {
    sv: (p) =>
      `Organisationen ${quote(p.id)} finns inte i registret ${p.register ?? ''}.${didYouMean(p.suggestion, 'sv')} Använd ett id från registret.`,
    en: (p) =>
      `The organisation ${quote(p.id)} is not in the register ${p.register ?? ''}.${didYouMean(p.suggestion, 'en')} Use an id from the register.`,
  },
  channel_shared: {
    sv: (p) =>
      `${quote(p.other)} och ${quote(p.id)} har samma Teams-kanal (teams.channelId). Ge varje organisation en egen kanal, annars kan en förvaltning svara i en annans namn.`,
    en: (p) =>
      `${quote(p.other)} and ${quote(p.id)} have the same Teams channel (teams.channelId). Give each organisation its own channel, or one administration could answer for another.`,
  },
  override_unknown_org: {
    sv: (p) =>
      `Undantaget gäller ${quote(p.id)}, som inte är mottagare i kampanjen.${didYouMean(p.suggestion, 'sv')} Använd id för en av mottagarna eller ta bort undantaget.`,
    en: (p) =>
      `The override is for ${quote(p.id)}, which is not a recipient of the campaign.${didYouMean(p.suggestion, 'en')} Use the id of a recipient or remove the override.`,
  },
} satisfies Record<string, Record<Language, Text>>;

export type DomainCode = keyof typeof DOMAIN_TEXTS;

export function isDomainCode(code: string): code is DomainCode {
  return Object.prototype.hasOwnProperty.call(DOMAIN_TEXTS, code);
}

export function domainText(code: DomainCode, params: CodeParams, lang: Language): string {
  return DOMAIN_TEXTS[code][lang](params);
}
