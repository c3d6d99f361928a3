import type { Texts } from '../../app/i18n/lang';

/** Texts of the Adaptive Cards. Shared wording (status labels, field problems, dates) lives in src/app/i18n. */
export interface CardTexts {
  deadlineLine(deadline: string): string;
  lateAccepted: string;
  organisationLine(name: string): string;
  showWholeLetter: string;
  quota(min: number, max: number): string;
  slotHeading(role: string, slot: number, optional: boolean): string;
  fieldLabel: { name: string; email: string; phone: string; title: string };
  fieldName: { name: string; email: string; phone: string; title: string };
  errorSummary: string;
  problemAt(role: string, slot: number, field: string, text: string): string;
  conflict: string;
  currentAnswer: string;
  submit: string;
  answerOnWeb: string;
  statusLine: { answered: string; partial: string; missing: string };
  lateAnswer: string;
  registered(by: string, at: string): string;
  nobody: string;
  editAnswer: string;
  closedHeading: string;
  closedText: string;
  lateRefusedHeading: string;
  lateRefusedText(deadline: string, contact: string): string;
  notOpenHeading: string;
  notOpenText: string;
  registeredAnswer: string;
}

export const CARD_TEXTS: Texts<CardTexts> = {
  sv: {
    deadlineLine: (d) => `Svara senast ${d}`,
    lateAccepted: 'Svarstiden har gått ut, men svar tas fortfarande emot. De markeras som sena.',
    organisationLine: (name) => `Svar för ${name}`,
    showWholeLetter: 'Visa hela brevet',
    quota: (min, max) =>
      min === 0 ? `valfritt, högst ${max}` : min === max ? `ange ${min}` : `ange ${min}–${max}`,
    slotHeading: (role, slot, optional) => `${role} ${slot}${optional ? ' (valfritt)' : ''}`,
    fieldLabel: { name: 'Namn', email: 'E-post', phone: 'Telefon (valfritt)', title: 'Titel (valfritt)' },
    fieldName: { name: 'namn', email: 'e-post', phone: 'telefon', title: 'titel' },
    errorSummary: 'Svaret är inte sparat. Rätta det som är markerat och skicka igen:',
    problemAt: (role, slot, field, text) => `${role} ${slot}, ${field}: ${text}`,
    conflict:
      'Någon annan registrerade ett svar medan du fyllde i. Ditt svar är inte sparat. Jämför med svaret nedan och skicka igen om ditt ska gälla.',
    currentAnswer: 'Registrerat svar just nu:',
    submit: 'Skicka svar',
    answerOnWeb: 'Svara på webben istället',
    statusLine: {
      answered: 'Svar registrerat',
      partial: 'Delvis svar registrerat',
      missing: 'Inget svar registrerat',
    },
    lateAnswer: 'Svaret kom in efter svarstiden (sent svar).',
    registered: (by, at) => `Registrerat av ${by} ${at}`,
    nobody: 'Ingen angiven',
    editAnswer: 'Ändra svaret',
    closedHeading: 'Insamlingen är avslutad',
    closedText: 'Insamlingen tar inte emot fler svar.',
    lateRefusedHeading: 'Svarstiden har gått ut',
    lateRefusedText: (d, contact) =>
      `Sista dag att svara var ${d}, och sena svar tas inte emot i den här insamlingen. Kontakta ${contact} om något behöver ändras.`,
    notOpenHeading: 'Insamlingen har inte börjat',
    notOpenText: 'Den här insamlingen tar inte emot svar ännu.',
    registeredAnswer: 'Registrerat svar',
  },
  en: {
    deadlineLine: (d) => `Reply by ${d}`,
    lateAccepted: 'The deadline has passed, but answers are still accepted. They are marked as late.',
    organisationLine: (name) => `Answer for ${name}`,
    showWholeLetter: 'Show the whole letter',
    quota: (min, max) =>
      min === 0 ? `optional, at most ${max}` : min === max ? `name ${min}` : `name ${min}–${max}`,
    slotHeading: (role, slot, optional) => `${role} ${slot}${optional ? ' (optional)' : ''}`,
    fieldLabel: { name: 'Name', email: 'E-mail', phone: 'Phone (optional)', title: 'Title (optional)' },
    fieldName: { name: 'name', email: 'e-mail', phone: 'phone', title: 'title' },
    errorSummary: 'Your answer has not been saved. Correct what is marked and send again:',
    problemAt: (role, slot, field, text) => `${role} ${slot}, ${field}: ${text}`,
    conflict:
      'Someone else registered an answer while you were filling in. Yours has not been saved. Compare with the answer below and send again if yours should stand.',
    currentAnswer: 'Registered answer right now:',
    submit: 'Send answer',
    answerOnWeb: 'Answer on the web instead',
    statusLine: {
      answered: 'Answer registered',
      partial: 'Partial answer registered',
      missing: 'No answer registered',
    },
    lateAnswer: 'The answer came in after the deadline (late answer).',
    registered: (by, at) => `Registered by ${by} ${at}`,
    nobody: 'Nobody named',
    editAnswer: 'Change the answer',
    closedHeading: 'The round is closed',
    closedText: 'The round no longer takes answers.',
    lateRefusedHeading: 'The deadline has passed',
    lateRefusedText: (d, contact) =>
      `The last day to answer was ${d}, and late answers are not accepted in this round. Contact ${contact} if something needs to change.`,
    notOpenHeading: 'The round has not started',
    notOpenText: 'This round does not take answers yet.',
    registeredAnswer: 'Registered answer',
  },
};
