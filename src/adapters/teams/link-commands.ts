import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import {
  pendingLinksFor,
  requestChannelLink,
  type LinkRequestResult,
} from '../../app/use-cases/channel-links';
import type { Organisation } from '../../domain/organisation';
import { channelLinkCard } from '../cards/channel-link-card';
import { botName, isPersonalChat, whereFacts, whoFacts } from './activity-facts';
import { adminsOf } from './bot-policy';
import type { Command } from './command-parser';
import type { CommandHandler } from './command-turn';
import { channelNames } from './channel-names';
import { linkApprover, turnDirectoryEmail } from './link-identity';
import { LINK_BOT_TEXTS } from './link-texts';

/** Cards per `kopplingar`, so the chat stays readable; the rest come on the next ask. */
const MAX_LINK_CARDS = 10;
/** What of an unknown name is repeated back. */
const MAX_ECHO = 60;

type LinkCommand = Extract<Command, { name: 'link' }>;
type LinksCommand = Extract<Command, { name: 'links' }>;

/**
 * `koppla <organisation>` in a team channel: asks for the channel to become the organisation's. The
 * channel and the person come from the activity; only the organisation's name is the person's words.
 */
export const linkCommand: CommandHandler<LinkCommand> = async ({ turn, ctx, command, policy }) => {
  const t = LINK_BOT_TEXTS.sv;
  const bot = botName(turn);
  const where = whereFacts(turn.activity);
  const who = whoFacts(turn.activity);
  if (!where.teamsChannel || !where.channelId || isPersonalChat(turn.activity)) {
    await turn.sendActivity(t.onlyInChannel(bot));
    return;
  }
  if (command.query.trim() === '') {
    await turn.sendActivity(t.usage(bot));
    return;
  }
  if (policy.botTenantId && where.tenantId?.toLowerCase() !== policy.botTenantId.toLowerCase()) {
    ctx.logger.warn({ channelId: where.channelId }, 'link request refused: another tenant');
    await turn.sendActivity(t.otherTenant);
    return;
  }
  if (!who.aadObjectId || !where.serviceUrl) {
    await turn.sendActivity(t.noIdentity);
    return;
  }
  // The bot just heard from this channel, so it can post there: kept now, or an approval would find no
  // way to tell the channel, nor to post its requests, when the team's channel list left it out.
  await ctx.store.saveChannelEndpoint({
    channelId: where.channelId,
    ...(where.teamId ? { teamId: where.teamId } : {}),
    ...(where.tenantId ? { tenantId: where.tenantId } : {}),
    serviceUrl: where.serviceUrl,
    updatedAt: ctx.clock.now(),
  });
  const names = await channelNames(turn, ctx, where.teamId, where.channelId);
  const result = await requestChannelLink(ctx, {
    query: command.query,
    channel: {
      channelId: where.channelId,
      ...(where.teamId ? { teamId: where.teamId } : {}),
      ...(where.tenantId ? { tenantId: where.tenantId } : {}),
      serviceUrl: where.serviceUrl,
      ...names,
    },
    requestedBy: { aadObjectId: who.aadObjectId, ...(who.name ? { name: who.name } : {}) },
    admins: adminsOf(policy),
  });
  await turn.sendActivity(linkReply(result, command.query, bot));
};

/** The channel's answer to `koppla`, in Swedish. */
export function linkReply(result: LinkRequestResult, query: string, bot: string): string {
  const t = LINK_BOT_TEXTS.sv;
  switch (result.kind) {
    case 'requested':
      return `${t.requested(result.view.organisation.name)} ${
        result.notified > 0 ? t.notified(result.notified) : t.nobodyNotified(bot)
      }`;
    case 'unknown_organisation': {
      const echo = query.trim().slice(0, MAX_ECHO);
      const [first] = result.suggestions;
      const hint = first ? t.suggestions(result.suggestions.map(described), bot, first.id) : t.noSuggestions;
      return `${t.unknownOrganisation(echo)} ${hint}`;
    }
    case 'already_linked':
      return t.alreadyLinked(result.organisation.name);
    case 'channel_taken':
      return t.channelTaken(result.organisation.name);
  }
}

function described(o: Organisation): string {
  return o.name === o.id ? o.name : `${o.name} (${o.id})`;
}

/**
 * `kopplingar` in a personal chat: the pending links this person may decide, one approval card each.
 * Someone who may decide none hears the same as someone with nothing waiting.
 */
export const linksCommand: CommandHandler<LinksCommand> = async ({ turn, ctx, policy }) => {
  const t = LINK_BOT_TEXTS.sv;
  if (!isPersonalChat(turn.activity)) {
    await turn.sendActivity(t.listOnlyInPersonalChat(botName(turn)));
    return;
  }
  const approver = linkApprover(turn.activity, policy, turnDirectoryEmail(turn, ctx));
  const views = await pendingLinksFor(ctx, approver.identity, adminsOf(policy));
  ctx.logger.info({ pending: views.length }, 'pending links asked for');
  if (views.length === 0) await turn.sendActivity(t.noPendingLinks);
  for (const view of views.slice(0, MAX_LINK_CARDS)) await sendCard(turn, channelLinkCard(view));
  if (views.length > MAX_LINK_CARDS) await turn.sendActivity(t.moreLinks(views.length - MAX_LINK_CARDS));
  const email = approver.lookedUpEmail();
  return email ? { email } : undefined;
};

async function sendCard(turn: TurnContext, card: object): Promise<void> {
  await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}
