import type { CampaignRecord } from '../../domain/campaign';
import type { AppContext } from '../context';
import type { Actor } from '../ports/store';
import { requireCampaign } from './get-campaign';

/** Ends the round: no more answers are taken, whatever the late policy says. Closing twice is harmless. */
export async function closeCampaign(
  ctx: AppContext,
  campaignId: string,
  actor: Actor,
): Promise<CampaignRecord> {
  const record = await requireCampaign(ctx.store, campaignId);
  if (record.state === 'closed') return record;
  const closed = await ctx.store.closeCampaign(campaignId, ctx.clock.now(), actor);
  ctx.logger.info({ campaignId }, 'campaign closed');
  return closed;
}
