import type { AppContext } from '../../context';
import type { ChannelLinkView } from '../../views/channel-link-view';
import { approverRole, type ApproverIdentity } from './authority';
import { readChannelLinks } from './in-force';
import { linkView } from './link-views';

/** `kopplingar` in a personal chat: the pending links this person may approve, oldest first. */
export async function pendingLinksFor(
  ctx: AppContext,
  who: ApproverIdentity,
  admins: readonly string[],
): Promise<ChannelLinkView[]> {
  const pending = await ctx.store.channelLinks('pending');
  if (pending.length === 0) return [];
  const records = await ctx.store.listCampaigns();
  const links = await readChannelLinks(ctx.store);
  const views: ChannelLinkView[] = [];
  for (const link of pending) {
    if (await approverRole(records, link.orgId, who, admins)) views.push(linkView(ctx, link, records, links));
  }
  return views.sort((a, b) => a.link.requestedAt.getTime() - b.link.requestedAt.getTime());
}
