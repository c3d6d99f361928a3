import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { AppContext } from '../../app/context';
import { channelDataOf } from './activity-facts';

/** Teams lists the General channel without a name; this is what Swedish Teams calls it. */
const GENERAL = 'Allmänt';

export interface ChannelNames {
  teamName?: string;
  channelName?: string;
}

/**
 * The team's and the channel's names, so an approver recognises the channel on the approval card.
 * From the activity when Teams put them there, otherwise asked of the Bot Connector; a failed lookup
 * leaves the name out (the card then shows the id).
 */
export async function channelNames(
  turn: TurnContext,
  ctx: AppContext,
  teamId: string | undefined,
  channelId: string,
): Promise<ChannelNames> {
  const data = channelDataOf(turn.activity) as { team?: { name?: unknown }; channel?: { name?: unknown } };
  let teamName = text(data.team?.name);
  let channelName = text(data.channel?.name);
  if (teamId && !teamName) {
    teamName = await attempt(ctx, 'team details', async () =>
      text((await TeamsInfo.getTeamDetails(turn, teamId)).name),
    );
  }
  // The General channel's id is the team's.
  if (!channelName && channelId === teamId) channelName = GENERAL;
  if (teamId && !channelName) {
    channelName = await attempt(ctx, 'team channels', async () => {
      const channel = (await TeamsInfo.getTeamChannels(turn, teamId)).find((c) => c.id === channelId);
      return text(channel?.name);
    });
  }
  return { ...(teamName ? { teamName } : {}), ...(channelName ? { channelName } : {}) };
}

async function attempt(
  ctx: AppContext,
  what: string,
  lookup: () => Promise<string | undefined>,
): Promise<string | undefined> {
  try {
    return await lookup();
  } catch (err) {
    ctx.logger.info({ what, err: err instanceof Error ? err.name : 'unknown' }, 'channel name lookup failed');
    return undefined;
  }
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
