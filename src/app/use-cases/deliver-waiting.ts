import type { AppContext } from '../context';
import type { DeliveryResult } from './deliver';
import { sendTeamsRequest } from './send-campaign';

/**
 * Called when Teams tells the bot it is present in a channel: posts the requests that were waiting
 * for the app to be installed there. Campaigns that are not open are left alone.
 */
export async function deliverWaitingForChannel(
  ctx: AppContext,
  channelId: string,
): Promise<{ campaignId: string; orgId: string; result: DeliveryResult }[]> {
  const results: { campaignId: string; orgId: string; result: DeliveryResult }[] = [];
  for (const record of await ctx.store.listCampaigns()) {
    if (record.state !== 'open') continue;
    const org = record.campaign.organisations.find((o) => o.teams?.channelId === channelId);
    if (!org) continue;
    const pending = (await ctx.store.deliveries(record.campaign.id)).find(
      (d) => d.orgId === org.id && d.channel === 'teams' && d.kind === 'request',
    );
    if (pending && pending.state === 'sent') continue;
    results.push({
      campaignId: record.campaign.id,
      orgId: org.id,
      result: await sendTeamsRequest(ctx, record, org),
    });
  }
  return results;
}
