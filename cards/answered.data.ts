import type { CardHeader, RegisteredRole, ReminderBanner } from './shared.data';

/** Data for `answered.template.json`: what the channel sees once the organisation has answered. */
export interface AnsweredCardData extends CardHeader {
  lang: string;
  /** At the top when the card is posted as a reminder. */
  reminder: ReminderBanner;
  statusLine: string;
  /** "good" when every role is filled, "warning" for a partial answer. */
  statusStyle: string;
  /** What is still missing; empty when the answer is complete. */
  shortfallLine: string;
  /** Set when the answer came in after the deadline; empty otherwise. */
  lateLine: string;
  roles: RegisteredRole[];
  registeredLine: string;
  /** The edit action is only offered while answers are taken. */
  edit: { enabled: boolean; title: string; token: string };
  web: { enabled: boolean; title: string; url: string };
}
