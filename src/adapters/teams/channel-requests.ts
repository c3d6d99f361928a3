import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { organisationForChannel } from '../../domain/channel-link';
import type { AppContext } from '../../app/context';
import { readChannelLinks } from '../../app/use-cases/channel-links';
import { buildRequestView } from '../../app/views/request-view';
import { cardForView } from '../cards/card-for-view';
import { botName, whereFacts } from './activity-facts';
import { BOT_TEXTS } from './texts';

/**
 * Shows a channel its open requests again, as a reply in the thread. Cards scroll out of sight in a
 * busy channel (and the Agents Playground forgets them on reload); answering still goes through the
 * same signed card and the same channel check.
 */
export async function showChannelRequests(turn: TurnContext, ctx: AppContext): Promise<void> {
  const where = whereFacts(turn.activity);
  const t = BOT_TEXTS.sv;
  if (!where.teamsChannel || !where.channelId) {
    await turn.sendActivity(t.requestOnlyInChannel(botName(turn)));
    return;
  }
  let shown = 0;
  const links = await readChannelLinks(ctx.store);
  for (const record of await ctx.store.listCampaigns()) {
    const org =
      record.state === 'open' ? organisationForChannel(record.campaign, where.channelId, links) : undefined;
    if (!org) continue;
    const answer = await ctx.store.currentAnswer(record.campaign.id, org.id);
    const view = buildRequestView(record, org.id, answer, ctx.clock.now(), ctx.links);
    await turn.sendActivity(
      MessageFactory.attachment(CardFactory.adaptiveCard(cardForView(view, randomUUID()))),
    );
    shown += 1;
  }
  ctx.logger.info({ channel: 'teams', shown }, 'channel asked for its requests');
  if (shown === 0) await turn.sendActivity(t.noRequestsHere);
}
