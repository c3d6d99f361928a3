import { findOrganisation, type CampaignRecord } from '../../domain/campaign';
import { effectiveChannel } from '../../domain/channel-link';
import type { AppContext } from '../context';
import { buildRequestView } from '../views/request-view';
import { readChannelLinks } from './channel-links/in-force';
import { describeError } from './deliver';
import { teamsRequestKey } from './send-campaign';
import { toRef } from './teams-ref';

/**
 * Redraws the request cards posted in the organisations' channels (their channels in force only),
 * after something they show has changed for everyone (a deadline moved). Three store reads, then one
 * update per card; a card that cannot be updated is logged, since what changed is already stored.
 */
export async function refreshTeamsCards(
  ctx: AppContext,
  record: CampaignRecord,
  orgIds: readonly string[],
): Promise<number> {
  const id = record.campaign.id;
  const [answers, deliveries, links] = await Promise.all([
    ctx.store.currentAnswers(id),
    ctx.store.deliveries(id),
    readChannelLinks(ctx.store),
  ]);
  const answerOf = new Map(answers.map((a) => [a.orgId, a]));
  const byKey = new Map(deliveries.map((d) => [d.key, d]));
  let updated = 0;
  for (const orgId of orgIds) {
    const org = findOrganisation(record.campaign, orgId);
    const channel = org ? effectiveChannel(org, links) : undefined;
    const delivery = channel ? byKey.get(teamsRequestKey(id, orgId, channel)) : undefined;
    const ref = delivery?.state === 'sent' ? toRef(delivery.externalRef) : undefined;
    if (!ref || ref.channelId !== channel?.channelId) continue;
    try {
      const view = buildRequestView(record, orgId, answerOf.get(orgId), ctx.clock.now(), ctx.links);
      await ctx.teams.updateRequest(ref, view);
      updated += 1;
    } catch (err) {
      ctx.logger.warn({ campaignId: id, orgId, err: describeError(err) }, 'could not update Teams card');
    }
  }
  return updated;
}
