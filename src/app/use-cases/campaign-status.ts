import type { AppContext } from '../context';
import { statusOf, type CampaignStatus } from '../views/status-view';
import { requireCampaign } from './get-campaign';

export { statusOf, type CampaignStatus, type OrganisationStatus } from '../views/status-view';

/** Where the round stands. A fixed number of store reads, however many organisations there are. */
export async function campaignStatus(ctx: AppContext, campaignId: string): Promise<CampaignStatus> {
  const record = await requireCampaign(ctx.store, campaignId);
  const [answers, deliveries] = await Promise.all([
    ctx.store.currentAnswers(campaignId),
    ctx.store.deliveries(campaignId),
  ]);
  return statusOf(record, answers, deliveries);
}
