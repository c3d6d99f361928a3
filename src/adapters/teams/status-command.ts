import { CardFactory, MessageFactory } from 'botbuilder';
import type { CampaignRecord } from '../../domain/campaign';
import { campaignStatus } from '../../app/use-cases/campaign-status';
import { statusCard } from '../cards/status-card';
import { isPersonalChat } from './activity-facts';
import type { Command } from './command-parser';
import type { CommandHandler } from './command-turn';
import { ownedCampaigns } from './owner-identity';
import { BOT_TEXTS } from './texts';

/** Owners rarely run more rounds than this at once; a card per round, so the chat stays readable. */
const MAX_STATUS_CARDS = 10;

/**
 * `status [id]`: in a personal chat, where the owner's rounds stand; returns the person's directory
 * e-mail when it was looked up. Never in a channel, where everyone would read every answer.
 */
export const statusCommand: CommandHandler<Extract<Command, { name: 'status' }>> = async ({
  turn,
  ctx,
  command,
}) => {
  if (!isPersonalChat(turn.activity)) {
    await turn.sendActivity(BOT_TEXTS.sv.statusOnlyInPersonalChat);
    return;
  }
  let candidates: CampaignRecord[];
  if (command.campaignId) {
    const one = await ctx.store.getCampaign(command.campaignId);
    candidates = one ? [one] : [];
  } else {
    candidates = (await ctx.store.listCampaigns()).filter((r) => r.state === 'open');
  }
  const { owned, email } = await ownedCampaigns(turn, ctx, candidates);
  ctx.logger.info({ candidates: candidates.length, owned: owned.length }, 'status asked for');
  if (owned.length === 0) {
    // The same answer for "no such campaign" and "not yours": ids are not confirmed to strangers.
    await turn.sendActivity(BOT_TEXTS.sv.notOwner);
  }
  for (const record of owned.slice(0, MAX_STATUS_CARDS)) {
    const status = await campaignStatus(ctx, record.campaign.id);
    await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(statusCard(status))));
  }
  return email ? { email } : undefined;
};
