import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { AppContext } from '../../app/context';
import { deliverWaitingForChannel } from '../../app/use-cases/deliver-waiting';
import { botName, whereFacts } from './activity-facts';
import { BOT_TEXTS } from './texts';

export interface PresenceOptions {
  /** True for the installation itself (not for later changes in the team): then the team is greeted. */
  installed: boolean;
  /**
   * Teams greeted by this process. Teams sends installationUpdate and conversationUpdate at the same
   * moment; both see an unknown team, and this set lets only one of them say hello.
   */
  greeted: Set<string>;
}

/**
 * Teams told us the app is present in a team (installed, or something changed there). Remembers how
 * to reach each of the team's channels, then posts the requests that waited for the installation.
 */
export async function handleTeamPresence(
  turn: TurnContext,
  ctx: AppContext,
  opts: PresenceOptions,
): Promise<void> {
  const where = whereFacts(turn.activity);
  const teamId = where.teamId;
  if (!teamId || !where.serviceUrl) return; // personal and group chats have no channels to remember
  const knownBefore = await ctx.store.channelEndpoint(teamId);
  const channelIds = await teamChannelIds(turn, ctx, teamId, where.channelId);
  const now = ctx.clock.now();
  for (const channelId of channelIds) {
    await ctx.store.saveChannelEndpoint({
      channelId,
      teamId,
      ...(where.tenantId ? { tenantId: where.tenantId } : {}),
      serviceUrl: where.serviceUrl,
      updatedAt: now,
    });
  }
  if (opts.installed && !knownBefore && !opts.greeted.has(teamId)) {
    opts.greeted.add(teamId);
    await greet(turn, ctx);
  }
  let delivered = 0;
  for (const channelId of channelIds) {
    const results = await deliverWaitingForChannel(ctx, channelId);
    delivered += results.filter((r) => r.result === 'sent').length;
  }
  ctx.logger.info(
    { teamId, channels: channelIds.length, delivered, installed: opts.installed },
    'team channels registered',
  );
}

/**
 * The General channel's id is the team id in Teams. Other channels come from the channel list when
 * the connector gives it; at least the channel the activity came from is always known.
 */
async function teamChannelIds(
  turn: TurnContext,
  ctx: AppContext,
  teamId: string,
  activityChannelId: string | undefined,
): Promise<string[]> {
  const ids = new Set<string>([teamId]);
  if (activityChannelId) ids.add(activityChannelId);
  try {
    for (const channel of await TeamsInfo.getTeamChannels(turn, teamId)) {
      if (channel.id) ids.add(channel.id);
    }
  } catch (err) {
    ctx.logger.warn(
      { teamId, err: err instanceof Error ? err.name : 'unknown' },
      'could not list team channels',
    );
  }
  return [...ids];
}

async function greet(turn: TurnContext, ctx: AppContext): Promise<void> {
  try {
    await turn.sendActivity(BOT_TEXTS.sv.greeting(botName(turn)));
  } catch (err) {
    ctx.logger.warn({ err: err instanceof Error ? err.name : 'unknown' }, 'could not greet the team');
  }
}
