import type { CampaignState } from '../../domain/campaign';
import type { Texts } from '../../app/i18n/lang';

/** Texts of the owner's status card and the help card. */
export interface OverviewTexts {
  statusHeading: string;
  deadline: string;
  deadlineUnknown: string;
  state: string;
  stateLabel: Record<CampaignState, string>;
  answers: string;
  submittedAt(at: string): string;
  late: string;
  extendedTo(date: string): string;
  helpHeading: string;
  helpParagraphs: string[];
  commandsHeading: string;
  commands: { command: string; description: string }[];
}

export const OVERVIEW_TEXTS: Texts<OverviewTexts> = {
  sv: {
    statusHeading: 'Läget i insamlingen',
    deadline: 'Svarstid',
    deadlineUnknown: 'bestäms när förfrågan skickas',
    state: 'Läge',
    stateLabel: { draft: 'Inte skickad ännu', open: 'Pågår', closed: 'Avslutad' },
    answers: 'Svar',
    submittedAt: (at) => `Registrerat ${at}`,
    late: 'sent svar',
    extendedTo: (date) => `svarstid förlängd till ${date}`,
    helpHeading: 'Så fungerar contact-intake',
    helpParagraphs: [
      'Jag samlar in kontaktpersoner från förvaltningarna åt samordningsgrupper i Västra Götalandsregionen.',
      'När en insamling startar lägger jag ett kort i förvaltningens kanal. Alla i kanalen kan fylla i kortet; svaret gäller för hela förvaltningen och kan ändras fram till svarstiden.',
      'Samma förfrågan kommer också med e-post till myndighetsbrevlådan, med en länk till en svarssida.',
      'En kanal svarar för en organisation när registret som insamlingen utgår från anger den, eller när någon har skrivit koppla i kanalen och en ägare av insamlingen eller en administratör har godkänt kopplingen.',
    ],
    commandsHeading: 'Kommandon (skriv dem till mig i en chatt, eller @nämn mig i kanalen)',
    commands: [
      {
        command: 'förfrågan',
        description: 'I en förvaltnings kanal: visar kortet med förvaltningens pågående förfrågningar igen.',
      },
      {
        command: 'koppla «organisation»',
        description:
          'I en kanal: ber att kanalen blir organisationens kanal (namn eller id). Kopplingen gäller först när en ägare av en pågående insamling eller en administratör har godkänt den.',
      },
      {
        command: 'status',
        description: 'Visar läget i dina pågående insamlingar. Bara för den som äger insamlingen.',
      },
      { command: 'status «id»', description: 'Visar läget i en viss insamling.' },
      {
        command: 'kopplingar',
        description:
          'I en personlig chatt: visar kanalkopplingar som väntar på ditt beslut. För ägare av insamlingar och administratörer.',
      },
      { command: 'hjälp', description: 'Visar den här hjälpen.' },
    ],
  },
  en: {
    statusHeading: 'Where the round stands',
    deadline: 'Deadline',
    deadlineUnknown: 'set when the request is sent',
    state: 'State',
    stateLabel: { draft: 'Not sent yet', open: 'Open', closed: 'Closed' },
    answers: 'Answers',
    submittedAt: (at) => `Registered ${at}`,
    late: 'late answer',
    extendedTo: (date) => `given until ${date}`,
    helpHeading: 'How contact-intake works',
    helpParagraphs: [
      'I collect contact persons from the administrations for coordination groups in Västra Götalandsregionen.',
      "When a round starts I post a card in the administration's channel. Anyone in the channel can fill it in; the answer counts for the whole administration and can be changed until the deadline.",
      'The same request also goes by e-mail to the authority mailbox, with a link to a response page.',
      'A channel answers for an organisation when the register the round is based on names it, or when someone wrote link in the channel and an owner of the round or an administrator approved the link.',
    ],
    commandsHeading: 'Commands (write them to me in a chat, or @mention me in the channel)',
    commands: [
      {
        command: 'request',
        description: "In an administration's channel: shows the card of its open requests again.",
      },
      {
        command: 'link «organisation»',
        description:
          "In a channel: asks for the channel to become the organisation's channel (name or id). The link applies once an owner of an open round or an administrator has approved it.",
      },
      {
        command: 'status',
        description: 'Shows where your open rounds stand. Only for the owners of a round.',
      },
      { command: 'status «id»', description: 'Shows where one round stands.' },
      {
        command: 'links',
        description:
          'In a personal chat: shows the channel links waiting for your decision. For owners of rounds and administrators.',
      },
      { command: 'help', description: 'Shows this help.' },
    ],
  },
};
