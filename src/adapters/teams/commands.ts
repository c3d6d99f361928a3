import { CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import type { CampaignRecord } from '../../domain/campaign';
import type { AppContext } from '../../app/context';
import { campaignStatus } from '../../app/use-cases/campaign-status';
import { helpCard } from '../cards/help-card';
import { statusCard } from '../cards/status-card';
import { isPersonalChat } from './activity-facts';
import { ownedCampaigns } from './owner-identity';
import { showChannelRequests } from './channel-requests';
import { BOT_TEXTS } from './texts';

/** Owners rarely run more rounds than this at once; a card per round, so the chat stays readable. */
const MAX_STATUS_CARDS = 10;

export type Command =
  { name: 'status'; campaignId?: string } | { name: 'request' } | { name: 'help' } | { name: 'unknown' };

/** Reads a message as a command. In channels the @mention is removed first, so only the words remain. */
export function parseCommand(text: string): Command {
  const [word = '', arg, ...rest] = text.trim().toLowerCase().split(/\s+/);
  if (word === 'status' && rest.length === 0) return { name: 'status', ...(arg ? { campaignId: arg } : {}) };
  if (['hjälp', 'hjalp', 'help', '?'].includes(word) && arg === undefined) return { name: 'help' };
  if (['förfrågan', 'forfragan', 'request'].includes(word) && arg === undefined) return { name: 'request' };
  return { name: 'unknown' };
}

export async function handleMessage(turn: TurnContext, ctx: AppContext): Promise<void> {
  const activity = turn.activity;
  if (typeof activity.text !== 'string' || activity.text.trim() === '') return; // card submits, reactions
  const text = TurnContext.removeRecipientMention(activity) ?? activity.text;
  const command = parseCommand(text);
  const t = BOT_TEXTS.sv;
  switch (command.name) {
    case 'help':
      await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(helpCard('sv'))));
      return;
    case 'request':
      await showChannelRequests(turn, ctx);
      return;
    case 'status':
      if (!isPersonalChat(activity)) {
        await turn.sendActivity(t.statusOnlyInPersonalChat);
        return;
      }
      await sendStatus(turn, ctx, command.campaignId);
      return;
    case 'unknown':
      await turn.sendActivity(
        MessageFactory.attachment(CardFactory.adaptiveCard(helpCard('sv')), t.unknownCommand),
      );
  }
}

async function sendStatus(turn: TurnContext, ctx: AppContext, campaignId: string | undefined): Promise<void> {
  let candidates: CampaignRecord[];
  if (campaignId) {
    const one = await ctx.store.getCampaign(campaignId);
    candidates = one ? [one] : [];
  } else {
    candidates = (await ctx.store.listCampaigns()).filter((r) => r.state === 'open');
  }
  const owned = await ownedCampaigns(turn, ctx, candidates);
  ctx.logger.info({ candidates: candidates.length, owned: owned.length }, 'status asked for');
  if (owned.length === 0) {
    // The same answer for "no such campaign" and "not yours": ids are not confirmed to strangers.
    await turn.sendActivity(BOT_TEXTS.sv.notOwner);
    return;
  }
  for (const record of owned.slice(0, MAX_STATUS_CARDS)) {
    const status = await campaignStatus(ctx, record.campaign.id);
    await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(statusCard(status))));
  }
}
