/**
 * Pieces several card templates share. Every text a person reads is in the data, already in the
 * card's language, so the templates hold layout only and e-mail can reuse them unchanged.
 */

/** The top of every campaign card: who asks and what about. */
export interface CardHeader {
  requesterGroup: string;
  title: string;
  organisationLine: string;
}

/** One person as a card lists them; rendered as TextRuns so typed names are never read as markdown. */
export interface PersonLine {
  name: string;
  /** E-mail, phone and title joined for one line; empty when there is nothing to add. */
  details: string;
}

/** Who is registered for one role. */
export interface RegisteredRole {
  heading: string;
  people: PersonLine[];
  /** Shown when nobody is registered for the role; empty otherwise. */
  emptyText: string;
}

/** The banner that makes a card a reminder; `heading` is empty on a card that is not one. */
export interface ReminderBanner {
  heading: string;
  /** "2 dagar kvar – svara senast onsdag 30 april 2025" */
  text: string;
  /** Container style: accent for a reminder, attention once the deadline has passed. */
  style: string;
}
