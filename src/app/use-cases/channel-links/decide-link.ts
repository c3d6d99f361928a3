import type { ChannelLink } from '../../../domain/channel-link';
import type { Organisation } from '../../../domain/organisation';
import type { AppContext } from '../../context';
import type { ChannelLinkView } from '../../views/channel-link-view';
import { describeError } from '../deliver';
import { deliverWaitingForChannel } from '../deliver-waiting';
import { approverRole, type ApproverIdentity, type ApproverRole } from './authority';
import { readChannelLinks } from './in-force';
import { linkView, organisationsInChannel } from './link-views';

export interface LinkDecisionCommand {
  /** From the approval card's data: the signed link id. */
  token: string;
  decision: 'approved' | 'rejected';
  /** Who pressed, from the validated activity. */
  approver: ApproverIdentity;
  admins: readonly string[];
}

export type LinkDecisionResult =
  /** A forged or altered token, or a link that is not stored. */
  | { kind: 'invalid' }
  /** The person may not decide this link: nothing changed. */
  | { kind: 'not_allowed'; view: ChannelLinkView }
  /** Since it was asked for, the channel has become another organisation's: not approved. */
  | { kind: 'channel_taken'; view: ChannelLinkView; organisation: Organisation }
  /**
   * `decided`: this press decided it; `unchanged`: it already had this decision; `closed`: it was
   * decided otherwise, or superseded by a newer request, or replaced.
   */
  | { kind: 'decided' | 'unchanged' | 'closed'; view: ChannelLinkView; role: ApproverRole };

/**
 * Godkänn / Avvisa on a link's approval card. Only an approver (see approverRole) changes anything; an
 * approval makes the channel the organisation's, tells the channel, and posts there the requests of
 * open campaigns that were waiting for it. Pressing again is harmless and retries those posts.
 */
export async function decideChannelLink(
  ctx: AppContext,
  cmd: LinkDecisionCommand,
): Promise<LinkDecisionResult> {
  const check = ctx.links.checkChannelLink(cmd.token);
  if (!check.ok) {
    ctx.logger.info({ reason: check.reason }, 'link token refused');
    return { kind: 'invalid' };
  }
  const link = await ctx.store.channelLink(check.linkId);
  if (!link) return { kind: 'invalid' };
  const records = await ctx.store.listCampaigns();
  const links = await readChannelLinks(ctx.store);
  const role = await approverRole(records, link.orgId, cmd.approver, cmd.admins);
  const approverId = cmd.approver.aadObjectId;
  if (!role || !approverId) {
    ctx.logger.warn({ linkId: link.id, orgId: link.orgId }, 'link decision refused: not an approver');
    return { kind: 'not_allowed', view: linkView(ctx, link, records, links) };
  }
  if (cmd.decision === 'approved' && link.state === 'pending') {
    const other = organisationsInChannel(records, link.channelId, links).find((o) => o.id !== link.orgId);
    if (other) {
      ctx.logger.warn(
        { linkId: link.id, orgId: link.orgId, otherOrgId: other.id },
        'link approval refused: channel taken',
      );
      return { kind: 'channel_taken', view: linkView(ctx, link, records, links), organisation: other };
    }
  }
  const now = ctx.clock.now();
  const by = { aadObjectId: approverId, ...(cmd.approver.name ? { name: cmd.approver.name } : {}) };
  const outcome = await ctx.store.decideChannelLink(link.id, { state: cmd.decision, by, at: now });
  if (outcome.kind === 'not_found') return { kind: 'invalid' };
  const decided = outcome.link;
  if (outcome.kind === 'decided') await afterDecision(ctx, decided, role, records);
  const delivered =
    decided.state === 'approved' && outcome.kind !== 'closed' ? await postWaiting(ctx, decided) : undefined;
  ctx.logger.info(
    { linkId: link.id, orgId: link.orgId, outcome: outcome.kind, state: decided.state, role, delivered },
    'channel link decided',
  );
  const after = decided.state === 'approved' ? await readChannelLinks(ctx.store) : links;
  return { kind: outcome.kind, view: linkView(ctx, decided, records, after, delivered), role };
}

/** The audit entry and the channel's notice; what fails here is logged, the decision stands. */
async function afterDecision(
  ctx: AppContext,
  link: ChannelLink,
  role: ApproverRole,
  records: Parameters<typeof linkView>[2],
): Promise<void> {
  // The decision is stored: a failed audit write is logged and must not keep the channel from its notice.
  try {
    await ctx.store.audit({
      at: link.decidedAt ?? ctx.clock.now(),
      actor: {
        kind: 'teams-user',
        id: link.decidedBy?.aadObjectId ?? '',
        ...(link.decidedBy?.name ? { name: link.decidedBy.name } : {}),
      },
      action: `channel_link.${link.state}`,
      orgId: link.orgId,
      detail: { linkId: link.id, channelId: link.channelId, role },
    });
  } catch (err) {
    ctx.logger.error({ linkId: link.id, err: describeError(err) }, 'link decision not audited');
  }
  const channel = {
    channelId: link.channelId,
    ...(link.teamId ? { teamId: link.teamId } : {}),
    ...(link.tenantId ? { tenantId: link.tenantId } : {}),
  };
  try {
    const view = linkView(ctx, link, records, await readChannelLinks(ctx.store));
    const posted = await ctx.teams.postLinkOutcome(channel, view);
    if (posted.kind === 'not_installed')
      ctx.logger.warn({ linkId: link.id }, 'link outcome not posted: channel unknown');
  } catch (err) {
    ctx.logger.warn({ linkId: link.id, err: describeError(err) }, 'link outcome not posted');
  }
}

/** The requests of open campaigns for the organisation, now posted in its new channel. */
async function postWaiting(ctx: AppContext, link: ChannelLink): Promise<number> {
  try {
    const results = await deliverWaitingForChannel(ctx, link.channelId);
    return results.filter((r) => r.orgId === link.orgId && r.result === 'sent').length;
  } catch (err) {
    ctx.logger.warn({ linkId: link.id, err: describeError(err) }, 'waiting requests not posted');
    return 0;
  }
}
