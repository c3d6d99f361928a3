import type { CampaignRecord } from '../../domain/campaign';
import type { AppContext } from '../context';
import type { Actor } from '../ports/store';
import { requireCampaign } from './get-campaign';
import { describeError } from './deliver';
import { summariseClosed } from './reminders/summary';

/**
 * Ends the round: no more answers are taken, whatever the late policy says, and the owners get the
 * end-of-round summary. Closing twice is harmless, and sends no second summary.
 */
export async function closeCampaign(
  ctx: AppContext,
  campaignId: string,
  actor: Actor,
): Promise<CampaignRecord> {
  const record = await requireCampaign(ctx.store, campaignId);
  if (record.state === 'closed') return record;
  const closed = await ctx.store.closeCampaign(campaignId, ctx.clock.now(), actor);
  ctx.logger.info({ campaignId }, 'campaign closed');
  try {
    await summariseClosed(ctx, closed, ctx.clock.now());
  } catch (err) {
    // The round is closed either way; the scheduler's next tick sends what did not go out here.
    ctx.logger.warn(
      { campaignId, err: describeError(err) },
      'closing summary not sent; the next tick retries',
    );
  }
  return closed;
}
