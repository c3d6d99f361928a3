import { createHash } from 'node:crypto';
import type { Campaign, CampaignRecord, CampaignState, ReminderSlotState } from '../../../domain/campaign';
import type { Organisation } from '../../../domain/organisation';
import { canonicalJson } from '../canonical-json';
import { storedForms, withDefaults, type StoredDefinition } from '../stored-definition';
import { CampaignDefinitionError } from './errors';
import type { ItemWrite } from './item-batch';
import type { ListClient, ListItem } from './list-items';
import { CAMPAIGN_STATES } from './lists';
import {
  dateOf,
  line,
  mustText,
  noteJson,
  numberOf,
  opt,
  parseJson,
  textOf,
  toDateField,
  type Fields,
} from './values';

/**
 * A campaign in SharePoint: one Insamlingar item (state, times, the definition without its organisations,
 * a hash of the whole definition) and one Insamlingens organisationer item per organisation. The
 * organisations live apart because 3,000 of them would not fit in one multi-line column; they are keyed
 * by the definition's hash, so rows of an attempt that never committed cannot mix with the real ones.
 */

export const CAMPAIGN_STATE_SELECT = [
  'CampaignId',
  'State',
  'CreatedAt',
  'SentAt',
  'DeadlineDate',
  'ClosedAt',
  'DefinitionHash',
  'OrgDeadlines',
  'ReminderSlots',
] as const;
export const CAMPAIGN_SELECT = [...CAMPAIGN_STATE_SELECT, 'Definition'] as const;
const ORG_SELECT = ['OrgId', 'Position', 'Organisation'] as const;

/** Same meaning, same hash, whatever the key order: the SQLite store compares the same canonical JSON. */
export function definitionHash(campaign: Campaign): string {
  return hashOf(canonicalJson(campaign));
}

/** The hashes under which this definition may already be stored (see storedForms). */
export function storedHashes(campaign: Campaign): string[] {
  return storedForms(campaign).map(hashOf);
}

function hashOf(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex');
}

function definitionKey(campaignId: string, hash: string): string {
  return `${campaignId}|${hash.slice(0, 16)}`;
}

export function campaignFields(campaign: Campaign, at: Date, hash: string, creationId: string): Fields {
  const { organisations, ...rest } = campaign;
  return {
    Title: line(campaign.title),
    CampaignId: campaign.id,
    State: CAMPAIGN_STATES.draft,
    CreatedAt: toDateField(at),
    OrganisationCount: organisations.length,
    DefinitionHash: hash,
    Definition: noteJson(rest, `Insamlingen "${campaign.id}"`),
    CreationId: creationId,
  };
}

export function organisationWrites(list: ListClient, campaign: Campaign, hash: string): ItemWrite[] {
  const defKey = definitionKey(campaign.id, hash);
  return campaign.organisations.map((org, position) => ({
    list,
    method: 'POST',
    fields: {
      Title: line(org.name),
      ItemKey: `${defKey}|${org.id}`,
      DefinitionKey: defKey,
      CampaignId: campaign.id,
      OrgId: org.id,
      Position: position,
      Mailboxes: line(org.mailboxes.join('; ')),
      Organisation: noteJson(org, `Organisationen "${org.id}"`),
    },
    alsoDone: [409],
  }));
}

/** The definition back from its two lists; refused when it does not hash to what was saved. */
export async function loadDefinition(orgList: ListClient, fields: Fields): Promise<Campaign> {
  const campaignId = mustText(fields, 'CampaignId');
  const hash = mustText(fields, 'DefinitionHash');
  const rest = parseJson<Omit<StoredDefinition, 'organisations'>>(fields, 'Definition');
  if (!rest) throw new CampaignDefinitionError(campaignId);
  const rows = await orgList.query('DefinitionKey', definitionKey(campaignId, hash), ORG_SELECT);
  const organisations = rows
    .map((row) => ({ position: numberOf(row.fields, 'Position') ?? 0, org: orgOf(row) }))
    .sort((a, b) => a.position - b.position)
    .map((r) => r.org);
  const stored: StoredDefinition = { ...rest, organisations };
  // The hash is of what was stored; the defaults for what an older definition lacks come after.
  if (hashOf(canonicalJson(stored)) !== hash) throw new CampaignDefinitionError(campaignId);
  return withDefaults(stored);
}

function orgOf(row: ListItem): Organisation {
  const org = parseJson<Organisation>(row.fields, 'Organisation');
  if (!org) throw new Error('Insamlingens organisationer: a row without its organisation');
  return org;
}

export function stateOf(fields: Fields): CampaignState {
  const label = textOf(fields, 'State');
  const state = (Object.keys(CAMPAIGN_STATES) as CampaignState[]).find((s) => CAMPAIGN_STATES[s] === label);
  if (!state) throw new Error(`Insamlingar: unknown state "${label ?? ''}"`);
  return state;
}

export function recordOf(campaign: Campaign, fields: Fields): CampaignRecord {
  const createdAt = dateOf(fields, 'CreatedAt');
  if (!createdAt) throw new Error('Insamlingar: an item without its creation time');
  return {
    campaign,
    state: stateOf(fields),
    createdAt,
    ...opt('sentAt', dateOf(fields, 'SentAt')),
    ...opt('deadlineDate', textOf(fields, 'DeadlineDate')),
    ...opt('closedAt', dateOf(fields, 'ClosedAt')),
    // Items written before these columns existed have no value in them: no extensions, no rounds done.
    orgDeadlines: orgDeadlinesOf(fields),
    reminderSlots: Object.fromEntries(
      Object.entries(storedSlotsOf(fields)).map(([key, s]) => [key, { state: s.state, at: new Date(s.at) }]),
    ),
  };
}

/** A finished reminder round as the ReminderSlots column keeps it: the instant exactly, as ISO text. */
export interface StoredSlot {
  state: ReminderSlotState['state'];
  at: string;
}

function orgDeadlinesOf(fields: Fields): Record<string, string> {
  return parseJson<Record<string, string>>(fields, 'OrgDeadlines') ?? {};
}

export function storedSlotsOf(fields: Fields): Record<string, StoredSlot> {
  return parseJson<Record<string, StoredSlot>>(fields, 'ReminderSlots') ?? {};
}
