import type { CardHeader, RegisteredRole, ReminderBanner } from './shared.data';

/** Data for `request.template.json`: the form an organisation answers in Teams (and Outlook). */
export interface RequestCardData extends CardHeader {
  lang: string;
  /** At the top when the card is posted as a reminder. */
  reminder: ReminderBanner;
  deadlineLine: string;
  /** Shown when the deadline has passed but late answers are still taken; empty otherwise. */
  lateLine: string;
  /** The letter in paragraphs of lines: one TextBlock per line, so line breaks survive every client. */
  letter: {
    /** The first paragraph, always shown. */
    first: { text: string }[];
    /** The other paragraphs, behind the toggle; empty when the letter is one paragraph. */
    rest: { lines: { text: string }[] }[];
    toggleTitle: string;
  };
  /** At the top of the card when the last submission had problems; `items` empty otherwise. */
  errorSummary: { heading: string; items: { text: string }[] };
  /** Why the form came back without being saved (someone else answered meanwhile); empty text otherwise. */
  notice: { text: string; currentHeading: string; current: RegisteredRole[] };
  roles: RequestRole[];
  submit: { title: string; token: string; baseVersion: number; nonce: string };
  web: { title: string; url: string };
}

export interface RequestRole {
  heading: string;
  description: string;
  /** Problems with the role as a whole (too many people, nothing filled in). */
  errors: { text: string }[];
  rows: RequestRow[];
}

export interface RequestRow {
  heading: string;
  fields: RequestField[];
}

export interface RequestField {
  /** `<role>.<slot>.<name|email|phone|title>`, the same path the answer checks report problems on. */
  id: string;
  label: string;
  value: string;
  /** Input.Text style: text, email or tel. */
  style: string;
  maxLength: number;
  /** Shown directly under the field; empty when the field is fine. */
  error: string;
}
