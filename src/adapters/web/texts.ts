import type { AnswerChannel } from '../../domain/answer-record';
import type { Texts } from '../../app/i18n/lang';
import { html, type Html } from '../html/html';

/** Who to write to when the page cannot help: the requesting group and its reply-to address. */
export interface Contact {
  group: string;
  replyTo: string;
}

/** Texts of the response page and its error pages. Shared wording (status, field problems, dates) is in src/app/i18n. */
export interface WebTexts {
  siteName: string;
  skipToContent: string;
  otherLanguage: { label: string; lang: 'sv' | 'en' };
  from: string;
  requestTo: string;
  replyBy: (deadline: string) => string;
  letterHeading: string;
  statusHeading: string;
  answerHeading: string;
  noAnswerYet: string;
  noneForRole: string;
  field: { name: string; email: string; phone: string; title: string };
  submittedBy: (name: string, when: string, channel: string) => string;
  declaredNote: string;
  channel: Record<AnswerChannel, string>;
  answerLate: string;
  formHeadingNew: string;
  formHeadingChange: string;
  formIntro: string;
  roleLegend: (role: string, min: number, max: number) => string;
  slotLegend: (role: string, slot: number, required: boolean) => string;
  declaredName: string;
  declaredNameHint: string;
  declaredNameRequired: string;
  declaredNameInvalid: string;
  submitNew: string;
  submitChange: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  savedTitle: string;
  savedBody: (deadline: string) => string;
  lateOpen: (deadline: string) => string;
  lateRefused: (deadline: string) => string;
  closed: string;
  notOpen: string;
  notOpenTitle: string;
  askContact: (c: Contact) => Html;
  questions: (c: Contact) => Html;
  conflictTitle: string;
  conflictBody: string;
  notFoundTitle: string;
  notFoundBody: string;
  notFoundWhatToDo: string;
  expiredTitle: string;
  expiredBody: string;
  expiredNoContact: string;
  serverErrorTitle: string;
  serverErrorBody: string;
  unreadableTitle: string;
  unreadableBody: string;
}

function mailto(c: Contact): Html {
  return html`<a href="mailto:${c.replyTo}">${c.replyTo}</a>`;
}

export const WEB_TEXTS: Texts<WebTexts> = {
  sv: {
    siteName: 'Insamling av kontaktpersoner',
    skipToContent: 'Hoppa till innehållet',
    otherLanguage: { label: 'In English', lang: 'en' },
    from: 'Från',
    requestTo: 'Förfrågan till',
    replyBy: (d) => `Svara senast ${d}`,
    letterHeading: 'Förfrågan',
    statusHeading: 'Status',
    answerHeading: 'Registrerat svar',
    noAnswerYet: 'Ni har inte svarat ännu.',
    noneForRole: 'Ingen angiven.',
    field: { name: 'Namn', email: 'E-post', phone: 'Telefon', title: 'Titel' },
    submittedBy: (name, when, channel) => `Skickat av ${name} ${when} via ${channel}.`,
    declaredNote: 'Namnet är det som angavs i formuläret.',
    channel: { web: 'webbsidan', teams: 'Teams', outlook: 'Outlook' },
    answerLate: 'Svaret kom in efter svarstiden.',
    formHeadingNew: 'Lämna ert svar',
    formHeadingChange: 'Ändra ert svar',
    formIntro:
      'Fyll i de personer ni vill anmäla. Namn och e-post krävs för varje person; telefon och titel är frivilliga.',
    roleLegend: (role, min, max) =>
      min === max
        ? `${role} (ange ${min})`
        : min === 0
          ? `${role} (frivilligt, högst ${max})`
          : `${role} (minst ${min}, högst ${max})`,
    slotLegend: (role, slot, required) => `${role} ${slot}${required ? ' (obligatorisk)' : ' (frivillig)'}`,
    declaredName: 'Ditt namn',
    declaredNameHint: 'Du som fyller i formuläret. Namnet sparas tillsammans med svaret.',
    declaredNameRequired: 'Skriv ditt namn, så att samordnaren vet vem som svarade.',
    declaredNameInvalid: 'Ditt namn ska vara 2–120 tecken och innehålla bokstäver.',
    submitNew: 'Skicka svaret',
    submitChange: 'Spara ändringen',
    errorSummaryTitle: 'Svaret är inte sparat. Rätta följande och skicka igen:',
    errorTitlePrefix: 'Fel: ',
    savedTitle: 'Tack! Ert svar är sparat.',
    savedBody: (d) => `Ni kan ändra svaret på den här sidan. Svara senast ${d}.`,
    lateOpen: (d) =>
      `Svarstiden gick ut ${d}. Ni kan fortfarande svara eller ändra svaret, men det markeras som sent.`,
    lateRefused: (d) => `Svarstiden gick ut ${d}. Svar tas inte längre emot på den här sidan.`,
    closed: 'Insamlingen är avslutad. Svar tas inte längre emot på den här sidan.',
    notOpen: 'Insamlingen har inte öppnat ännu. Svar tas emot när förfrågan har skickats ut.',
    notOpenTitle: 'Insamlingen har inte öppnat',
    askContact: (c) => html`Behöver ni lämna eller ändra ert svar? Kontakta ${c.group} på ${mailto(c)}.`,
    questions: (c) => html`Frågor om förfrågan? Kontakta ${c.group} på ${mailto(c)}.`,
    conflictTitle: 'Någon annan har svarat medan du fyllde i formuläret.',
    conflictBody:
      'Ditt svar är inte sparat. Det svar som nu är registrerat visas ovan. Kontrollera dina uppgifter nedan och skicka igen om de ska gälla.',
    notFoundTitle: 'Länken fungerar inte',
    notFoundBody: 'Länken är inte giltig. Den kan ha ändrats eller bara delvis kopierats.',
    notFoundWhatToDo:
      'Öppna länken direkt från e-postmeddelandet med förfrågan, eller kopiera hela länken. Fungerar den ändå inte, svara på e-postmeddelandet och be om en ny länk.',
    expiredTitle: 'Länken har gått ut',
    expiredBody: 'Svarslänken gäller bara en tid efter svarstiden, och den tiden har passerat.',
    expiredNoContact: 'Svara på e-postmeddelandet med förfrågan om ni behöver lämna eller ändra ert svar.',
    serverErrorTitle: 'Något gick fel',
    serverErrorBody:
      'Sidan kunde inte visas just nu. Vänta en stund och öppna länken igen; då ser du också om ert svar är registrerat.',
    unreadableTitle: 'Formuläret kunde inte läsas',
    unreadableBody: 'Öppna svarssidan igen från länken i e-postmeddelandet och skicka formuläret därifrån.',
  },
  en: {
    siteName: 'Contact person intake',
    skipToContent: 'Skip to content',
    otherLanguage: { label: 'På svenska', lang: 'sv' },
    from: 'From',
    requestTo: 'Request to',
    replyBy: (d) => `Reply by ${d}`,
    letterHeading: 'The request',
    statusHeading: 'Status',
    answerHeading: 'Registered answer',
    noAnswerYet: 'You have not answered yet.',
    noneForRole: 'None given.',
    field: { name: 'Name', email: 'E-mail', phone: 'Phone', title: 'Title' },
    submittedBy: (name, when, channel) => `Sent by ${name} ${when} through ${channel}.`,
    declaredNote: 'The name is the one typed in the form.',
    channel: { web: 'the web page', teams: 'Teams', outlook: 'Outlook' },
    answerLate: 'The answer arrived after the deadline.',
    formHeadingNew: 'Give your answer',
    formHeadingChange: 'Change your answer',
    formIntro:
      'Fill in the people you want to name. Name and e-mail are needed for each person; phone and title are optional.',
    roleLegend: (role, min, max) =>
      min === max
        ? `${role} (name ${min})`
        : min === 0
          ? `${role} (optional, at most ${max})`
          : `${role} (at least ${min}, at most ${max})`,
    slotLegend: (role, slot, required) => `${role} ${slot}${required ? ' (required)' : ' (optional)'}`,
    declaredName: 'Your name',
    declaredNameHint: 'You, who fill in the form. The name is stored with the answer.',
    declaredNameRequired: 'Enter your name, so the coordinator knows who answered.',
    declaredNameInvalid: 'Your name must be 2–120 characters and contain letters.',
    submitNew: 'Send the answer',
    submitChange: 'Save the change',
    errorSummaryTitle: 'The answer is not saved. Correct the following and send again:',
    errorTitlePrefix: 'Error: ',
    savedTitle: 'Thank you! Your answer is saved.',
    savedBody: (d) => `You can change the answer on this page. Reply by ${d}.`,
    lateOpen: (d) =>
      `The deadline was ${d}. You can still answer or change the answer, but it is flagged late.`,
    lateRefused: (d) => `The deadline was ${d}. Answers are no longer taken on this page.`,
    closed: 'The intake is closed. Answers are no longer taken on this page.',
    notOpen: 'The intake has not opened yet. Answers are taken once the request has been sent.',
    notOpenTitle: 'The intake has not opened',
    askContact: (c) => html`Do you need to give or change your answer? Contact ${c.group} at ${mailto(c)}.`,
    questions: (c) => html`Questions about the request? Contact ${c.group} at ${mailto(c)}.`,
    conflictTitle: 'Someone else answered while you were filling in the form.',
    conflictBody:
      'Your answer is not saved. The answer now registered is shown above. Check your details below and send again if they should apply.',
    notFoundTitle: 'The link does not work',
    notFoundBody: 'The link is not valid. It may have been changed or only partly copied.',
    notFoundWhatToDo:
      'Open the link directly from the request e-mail, or copy the whole link. If it still does not work, reply to the e-mail and ask for a new link.',
    expiredTitle: 'The link has expired',
    expiredBody: 'Answer links are valid for a while after the deadline, and that time has passed.',
    expiredNoContact: 'Reply to the request e-mail if you need to give or change your answer.',
    serverErrorTitle: 'Something went wrong',
    serverErrorBody:
      'The page could not be shown just now. Wait a moment and open the link again; you will also see whether your answer is registered.',
    unreadableTitle: 'The form could not be read',
    unreadableBody: 'Open the answer page again from the link in the e-mail and send the form from there.',
  },
};
