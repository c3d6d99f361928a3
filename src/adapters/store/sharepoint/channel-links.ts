import { randomUUID } from 'node:crypto';
import {
  newerDecisionFirst,
  newerFirst,
  type ChannelLink,
  type ChannelLinkState,
  type LinkPerson,
} from '../../../domain/channel-link';
import type {
  ChannelLinkDecision,
  ChannelLinkRequest,
  DecideChannelLinkOutcome,
} from '../../../app/ports/store';
import { ItemContentionError } from './errors';
import { isStatus, type ListClient, type ListItem } from './list-items';
import { LINK_STATES } from './lists';
import { line, mustText, noteJson, parseJson, textOf, toDateField, type Fields } from './values';

const SELECT = ['LinkId', 'State', 'Request', 'Decision'] as const;
const ROUNDS = 6;

/** What the Request column holds: the link as asked for, times exact to the millisecond. */
type StoredRequest = Omit<ChannelLinkRequest, 'requestedAt'> & { requestedAt: string };
/** What the Decision column holds; `write` recognises our own PATCH when its answer was lost. */
interface StoredDecision {
  by: LinkPerson;
  at: string;
  write: string;
}

/**
 * Teams-kopplingar: one item per link (LinkId unique). Requests and decisions are read–decide–write
 * with If-Match, so two approvers pressing at once, or a new request racing an approval, leave one
 * outcome. Superseding older requests and retiring replaced links follow the write they belong to;
 * if that tidying is cut short, linksInForce (domain) still lets only the newest link count.
 */
export class ChannelLinkLists {
  constructor(private readonly list: ListClient) {}

  async request(r: ChannelLinkRequest): Promise<ChannelLink> {
    const made = await this.list.createOnce({
      keyColumn: 'LinkId',
      key: r.id,
      fields: requestFields(r),
      select: SELECT,
    });
    if (!made.created) return toLink(made.item);
    const ofOrg = (await this.list.query('OrgId', r.orgId, SELECT)).map((item) => ({
      item,
      link: toLink(item),
    }));
    const pending = ofOrg
      .filter((x) => x.link.state === 'pending')
      .sort((a, b) => newerFirst(a.link, b.link));
    // Exactly the newest pending request of the organisation stays pending, whoever runs this.
    for (const older of pending.slice(1)) await this.retire(older.item, 'pending', 'superseded');
    const newest = pending[0]?.link.id === r.id;
    return newest ? toLink(made.item) : ((await this.get(r.id)) ?? toLink(made.item));
  }

  async get(id: string): Promise<ChannelLink | undefined> {
    const item = await this.list.findByKey('LinkId', id, SELECT);
    return item ? toLink(item) : undefined;
  }

  /** One query on the indexed State column (a page per 999 links). */
  async inState(state: ChannelLinkState): Promise<ChannelLink[]> {
    const items = await this.list.query('State', LINK_STATES[state], SELECT);
    return items.map(toLink).sort((a, b) => newerFirst(b, a));
  }

  async decide(id: string, d: ChannelLinkDecision): Promise<DecideChannelLinkOutcome> {
    const write = randomUUID();
    let wrote = false;
    for (let round = 1; round <= ROUNDS; round++) {
      const item = await this.list.findByKey('LinkId', id, SELECT);
      if (!item) return { kind: 'not_found' };
      const link = toLink(item);
      if (link.state !== 'pending') {
        // Our PATCH may have been applied while its answer was lost (then repeated: 412).
        const ours = wrote && parseJson<StoredDecision>(item.fields, 'Decision')?.write === write;
        if (ours) return { kind: 'decided', link };
        return { kind: link.state === d.state ? 'unchanged' : 'closed', link };
      }
      const decision: StoredDecision = { by: d.by, at: d.at.toISOString(), write };
      try {
        wrote = true;
        await this.list.update(
          item.id,
          {
            State: LINK_STATES[d.state],
            DecidedBy: line(personText(d.by)),
            DecidedAt: toDateField(d.at),
            Decision: noteJson(decision, 'Beslutet'),
          },
          item.etag,
        );
        const decided: ChannelLink = { ...link, state: d.state, decidedBy: d.by, decidedAt: d.at };
        if (d.state === 'approved') await this.replaceEarlier(decided);
        return { kind: 'decided', link: decided };
      } catch (err) {
        if (!isStatus(err, 412)) throw err;
      }
    }
    throw new ItemContentionError(`kopplingen "${id}"`, ROUNDS);
  }

  /**
   * Approved links of its organisation or its channel decided before `approved` are no longer in force.
   * Two approvals racing each retire only what ranks below them, so the later decision survives.
   */
  private async replaceEarlier(approved: ChannelLink): Promise<void> {
    const items = await this.list.query('State', LINK_STATES.approved, SELECT);
    for (const item of items) {
      const other = toLink(item);
      const sameSlot = other.orgId === approved.orgId || other.channelId === approved.channelId;
      if (other.id !== approved.id && sameSlot && newerDecisionFirst(approved, other) < 0) {
        await this.retire(item, 'approved', 'replaced');
      }
    }
  }

  /** Moves an item from one state to the next, unless someone else moved it first. */
  private async retire(item: ListItem, from: ChannelLinkState, to: ChannelLinkState): Promise<void> {
    let current: ListItem | undefined = item;
    for (let round = 1; round <= ROUNDS && current; round++) {
      if (toLink(current).state !== from) return;
      try {
        await this.list.update(current.id, { State: LINK_STATES[to] }, current.etag);
        return;
      } catch (err) {
        if (!isStatus(err, 412)) throw err;
        current = await this.list.get(current.id, SELECT);
      }
    }
  }
}

function requestFields(r: ChannelLinkRequest): Fields {
  const stored: StoredRequest = { ...r, requestedAt: r.requestedAt.toISOString() };
  return {
    Title: line(`${r.orgId}: ${r.channelName ?? r.channelId}`),
    LinkId: r.id,
    State: LINK_STATES.pending,
    OrgId: r.orgId,
    ChannelId: line(r.channelId),
    ...(r.channelName ? { ChannelName: line(r.channelName) } : {}),
    ...(r.teamName ? { TeamName: line(r.teamName) } : {}),
    RequestedBy: line(personText(r.requestedBy)),
    RequestedAt: toDateField(r.requestedAt),
    Request: noteJson(stored, 'Begäran'),
  };
}

function personText(p: LinkPerson): string {
  return p.name ?? p.aadObjectId;
}

function stateOf(fields: Fields): ChannelLinkState {
  const label = textOf(fields, 'State');
  const state = (Object.keys(LINK_STATES) as ChannelLinkState[]).find((s) => LINK_STATES[s] === label);
  if (!state) throw new Error(`Teams-kopplingar: unknown state "${label ?? ''}"`);
  return state;
}

function toLink(item: ListItem): ChannelLink {
  const request = parseJson<StoredRequest>(item.fields, 'Request');
  if (!request || request.id !== mustText(item.fields, 'LinkId'))
    throw new Error('Teams-kopplingar: an item without its request');
  const decision = parseJson<StoredDecision>(item.fields, 'Decision');
  return {
    ...request,
    requestedAt: new Date(request.requestedAt),
    state: stateOf(item.fields),
    ...(decision ? { decidedBy: decision.by, decidedAt: new Date(decision.at) } : {}),
  };
}
