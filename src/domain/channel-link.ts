import type { Campaign } from './campaign';
import type { Organisation, TeamsChannel } from './organisation';

/**
 * A Teams channel that asked, from Teams, to be an organisation's channel. It grants nothing while
 * pending: only an approved link makes the channel the organisation's (see effectiveChannel).
 *
 * - `pending`: asked for, waiting for an owner of a campaign or an administrator.
 * - `approved`, `rejected`: decided, once; a decision is never changed afterwards.
 * - `superseded`: a newer request for the same organisation came in before this one was decided.
 * - `replaced`: was approved, then a newer approved link took its organisation or its channel.
 */
export type ChannelLinkState = 'pending' | 'approved' | 'rejected' | 'superseded' | 'replaced';

/** A person as the Teams activity identified them: the Entra object id, and the display name for people to read. */
export interface LinkPerson {
  aadObjectId: string;
  name?: string;
}

export interface ChannelLink {
  /** Random, made by the service; travels to approvers only inside a signed token. */
  id: string;
  orgId: string;
  channelId: string;
  teamId?: string;
  tenantId?: string;
  /** Where the channel is reached; from the activity that asked. */
  serviceUrl: string;
  /** As Teams named them when the link was asked for, for the approver to recognise the channel. */
  teamName?: string;
  channelName?: string;
  requestedBy: LinkPerson;
  requestedAt: Date;
  state: ChannelLinkState;
  decidedBy?: LinkPerson;
  decidedAt?: Date;
}

/** The organisation's channel in force, and the approved link it comes from (none: the register's). */
export interface EffectiveChannel extends TeamsChannel {
  linkId?: string;
}

/** Approved links in force: at most one per organisation and one per channel. */
export interface ChannelLinks {
  readonly byOrg: ReadonlyMap<string, ChannelLink>;
  readonly byChannel: ReadonlyMap<string, ChannelLink>;
}

export const NO_CHANNEL_LINKS: ChannelLinks = { byOrg: new Map(), byChannel: new Map() };

/** Later requests come first; the id settles requests made in the same instant. */
export function newerFirst(a: ChannelLink, b: ChannelLink): number {
  const byTime = b.requestedAt.getTime() - a.requestedAt.getTime();
  return byTime !== 0 ? byTime : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Later decisions come first (a link without one ranks by its request), then the greater id. Ranking
 * approvals by when they were decided, not asked for, is what stops a slow approval of an older request
 * from being hidden behind a newer one and coming back into force when that one is replaced.
 */
export function newerDecisionFirst(a: ChannelLink, b: ChannelLink): number {
  const when = (l: ChannelLink) => (l.decidedAt ?? l.requestedAt).getTime();
  const byTime = when(b) - when(a);
  return byTime !== 0 ? byTime : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Which approved links are in force. The stores keep one approved link per organisation and per
 * channel: an approval retires every approved link it ranks above (newerDecisionFirst). When two
 * approvals raced and both are still marked approved (SharePoint, a process stopped between its
 * write and that tidying), the same ranking picks the same winner for each organisation and each
 * channel, so a channel never answers for two organisations.
 */
export function linksInForce(approved: readonly ChannelLink[]): ChannelLinks {
  const byOrg = new Map<string, ChannelLink>();
  const byChannel = new Map<string, ChannelLink>();
  for (const link of [...approved].filter((l) => l.state === 'approved').sort(newerDecisionFirst)) {
    if (byOrg.has(link.orgId) || byChannel.has(link.channelId)) continue;
    byOrg.set(link.orgId, link);
    byChannel.set(link.channelId, link);
  }
  return { byOrg, byChannel };
}

/**
 * THE rule for which Teams channel is an organisation's: its approved link when it has one (which
 * replaces the register's channel, or adds one where the register had none); otherwise the channel
 * the register names, unless an approved link gave that channel to another organisation. Every
 * decision about "this organisation's channel" goes through here.
 */
export function effectiveChannel(org: Organisation, links: ChannelLinks): EffectiveChannel | undefined {
  const link = links.byOrg.get(org.id);
  if (link) {
    return {
      channelId: link.channelId,
      ...(link.teamId ? { teamId: link.teamId } : {}),
      ...(link.tenantId ? { tenantId: link.tenantId } : {}),
      linkId: link.id,
    };
  }
  const registered = org.teams;
  if (!registered) return undefined;
  const claimed = links.byChannel.get(registered.channelId);
  return claimed && claimed.orgId !== org.id ? undefined : registered;
}

/** Which organisation of the campaign a Teams channel answers for; undefined when it answers for none. */
export function organisationForChannel(
  campaign: Campaign,
  channelId: string,
  links: ChannelLinks,
): Organisation | undefined {
  return campaign.organisations.find((o) => effectiveChannel(o, links)?.channelId === channelId);
}
