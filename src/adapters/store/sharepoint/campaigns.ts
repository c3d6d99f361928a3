import { randomUUID } from 'node:crypto';
import type { Campaign, CampaignRecord, ReminderSlotState } from '../../../domain/campaign';
import { AppError } from '../../../app/errors';
import type { Actor, SaveCampaignOutcome } from '../../../app/ports/store';
import type { GraphClient } from '../../graph';
import type { AuditLog } from './audit';
import {
  CAMPAIGN_SELECT,
  CAMPAIGN_STATE_SELECT,
  campaignFields,
  definitionHash,
  loadDefinition,
  organisationWrites,
  recordOf,
  stateOf,
  storedHashes,
  storedSlotsOf,
} from './campaign-items';
import { ItemContentionError } from './errors';
import { writeAll } from './item-batch';
import { isStatus, type ListClient, type ListItem } from './list-items';
import { CAMPAIGN_STATES } from './lists';
import { checkDeadlineDate } from '../stored-definition';
import { noteJson, opt, textOf, toDateField, type Fields } from './values';

interface Known {
  itemId: string;
  hash: string;
  campaign: Campaign;
}

const ROUNDS = 5;
/** Extensions and reminder slots: every scheduler instance may write the item in the same minute. */
const WRITE_ROUNDS = 10;

/**
 * Campaigns in Insamlingar. A definition never changes once saved, so it is read once per process and
 * kept; the state (draft, open, closed) is read on every getCampaign: one request, whatever the size.
 */
export class CampaignLists {
  private readonly known = new Map<string, Known>();

  constructor(
    private readonly graph: GraphClient,
    private readonly items: ListClient,
    private readonly orgs: ListClient,
    private readonly audit: AuditLog,
  ) {}

  async save(campaign: Campaign, at: Date, actor: Actor): Promise<SaveCampaignOutcome> {
    const hash = definitionHash(campaign);
    const hashes = storedHashes(campaign);
    const same = (item: ListItem): SaveCampaignOutcome =>
      hashes.includes(textOf(item.fields, 'DefinitionHash') ?? '') ? 'unchanged' : 'conflict';
    const existing = await this.items.findByKey('CampaignId', campaign.id, CAMPAIGN_STATE_SELECT);
    if (existing) return same(existing);
    // The organisations first, the campaign item last: the campaign exists for readers only once all is there.
    await writeAll(this.graph, organisationWrites(this.orgs, campaign, hash), 'Insamlingens organisationer');
    const creationId = randomUUID();
    const { item, created } = await this.items.createOnce({
      keyColumn: 'CampaignId',
      key: campaign.id,
      fields: campaignFields(campaign, at, hash, creationId),
      select: CAMPAIGN_SELECT,
      mine: (found) => textOf(found.fields, 'CreationId') === creationId,
    });
    if (!created) return same(item);
    this.known.set(campaign.id, { itemId: item.id, hash, campaign: copy(campaign) });
    const detail = { organisations: campaign.organisations.length, roles: campaign.roles.length };
    await this.audit.append(
      { at, actor, action: 'campaign.created', campaignId: campaign.id, detail },
      `campaign.created|${campaign.id}`,
    );
    return 'created';
  }

  async get(id: string): Promise<CampaignRecord | undefined> {
    const item = await this.read(id);
    return item ? this.recordFor(id, item) : undefined;
  }

  /** The definition alone: from memory after the first read, so answering costs no campaign request. */
  async definition(id: string): Promise<Campaign | undefined> {
    const known = this.known.get(id);
    if (known) return known.campaign;
    return (await this.get(id))?.campaign;
  }

  async list(): Promise<CampaignRecord[]> {
    const items = await this.items.all(CAMPAIGN_SELECT);
    const records: CampaignRecord[] = [];
    for (const item of items)
      records.push(await this.recordFor(textOf(item.fields, 'CampaignId') ?? '', item));
    return records.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.campaign.id < b.campaign.id ? -1 : 1),
    );
  }

  open(id: string, sentAt: Date, deadlineDate: string, actor: Actor): Promise<CampaignRecord> {
    const fields = { State: CAMPAIGN_STATES.open, SentAt: toDateField(sentAt), DeadlineDate: deadlineDate };
    return this.transition(id, 'draft', fields, {
      at: sentAt,
      actor,
      action: 'campaign.opened',
      campaignId: id,
      detail: { deadlineDate },
    });
  }

  close(id: string, at: Date, actor: Actor): Promise<CampaignRecord> {
    const fields = { State: CAMPAIGN_STATES.closed, ClosedAt: toDateField(at) };
    return this.transition(id, 'not-closed', fields, {
      at,
      actor,
      action: 'campaign.closed',
      campaignId: id,
    });
  }

  /**
   * Moves the deadline of the campaign or of one organisation. Written with If-Match on the campaign item
   * and decided again on a 412, so two extensions at once (or a slot recorded meanwhile) are both kept.
   */
  async extend(
    id: string,
    until: string,
    orgId: string | undefined,
    actor: Actor,
    at: Date,
  ): Promise<CampaignRecord> {
    checkDeadlineDate(until);
    const record = await this.rewrite(id, (current) => {
      if (orgId === undefined) return current.deadlineDate === until ? undefined : { DeadlineDate: until };
      if (!current.campaign.organisations.some((o) => o.id === orgId))
        throw new AppError(
          'organisation_not_found',
          `Organisationen "${orgId}" finns inte i kampanjen "${id}".`,
        );
      if (current.orgDeadlines?.[orgId] === until) return undefined;
      const orgDeadlines = { ...current.orgDeadlines, [orgId]: until };
      return { OrgDeadlines: noteJson(orgDeadlines, `Förlängningarna i insamlingen "${id}"`) };
    });
    const detail = { until, ...(orgId === undefined ? {} : { orgId }) };
    const entry = { at, actor, action: 'campaign.extended', campaignId: id, ...opt('orgId', orgId), detail };
    // Every extension is its own event, even one to the date already set; its key makes a retry add nothing.
    await this.audit.append(entry, `campaign.extended|${id}|${randomUUID()}`);
    return record;
  }

  /** The first state recorded for a slot stays: a slot already there is left as it is (one read, no write). */
  async recordSlot(id: string, key: string, state: ReminderSlotState['state'], at: Date): Promise<void> {
    await this.rewrite(id, (_record, item) => {
      const slots = storedSlotsOf(item.fields);
      if (slots[key]) return undefined;
      const next = { ...slots, [key]: { state, at: at.toISOString() } };
      return { ReminderSlots: noteJson(next, `Påminnelseomgångarna i insamlingen "${id}"`) };
    });
  }

  /**
   * Reads the campaign item, lets `decide` name the fields to change (nothing: leave it) and writes them
   * with If-Match; on a 412 it reads and decides again. A 412 for our own PATCH repeated after a lost
   * answer is harmless here: the re-read finds our change, and deciding again writes the same or nothing.
   */
  private async rewrite(
    id: string,
    decide: (record: CampaignRecord, item: ListItem) => Fields | undefined,
  ): Promise<CampaignRecord> {
    for (let round = 1; round <= WRITE_ROUNDS; round++) {
      const item = await this.read(id);
      if (!item) throw new AppError('campaign_not_found', `Kampanjen "${id}" finns inte.`);
      const record = await this.recordFor(id, item);
      const fields = decide(record, item);
      if (!fields) return record;
      try {
        return await this.recordFor(id, await this.items.update(item.id, fields, item.etag));
      } catch (err) {
        if (!isStatus(err, 412)) throw err;
      }
    }
    throw new ItemContentionError(`insamlingen "${id}"`, WRITE_ROUNDS);
  }

  /**
   * Moves the campaign on once: written with If-Match, so of two simultaneous calls one changes it and
   * the other finds it changed. A 412 after our own write was applied (the client repeats a PATCH whose
   * answer was lost) is recognised by the values we wrote, so its audit entry is still written, once.
   */
  private async transition(
    id: string,
    from: 'draft' | 'not-closed',
    fields: Fields,
    entry: Parameters<AuditLog['append']>[0],
  ): Promise<CampaignRecord> {
    let attempted = false;
    for (let round = 1; round <= ROUNDS; round++) {
      const item = await this.read(id);
      if (!item) throw new AppError('campaign_not_found', `Kampanjen "${id}" finns inte.`);
      const state = stateOf(item.fields);
      const movable = from === 'draft' ? state === 'draft' : state !== 'closed';
      if (!movable) {
        if (attempted && Object.entries(fields).every(([k, v]) => item.fields[k] === v))
          await this.audit.append(entry, `${entry.action}|${id}`);
        return this.recordFor(id, item);
      }
      try {
        attempted = true;
        const updated = await this.items.update(item.id, fields, item.etag);
        await this.audit.append(entry, `${entry.action}|${id}`);
        return this.recordFor(id, updated);
      } catch (err) {
        if (!isStatus(err, 412)) throw err;
      }
    }
    throw new ItemContentionError(`insamlingen "${id}"`, ROUNDS);
  }

  /** By the remembered item id (one GET), else by the campaign id (one query). */
  private async read(id: string): Promise<ListItem | undefined> {
    const known = this.known.get(id);
    if (known) {
      const item = await this.items.get(known.itemId, CAMPAIGN_STATE_SELECT);
      if (item && textOf(item.fields, 'CampaignId') === id) return item;
      this.known.delete(id);
    }
    return this.items.findByKey('CampaignId', id, CAMPAIGN_SELECT);
  }

  private async recordFor(id: string, item: ListItem): Promise<CampaignRecord> {
    const hash = textOf(item.fields, 'DefinitionHash');
    let known = this.known.get(id);
    if (!known || known.hash !== hash) {
      const withDefinition =
        textOf(item.fields, 'Definition') !== undefined
          ? item
          : await this.items.get(item.id, CAMPAIGN_SELECT);
      if (!withDefinition) throw new AppError('campaign_not_found', `Kampanjen "${id}" finns inte.`);
      const campaign = await loadDefinition(this.orgs, withDefinition.fields);
      known = { itemId: item.id, hash: hash ?? '', campaign };
      this.known.set(id, known);
    }
    return recordOf(copy(known.campaign), item.fields);
  }
}

function copy(campaign: Campaign): Campaign {
  return JSON.parse(JSON.stringify(campaign)) as Campaign;
}
