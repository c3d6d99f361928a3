/** Data for `summary.template.json`: the end-of-round summary an owner gets in their chat with the bot. */
export interface SummaryCardData {
  lang: string;
  /** Why it comes now: the deadline passed, or the round was closed. */
  heading: string;
  title: string;
  /** Where the round ended: when, how many answered, whether late answers are taken. */
  lines: { text: string }[];
  /** Answered, partly answered and not answered, each left out when empty. */
  groups: SummaryGroup[];
}

export interface SummaryGroup {
  heading: string;
  /** TextBlock colour of the heading: good, warning or attention. */
  color: string;
  organisations: SummaryOrganisation[];
  /** "… and 12 more": the card stays within Teams' size limit; the e-mail lists everyone. Empty otherwise. */
  more: string;
}

export interface SummaryOrganisation {
  name: string;
  /** "Kontaktperson: Anna Andersson, anna@…" lines; empty when nobody is registered. */
  people: { text: string }[];
  /** What is missing, a late answer, a longer deadline; empty when there is nothing to add. */
  note: string;
}
