import { randomUUID } from 'node:crypto';
import { findOrganisation } from '../../../domain/campaign';
import { AppError } from '../../../app/errors';
import type {
  Delivery,
  DeliveryChannel,
  DeliveryKind,
  DeliveryOutcome,
  DeliverySpec,
  DeliveryState,
} from '../../../app/ports/store';
import type { CampaignLists } from './campaigns';
import { ItemContentionError } from './errors';
import { isStatus, type ListClient, type ListItem } from './list-items';
import { dateOf, line, mustText, numberOf, opt, parseJson, textOf, toDateField, type Fields } from './values';

const SELECT = [
  'DeliveryKey',
  'CampaignId',
  'OrgId',
  'Kind',
  'Channel',
  'Target',
  'State',
  'Attempts',
  'LeaseUntil',
  'ClaimId',
  'LastError',
  'ExternalRef',
  'CreatedAt',
  'UpdatedAt',
  'SentAt',
] as const;
const ROUNDS = 6;

/**
 * Deliveries in Utskick, one item per delivery key (unique). A claim reads the item; creates it already
 * taken when absent (409: someone else created it first, so read again); otherwise takes it with an
 * If-Match PATCH (412: someone else took it, or changed it — read again). Every claim writes a random
 * ClaimId, so a write whose answer was lost is recognised as ours when read back.
 */
export class DeliveryLists {
  private readonly itemIds = new Map<string, string>();

  constructor(
    private readonly list: ListClient,
    private readonly campaigns: CampaignLists,
  ) {}

  async claim(
    spec: DeliverySpec,
    at: Date,
    leaseMs: number,
  ): Promise<{ delivery: Delivery; acquired: boolean }> {
    const campaign = await this.campaigns.definition(spec.campaignId);
    if (!campaign) throw new AppError('campaign_not_found', `Kampanjen "${spec.campaignId}" finns inte.`);
    const claimId = randomUUID();
    const mine = (item: ListItem) => textOf(item.fields, 'ClaimId') === claimId;
    const taking: Fields = {
      State: 'sending',
      LeaseUntil: at.getTime() + leaseMs,
      ClaimId: claimId,
      UpdatedAt: toDateField(at),
    };
    let wrote = false;
    for (let round = 1; round <= ROUNDS; round++) {
      let item = await this.read(spec.key);
      if (!item) {
        const orgName = findOrganisation(campaign, spec.orgId)?.name ?? spec.orgId;
        const made = await this.list.createOnce({
          keyColumn: 'DeliveryKey',
          key: spec.key,
          fields: { ...specFields(spec, orgName), ...taking, Attempts: 1, CreatedAt: toDateField(at) },
          select: SELECT,
          mine,
        });
        this.itemIds.set(spec.key, made.item.id);
        if (made.created) return { delivery: toDelivery(made.item), acquired: true };
        item = made.item;
      }
      if (wrote && mine(item)) return { delivery: toDelivery(item), acquired: true };
      if (!takeable(item, at)) return { delivery: toDelivery(item), acquired: false };
      try {
        wrote = true;
        const attempts = (numberOf(item.fields, 'Attempts') ?? 0) + 1;
        const taken = await this.list.update(item.id, { ...taking, Attempts: attempts }, item.etag);
        return { delivery: toDelivery(taken), acquired: true };
      } catch (err) {
        if (!isStatus(err, 412)) throw err;
      }
    }
    throw new ItemContentionError(`utskicket "${spec.key}"`, ROUNDS);
  }

  async finish(key: string, outcome: DeliveryOutcome, at: Date): Promise<Delivery> {
    for (let round = 1; round <= ROUNDS; round++) {
      const item = await this.read(key);
      if (!item) throw new Error(`unknown delivery ${key}`);
      // A sent delivery is final: a late report from a holder whose lease ran out must not reopen it.
      if (textOf(item.fields, 'State') === 'sent') return toDelivery(item);
      const fields: Fields = {
        State: outcome.state,
        LastError: outcome.lastError ?? null,
        ExternalRef: outcome.externalRef === undefined ? null : JSON.stringify(outcome.externalRef),
        LeaseUntil: null,
        ClaimId: null,
        SentAt: outcome.state === 'sent' ? toDateField(at) : null,
        UpdatedAt: toDateField(at),
      };
      try {
        return toDelivery(await this.list.update(item.id, fields, item.etag));
      } catch (err) {
        if (!isStatus(err, 412)) throw err;
      }
    }
    throw new ItemContentionError(`utskicket "${key}"`, ROUNDS);
  }

  async get(key: string): Promise<Delivery | undefined> {
    const item = await this.read(key);
    return item ? toDelivery(item) : undefined;
  }

  /** One query (a page per 999 deliveries). */
  async ofCampaign(campaignId: string): Promise<Delivery[]> {
    const items = await this.list.query('CampaignId', campaignId, SELECT);
    return items
      .map(toDelivery)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.key < b.key ? -1 : 1));
  }

  private async read(key: string): Promise<ListItem | undefined> {
    const id = this.itemIds.get(key);
    const byId = id === undefined ? undefined : await this.list.get(id, SELECT);
    const item =
      byId && textOf(byId.fields, 'DeliveryKey') === key
        ? byId
        : await this.list.findByKey('DeliveryKey', key, SELECT);
    if (item) this.itemIds.set(key, item.id);
    return item;
  }
}

function specFields(spec: DeliverySpec, orgName: string): Fields {
  return {
    Title: line(orgName),
    DeliveryKey: spec.key,
    CampaignId: spec.campaignId,
    OrgId: spec.orgId,
    Kind: spec.kind,
    Channel: spec.channel,
    Target: spec.target,
  };
}

/** Nobody holds it and it is not sent; or its holder's lease ran out (to the millisecond). */
function takeable(item: ListItem, at: Date): boolean {
  const state = textOf(item.fields, 'State');
  if (state === 'pending' || state === 'failed' || state === 'waiting') return true;
  return state === 'sending' && (numberOf(item.fields, 'LeaseUntil') ?? 0) <= at.getTime();
}

function toDelivery(item: ListItem): Delivery {
  const f = item.fields;
  const createdAt = dateOf(f, 'CreatedAt');
  const updatedAt = dateOf(f, 'UpdatedAt');
  if (!createdAt || !updatedAt) throw new Error('Utskick: an item without its times');
  return {
    key: mustText(f, 'DeliveryKey'),
    campaignId: mustText(f, 'CampaignId'),
    orgId: mustText(f, 'OrgId'),
    kind: mustText(f, 'Kind') as DeliveryKind,
    channel: mustText(f, 'Channel') as DeliveryChannel,
    target: mustText(f, 'Target'),
    state: mustText(f, 'State') as DeliveryState,
    attempts: numberOf(f, 'Attempts') ?? 0,
    ...opt('lastError', textOf(f, 'LastError')),
    ...opt('externalRef', parseJson<Record<string, string>>(f, 'ExternalRef')),
    createdAt,
    updatedAt,
    ...opt('sentAt', dateOf(f, 'SentAt')),
  };
}
