import type { AnswerChannel } from '../../domain/answer-record';
import type { Texts } from '../../app/i18n/lang';

/**
 * Texts of the request e-mail and of the reminder, which is the request with a lead. Shared wording
 * (status labels, dates, shortfalls, the reminder line) lives in src/app/i18n.
 */
export interface MailTexts {
  subject(subject: string, organisation: string): string;
  reminderSubject(subject: string, organisation: string): string;
  overdueSubject(subject: string, organisation: string): string;
  /** Under the reminder line: why this mailbox is reminded. */
  reminderMissing(organisation: string): string;
  reminderPartial(organisation: string): string;
  recipient(organisation: string): string;
  askedHeading: string;
  askedIntro(organisation: string): string;
  quota(min: number, max: number): string;
  deadline(date: string): string;
  deadlinePassed(date: string): string;
  deadlinePassedRefused(date: string): string;
  closed: string;
  button: string;
  urlFallback: string;
  oneAnswer(organisation: string): string;
  teams: string;
  answerHeading: string;
  answerStatus(label: string): string;
  submitted(name: string, channel: AnswerChannel, when: string): string;
  submittedLate: string;
  letterHeading(group: string): string;
  regards: string;
  questions: [before: string, after: string];
  footer(organisation: string, group: string): string;
}

const CHANNEL_SV: Record<AnswerChannel, string> = {
  teams: 'i Teams',
  web: 'via svarssidan',
  outlook: 'i Outlook',
};
const CHANNEL_EN: Record<AnswerChannel, string> = {
  teams: 'in Teams',
  web: 'on the response page',
  outlook: 'in Outlook',
};

export const MAIL_TEXTS: Texts<MailTexts> = {
  sv: {
    subject: (subject, org) => `${subject} – ${org}`,
    reminderSubject: (subject, org) => `Påminnelse: ${subject} – ${org}`,
    overdueSubject: (subject, org) => `Svarstiden har gått ut: ${subject} – ${org}`,
    reminderMissing: (org) => `Vi har ännu inte fått något svar från ${org}.`,
    reminderPartial: (org) => `Vi har fått ett svar från ${org}, men det är inte komplett.`,
    recipient: (org) => `Till ${org}`,
    askedHeading: 'Det här ber vi om',
    askedIntro: (org) => `Vi ber ${org} att anmäla:`,
    quota: (min, max) => (min === max ? `${min}` : min === 0 ? `högst ${max} (frivilligt)` : `${min}–${max}`),
    deadline: (date) => `Svara senast ${date}.`,
    deadlinePassed: (date) => `Sista svarsdag var ${date}, men ni kan fortfarande svara.`,
    deadlinePassedRefused: (date) => `Sista svarsdag var ${date}. Svar tas inte längre emot.`,
    closed: 'Insamlingen är avslutad och tar inte längre emot svar.',
    button: 'Svara på förfrågan',
    urlFallback: 'Om knappen inte fungerar, kopiera den här adressen till webbläsaren:',
    oneAnswer: (org) =>
      `Det räcker att en person svarar för ${org}. Svaret kan ändras i efterhand via samma länk.`,
    teams: 'Om förfrågan också har publicerats i er kanal i Teams kan ni svara direkt där i stället.',
    answerHeading: 'Ert nuvarande svar',
    answerStatus: (label) => `Status: ${label}.`,
    submitted: (name, channel, when) => `Registrerat av ${name} ${CHANNEL_SV[channel]} den ${when}.`,
    submittedLate: 'Svaret kom in efter sista svarsdag.',
    letterHeading: (group) => `Meddelande från ${group}`,
    regards: 'Med vänliga hälsningar',
    questions: [
      'Har ni frågor? Svara på det här mejlet, så går svaret till ',
      '. Själva anmälan görs via länken ovan.',
    ],
    footer: (org, group) => `Mejlet skickades till ${org} av tjänsten contact-intake på uppdrag av ${group}.`,
  },
  en: {
    subject: (subject, org) => `${subject} – ${org}`,
    reminderSubject: (subject, org) => `Reminder: ${subject} – ${org}`,
    overdueSubject: (subject, org) => `Deadline passed: ${subject} – ${org}`,
    reminderMissing: (org) => `We have not yet received an answer from ${org}.`,
    reminderPartial: (org) => `We have received an answer from ${org}, but it is not complete.`,
    recipient: (org) => `To ${org}`,
    askedHeading: 'What we are asking for',
    askedIntro: (org) => `We ask ${org} to name:`,
    quota: (min, max) => (min === max ? `${min}` : min === 0 ? `up to ${max} (optional)` : `${min}–${max}`),
    deadline: (date) => `Please answer by ${date}.`,
    deadlinePassed: (date) => `The deadline was ${date}, but you can still answer.`,
    deadlinePassedRefused: (date) => `The deadline was ${date}. Answers are no longer accepted.`,
    closed: 'This request is closed and no longer accepts answers.',
    button: 'Answer the request',
    urlFallback: 'If the button does not work, copy this address into your browser:',
    oneAnswer: (org) => `One answer for ${org} is enough. It can be changed later through the same link.`,
    teams: 'If the request has also been posted in your Teams channel, you can answer there instead.',
    answerHeading: 'Your current answer',
    answerStatus: (label) => `Status: ${label}.`,
    submitted: (name, channel, when) => `Registered by ${name} ${CHANNEL_EN[channel]} on ${when}.`,
    submittedLate: 'The answer arrived after the deadline.',
    letterHeading: (group) => `Message from ${group}`,
    regards: 'Kind regards',
    questions: [
      'Questions? Reply to this e-mail and your reply goes to ',
      '. The answer itself is given through the link above.',
    ],
    footer: (org, group) =>
      `This e-mail was sent to ${org} by the contact-intake service on behalf of ${group}.`,
  },
};
