import { CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import type { CampaignRecord } from '../../domain/campaign';
import type { AppContext } from '../../app/context';
import { campaignStatus } from '../../app/use-cases/campaign-status';
import { rememberPersonalChat } from '../../app/use-cases/owner-endpoints';
import { helpCard } from '../cards/help-card';
import { statusCard } from '../cards/status-card';
import { isPersonalChat, whereFacts, whoFacts } from './activity-facts';
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
  let email: string | undefined;
  switch (command.name) {
    case 'help':
      await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(helpCard('sv'))));
      break;
    case 'request':
      await showChannelRequests(turn, ctx);
      break;
    case 'status':
      if (isPersonalChat(activity)) email = await sendStatus(turn, ctx, command.campaignId);
      else await turn.sendActivity(t.statusOnlyInPersonalChat);
      break;
    case 'unknown':
      await turn.sendActivity(
        MessageFactory.attachment(CardFactory.adaptiveCard(helpCard('sv')), t.unknownCommand),
      );
  }
  // Learnt from every personal message, so an owner who has written once gets summaries in Teams.
  await rememberChat(turn, ctx, email);
}

/** Answers `status` in a personal chat; returns the person's directory e-mail when it was looked up. */
async function sendStatus(
  turn: TurnContext,
  ctx: AppContext,
  campaignId: string | undefined,
): Promise<string | undefined> {
  let candidates: CampaignRecord[];
  if (campaignId) {
    const one = await ctx.store.getCampaign(campaignId);
    candidates = one ? [one] : [];
  } else {
    candidates = (await ctx.store.listCampaigns()).filter((r) => r.state === 'open');
  }
  const { owned, email } = await ownedCampaigns(turn, ctx, candidates);
  ctx.logger.info({ candidates: candidates.length, owned: owned.length }, 'status asked for');
  if (owned.length === 0) {
    // The same answer for "no such campaign" and "not yours": ids are not confirmed to strangers.
    await turn.sendActivity(BOT_TEXTS.sv.notOwner);
    return email;
  }
  for (const record of owned.slice(0, MAX_STATUS_CARDS)) {
    const status = await campaignStatus(ctx, record.campaign.id);
    await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(statusCard(status))));
  }
  return email;
}

/**
 * Keeps how to reach this person in their chat with the bot. Only from a personal chat, and only with
 * the Entra object id the channel vouches for; the e-mail only when the directory gave it.
 */
async function rememberChat(turn: TurnContext, ctx: AppContext, email: string | undefined): Promise<void> {
  const activity = turn.activity;
  const who = whoFacts(activity);
  const where = whereFacts(activity);
  const conversationId = activity.conversation?.id;
  if (!isPersonalChat(activity) || !who.aadObjectId || !conversationId || !where.serviceUrl) return;
  try {
    await rememberPersonalChat(ctx, {
      aadObjectId: who.aadObjectId,
      conversationId,
      serviceUrl: where.serviceUrl,
      ...(where.tenantId ? { tenantId: where.tenantId } : {}),
      ...(email ? { email } : {}),
      updatedAt: ctx.clock.now(),
    });
  } catch (err) {
    // The person still gets their answer; the summary falls back to e-mail alone.
    ctx.logger.warn(
      { err: err instanceof Error ? err.name : 'unknown' },
      'could not remember the personal chat',
    );
  }
}
