import { effectiveChannel, organisationForChannel } from '../../domain/channel-link';
import type { AppContext } from '../context';
import { readChannelLinks } from './channel-links/in-force';
import type { DeliveryResult } from './deliver';
import { sendTeamsRequest, teamsRequestKey } from './send-campaign';

/**
 * Called when the bot can post in a channel it could not before: Teams told it the app is present
 * there, or a link to the channel was approved. Posts the requests of open campaigns whose
 * organisation answers in that channel and that were not posted there yet.
 */
export async function deliverWaitingForChannel(
  ctx: AppContext,
  channelId: string,
): Promise<{ campaignId: string; orgId: string; result: DeliveryResult }[]> {
  const results: { campaignId: string; orgId: string; result: DeliveryResult }[] = [];
  const records = (await ctx.store.listCampaigns()).filter((r) => r.state === 'open');
  if (records.length === 0) return results;
  const links = await readChannelLinks(ctx.store);
  for (const record of records) {
    const org = organisationForChannel(record.campaign, channelId, links);
    const channel = org ? effectiveChannel(org, links) : undefined;
    if (!org || !channel) continue;
    const delivery = await ctx.store.getDelivery(teamsRequestKey(record.campaign.id, org.id, channel));
    if (delivery?.state === 'sent') continue;
    results.push({
      campaignId: record.campaign.id,
      orgId: org.id,
      result: await sendTeamsRequest(ctx, record, org, channel),
    });
  }
  return results;
}
