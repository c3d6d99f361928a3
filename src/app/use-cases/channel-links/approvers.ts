import type { CampaignRecord } from '../../../domain/campaign';
import type { AppContext } from '../../context';
import type { UserEndpoint } from '../../ports/store';
import type { ChannelLinkView } from '../../views/channel-link-view';
import { describeError } from '../deliver';
import { ownerEndpoint } from '../owner-endpoints';
import { campaignsAsking } from './authority';

/**
 * Where the approvers of a link to `orgId` can be reached in Teams: every administrator and every owner
 * of an open campaign asking the organisation who has a personal chat with the bot (one per chat).
 */
export async function approverChats(
  ctx: AppContext,
  records: readonly CampaignRecord[],
  orgId: string,
  admins: readonly string[],
): Promise<UserEndpoint[]> {
  const chats = new Map<string, UserEndpoint>();
  for (const id of admins) {
    const chat = await ctx.store.userEndpoint(id);
    if (chat) chats.set(chat.conversationId, chat);
  }
  for (const record of campaignsAsking(records, orgId)) {
    for (const owner of record.campaign.owners) {
      const chat = await ownerEndpoint(ctx.store, owner);
      if (chat) chats.set(chat.conversationId, chat);
    }
  }
  return [...chats.values()];
}

/** Sends the approval card to each reachable approver; returns how many got it. */
export async function notifyApprovers(
  ctx: AppContext,
  view: ChannelLinkView,
  records: readonly CampaignRecord[],
  admins: readonly string[],
): Promise<number> {
  let sent = 0;
  for (const chat of await approverChats(ctx, records, view.link.orgId, admins)) {
    try {
      await ctx.teams.sendLinkApproval(chat, view);
      sent += 1;
    } catch (err) {
      ctx.logger.warn({ linkId: view.link.id, err: describeError(err) }, 'approval card not delivered');
    }
  }
  return sent;
}
