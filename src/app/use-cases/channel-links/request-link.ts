import { randomUUID } from 'node:crypto';
import type { LinkPerson } from '../../../domain/channel-link';
import type { Organisation } from '../../../domain/organisation';
import { matchOrganisation } from '../../../domain/organisation-match';
import type { AppContext } from '../../context';
import type { ChannelLinkView } from '../../views/channel-link-view';
import { describeError } from '../deliver';
import { notifyApprovers } from './approvers';
import { linkableOrganisations } from './authority';
import { readChannelLinks } from './in-force';
import { linkView, organisationsInChannel } from './link-views';

/** The channel that asks, as the validated activity describes it. */
export interface AskingChannel {
  channelId: string;
  teamId?: string;
  tenantId?: string;
  serviceUrl: string;
  teamName?: string;
  channelName?: string;
}

export interface LinkRequestCommand {
  /** What the person wrote after `koppla`: an organisation's id or name. */
  query: string;
  channel: AskingChannel;
  requestedBy: LinkPerson;
  /** TEAMS_ADMIN_AAD_OBJECT_IDS: administrators get the approval card too. */
  admins: readonly string[];
}

export type LinkRequestResult =
  | { kind: 'unknown_organisation'; suggestions: Organisation[] }
  /** The channel already is the organisation's (register or approved link): nothing to ask for. */
  | { kind: 'already_linked'; organisation: Organisation }
  /** The channel answers for another organisation; it cannot answer for two. */
  | { kind: 'channel_taken'; organisation: Organisation }
  /** Stored pending; `notified` approvers got the card in their chat with the bot. */
  | { kind: 'requested'; view: ChannelLinkView; notified: number };

/**
 * `koppla <organisation>` in a team channel: stores a pending link and sends the approval card to
 * every approver the bot can reach. A pending link grants nothing (see effectiveChannel).
 */
export async function requestChannelLink(
  ctx: AppContext,
  cmd: LinkRequestCommand,
): Promise<LinkRequestResult> {
  const records = await ctx.store.listCampaigns();
  const match = matchOrganisation(cmd.query, linkableOrganisations(records));
  if (match.kind === 'unknown') return { kind: 'unknown_organisation', suggestions: match.suggestions };
  const org = match.organisation;
  const links = await readChannelLinks(ctx.store);
  const answering = organisationsInChannel(records, cmd.channel.channelId, links);
  if (answering.some((o) => o.id === org.id)) return { kind: 'already_linked', organisation: org };
  if (answering.length > 0) return { kind: 'channel_taken', organisation: answering[0]! };

  const c = cmd.channel;
  const now = ctx.clock.now();
  const link = await ctx.store.requestChannelLink({
    id: randomUUID(),
    orgId: org.id,
    channelId: c.channelId,
    ...(c.teamId ? { teamId: c.teamId } : {}),
    ...(c.tenantId ? { tenantId: c.tenantId } : {}),
    serviceUrl: c.serviceUrl,
    ...(c.teamName ? { teamName: c.teamName } : {}),
    ...(c.channelName ? { channelName: c.channelName } : {}),
    requestedBy: cmd.requestedBy,
    requestedAt: now,
  });
  await ctx.store.audit({
    at: now,
    actor: { kind: 'teams-user', id: cmd.requestedBy.aadObjectId, ...nameOf(cmd.requestedBy) },
    action: 'channel_link.requested',
    orgId: org.id,
    detail: { linkId: link.id, channelId: c.channelId },
  });
  const view = linkView(ctx, link, records, links);
  let notified = 0;
  try {
    notified = await notifyApprovers(ctx, view, records, cmd.admins);
  } catch (err) {
    // The request is stored; approvers also find it by writing `kopplingar` to the bot.
    ctx.logger.warn({ linkId: link.id, err: describeError(err) }, 'could not notify link approvers');
  }
  ctx.logger.info(
    { linkId: link.id, orgId: org.id, channelId: c.channelId, notified },
    'channel link requested',
  );
  return { kind: 'requested', view, notified };
}

function nameOf(p: LinkPerson): { name?: string } {
  return p.name ? { name: p.name } : {};
}
