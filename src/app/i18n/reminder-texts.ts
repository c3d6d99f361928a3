import { formatDeadline } from './dates';
import type { Lang, Texts } from './lang';

/** What every channel says first in a reminder: how long is left, or that the deadline has passed. */
interface ReminderTexts {
  daysLeft(days: number, date: string): string;
  lastDay: string;
  passed(date: string): string;
  /** Heading of the reminder banner on a card. */
  heading: { reminder: string; overdue: string };
}

export const REMINDER_TEXTS: Texts<ReminderTexts> = {
  sv: {
    daysLeft: (days, date) => `${days} ${days === 1 ? 'dag' : 'dagar'} kvar – svara senast ${date}`,
    lastDay: 'Sista dagen att svara är i dag',
    passed: (date) => `Svarstiden gick ut ${date}`,
    heading: { reminder: 'Påminnelse', overdue: 'Svarstiden har gått ut' },
  },
  en: {
    daysLeft: (days, date) => `${days} ${days === 1 ? 'day' : 'days'} left – answer by ${date}`,
    lastDay: 'Today is the last day to answer',
    passed: (date) => `The deadline passed on ${date}`,
    heading: { reminder: 'Reminder', overdue: 'The deadline has passed' },
  },
};

/** "2 dagar kvar – svara senast onsdag 30 april 2025", "Sista dagen att svara är i dag", "Svarstiden gick ut …". */
export function reminderLine(view: { daysLeft: number; deadlineDate: string; language: Lang }): string {
  const t = REMINDER_TEXTS[view.language];
  const date = formatDeadline(view.deadlineDate, view.language);
  if (view.daysLeft > 0) return t.daysLeft(view.daysLeft, date);
  if (view.daysLeft === 0) return t.lastDay;
  return t.passed(date);
}

export function reminderHeading(view: { daysLeft: number; language: Lang }): string {
  return REMINDER_TEXTS[view.language].heading[view.daysLeft < 0 ? 'overdue' : 'reminder'];
}
