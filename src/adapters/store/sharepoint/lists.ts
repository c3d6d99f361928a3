import type { ColumnSpec, ListKey, ListSpec } from './schema';

/**
 * The lists `contact-intake sharepoint provision` creates and the store uses. Never rename an internal
 * name or a choice value that has shipped: items in the field carry them. Add columns instead.
 *
 * Indexed: every column the store filters on (all its queries are `fields/<column> eq '<value>'` on one
 * indexed column), plus Nomineringar's Status and Insamlings-id so the chair's views stay usable when the
 * list grows past SharePoint's 5,000-item view threshold. Unique: the client-generated key of each list,
 * which makes every create safe to repeat. Nothing is ordered server-side (the store sorts what it read).
 */

export const CAMPAIGN_STATES = { draft: 'Utkast', open: 'Öppen', closed: 'Stängd' } as const;
export const CHANNEL_LABELS = { teams: 'Teams', web: 'Webb', outlook: 'Outlook' } as const;
export const ROW_STATUS = { current: 'Aktuell', replaced: 'Ersatt' } as const;
export const LINK_STATES = {
  pending: 'Väntar på godkännande',
  approved: 'Godkänd',
  rejected: 'Avvisad',
  superseded: 'Ersatt av nyare begäran',
  replaced: 'Ersatt av nyare koppling',
} as const;

const text = (name: string, displayName: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  displayName,
  kind: 'text',
  ...more,
});
const key = (name: string, displayName: string): ColumnSpec => text(name, displayName, { unique: true });
const indexed = (name: string, displayName: string): ColumnSpec => text(name, displayName, { indexed: true });
const note = (name: string, displayName: string): ColumnSpec => ({ name, displayName, kind: 'note' });
const number = (name: string, displayName: string): ColumnSpec => ({ name, displayName, kind: 'number' });
const flag = (name: string, displayName: string): ColumnSpec => ({ name, displayName, kind: 'boolean' });
const time = (name: string, displayName: string): ColumnSpec => ({ name, displayName, kind: 'dateTime' });
const choice = (name: string, displayName: string, choices: object): ColumnSpec => ({
  name,
  displayName,
  kind: 'choice',
  choices: Object.values(choices) as string[],
});

const CAMPAIGN_ID = text('CampaignId', 'Insamlings-id');
const ORG_ID = text('OrgId', 'Organisations-id');

export const LISTS: Record<ListKey, ListSpec> = {
  campaigns: {
    key: 'campaigns',
    displayName: 'Insamlingar',
    description: 'contact-intake: insamlingar av kontaktpersoner (en rad per insamling).',
    titleDisplayName: 'Insamling',
    columns: [
      key('CampaignId', 'Insamlings-id'),
      choice('State', 'Status', CAMPAIGN_STATES),
      time('CreatedAt', 'Skapad'),
      time('SentAt', 'Skickad'),
      text('DeadlineDate', 'Sista svarsdag'),
      time('ClosedAt', 'Stängd'),
      number('OrganisationCount', 'Antal organisationer'),
      text('DefinitionHash', 'Kontrollsumma'),
      note('Definition', 'Definition (JSON)'),
      text('CreationId', 'Skapad av anrop'),
      // With the campaign item, so the scheduler's look at every campaign is the one list query.
      note('OrgDeadlines', 'Förlängd svarstid per organisation (JSON)'),
      note('ReminderSlots', 'Påminnelseomgångar klara (JSON)'),
    ],
  },
  campaignOrganisations: {
    key: 'campaignOrganisations',
    displayName: 'Insamlingens organisationer',
    description: 'contact-intake: de organisationer varje insamling frågar, i brevets ordning.',
    titleDisplayName: 'Organisation',
    columns: [
      key('ItemKey', 'Nyckel'),
      indexed('DefinitionKey', 'Definitionsnyckel'),
      CAMPAIGN_ID,
      ORG_ID,
      number('Position', 'Ordning'),
      text('Mailboxes', 'Funktionsbrevlådor'),
      note('Organisation', 'Uppgifter (JSON)'),
    ],
  },
  answers: {
    key: 'answers',
    displayName: 'Svar',
    description: 'contact-intake: organisationens senaste svar per insamling (en rad per organisation).',
    titleDisplayName: 'Organisation',
    columns: [
      key('AnswerKey', 'Svarsnyckel'),
      indexed('CampaignId', 'Insamlings-id'),
      ORG_ID,
      number('Version', 'Version'),
      text('SubmittedBy', 'Inskickat av'),
      time('SubmittedAt', 'Inskickat'),
      choice('Channel', 'Kanal', CHANNEL_LABELS),
      flag('Late', 'Sent svar'),
      note('Answer', 'Svar (JSON)'),
      note('SubmissionKeys', 'Inskickningsnycklar'),
      number('ProjectedVersion', 'Version i Nomineringar'),
      note('RowIds', 'Rader i Nomineringar'),
    ],
  },
  answerVersions: {
    key: 'answerVersions',
    displayName: 'Svarshistorik',
    description: 'contact-intake: varje sparad version av varje organisations svar.',
    titleDisplayName: 'Organisation',
    columns: [
      key('VersionKey', 'Versionsnyckel'),
      indexed('AnswerKey', 'Svarsnyckel'),
      CAMPAIGN_ID,
      ORG_ID,
      number('Version', 'Version'),
      text('SubmittedBy', 'Inskickat av'),
      time('SubmittedAt', 'Inskickat'),
      note('Answer', 'Svar (JSON)'),
    ],
  },
  nominations: {
    key: 'nominations',
    displayName: 'Nomineringar',
    description:
      'contact-intake: en rad per nominerad person. Status "Aktuell" är organisationens gällande svar.',
    titleDisplayName: 'Namn',
    columns: [
      text('Organisation', 'Organisation'),
      text('Role', 'Roll'),
      text('Email', 'E-post'),
      text('Phone', 'Telefon'),
      text('JobTitle', 'Befattning'),
      text('SubmittedBy', 'Inskickat av'),
      time('SubmittedAt', 'Inskickat'),
      choice('Channel', 'Kanal', CHANNEL_LABELS),
      number('Version', 'Version'),
      { ...choice('Status', 'Status', ROW_STATUS), indexed: true },
      flag('Late', 'Sent svar'),
      indexed('CampaignId', 'Insamlings-id'),
      ORG_ID,
      text('RoleId', 'Roll-id'),
      number('Position', 'Ordning'),
      indexed('AnswerKey', 'Svarsnyckel'),
      key('RowKey', 'Radnyckel'),
    ],
  },
  deliveries: {
    key: 'deliveries',
    displayName: 'Utskick',
    description: 'contact-intake: varje förfrågan, påminnelse och kvitto som skickats eller ska skickas.',
    titleDisplayName: 'Organisation',
    columns: [
      key('DeliveryKey', 'Utskicksnyckel'),
      indexed('CampaignId', 'Insamlings-id'),
      ORG_ID,
      text('Kind', 'Typ'),
      text('Channel', 'Kanal'),
      text('Target', 'Mottagare'),
      text('State', 'Status'),
      number('Attempts', 'Försök'),
      number('LeaseUntil', 'Reserverad till (ms)'),
      text('ClaimId', 'Reservation'),
      note('LastError', 'Senaste fel'),
      note('ExternalRef', 'Extern referens (JSON)'),
      time('CreatedAt', 'Registrerad'),
      time('UpdatedAt', 'Uppdaterad'),
      time('SentAt', 'Skickad'),
    ],
  },
  channelEndpoints: {
    key: 'channelEndpoints',
    displayName: 'Teams-kanaler',
    description: 'contact-intake: hur tjänsten når varje Teams-kanal (lärs in när appen installeras).',
    titleDisplayName: 'Kanal',
    columns: [
      key('ChannelId', 'Kanal-id'),
      text('TeamId', 'Team-id'),
      text('TenantId', 'Klient-id (tenant)'),
      text('ServiceUrl', 'Tjänstens adress'),
      time('UpdatedAt', 'Uppdaterad'),
    ],
  },
  userEndpoints: {
    key: 'userEndpoints',
    displayName: 'Teams-användare',
    description:
      'contact-intake: hur tjänsten når en person i chatten med appen (lärs in när personen skriver till den).',
    titleDisplayName: 'Användare',
    columns: [
      key('AadObjectId', 'Användar-id (Entra)'),
      // Multi-line: personal conversation ids are long and their length is not documented.
      note('ConversationId', 'Chatt-id'),
      text('ServiceUrl', 'Tjänstens adress'),
      text('TenantId', 'Klient-id (tenant)'),
      text('Email', 'E-post'),
      time('UpdatedAt', 'Uppdaterad'),
    ],
  },
  channelLinks: {
    key: 'channelLinks',
    displayName: 'Teams-kopplingar',
    description:
      'contact-intake: Teams-kanaler som bett att bli en organisations kanal. Gäller först när en ägare av en insamling eller en administratör godkänt.',
    titleDisplayName: 'Koppling',
    columns: [
      key('LinkId', 'Kopplings-id'),
      { ...choice('State', 'Status', LINK_STATES), indexed: true },
      indexed('OrgId', 'Organisations-id'),
      text('ChannelId', 'Kanal-id'),
      text('ChannelName', 'Kanal'),
      text('TeamName', 'Team'),
      text('RequestedBy', 'Begärd av'),
      time('RequestedAt', 'Begärd'),
      text('DecidedBy', 'Beslutad av'),
      time('DecidedAt', 'Beslutad'),
      // Exact times and every id, as the store gives them back; the columns above are for people.
      note('Request', 'Begäran (JSON)'),
      note('Decision', 'Beslut (JSON)'),
    ],
  },
  auditTrail: {
    key: 'auditTrail',
    displayName: 'Händelselogg',
    description: 'contact-intake: vem som gjorde vad och när.',
    titleDisplayName: 'Händelse',
    columns: [
      key('EntryKey', 'Händelse-id'),
      indexed('CampaignId', 'Insamlings-id'),
      ORG_ID,
      time('At', 'Tidpunkt'),
      text('Actor', 'Utfört av'),
      note('Entry', 'Detaljer (JSON)'),
    ],
  },
};

export const LIST_ORDER: readonly ListKey[] = [
  'campaigns',
  'campaignOrganisations',
  'answers',
  'answerVersions',
  'nominations',
  'deliveries',
  'channelEndpoints',
  'userEndpoints',
  'channelLinks',
  'auditTrail',
];
