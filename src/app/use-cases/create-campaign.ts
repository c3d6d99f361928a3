import type { Campaign } from '../../domain/campaign';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor, SaveCampaignOutcome } from '../ports/store';

/** Stores a validated campaign. Loading the same file again is harmless; a different one under the same id is refused. */
export async function createCampaign(
  ctx: AppContext,
  campaign: Campaign,
  actor: Actor,
): Promise<SaveCampaignOutcome> {
  const outcome = await ctx.store.saveCampaign(campaign, ctx.clock.now(), actor);
  if (outcome === 'conflict') {
    throw new AppError(
      'campaign_exists',
      `Det finns redan en kampanj med id "${campaign.id}" och annat innehåll. Välj ett nytt id.`,
    );
  }
  ctx.logger.info(
    { campaignId: campaign.id, outcome, organisations: campaign.organisations.length },
    'campaign saved',
  );
  return outcome;
}
