import type { Activity } from 'botbuilder';

/**
 * What Teams tells us about where an activity came from. It comes from the activity the Bot Connector
 * delivered (its token checked by CloudAdapter in production), never from card or form data.
 */
export interface WhereFacts {
  teamsChannel: boolean;
  /** The team channel the activity happened in; undefined in chats. */
  channelId?: string;
  teamId?: string;
  tenantId?: string;
  conversationType?: string;
  serviceUrl: string;
}

interface TeamsChannelData {
  channel?: { id?: unknown };
  team?: { id?: unknown };
  tenant?: { id?: unknown };
  eventType?: unknown;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

export function channelDataOf(activity: Partial<Activity>): TeamsChannelData {
  const data: unknown = activity.channelData;
  return typeof data === 'object' && data !== null ? (data as TeamsChannelData) : {};
}

export function whereFacts(activity: Partial<Activity>): WhereFacts {
  const data = channelDataOf(activity);
  const channelId = text(data.channel?.id);
  const teamId = text(data.team?.id);
  const tenantId = text(data.tenant?.id) ?? text(activity.conversation?.tenantId);
  const conversationType = text(activity.conversation?.conversationType);
  return {
    teamsChannel: activity.channelId === 'msteams',
    ...(channelId ? { channelId } : {}),
    ...(teamId ? { teamId } : {}),
    ...(tenantId ? { tenantId } : {}),
    ...(conversationType ? { conversationType } : {}),
    serviceUrl: activity.serviceUrl ?? '',
  };
}

/** The person behind the activity, as the channel identifies them. */
export interface WhoFacts {
  id: string;
  name?: string;
  aadObjectId?: string;
}

export function whoFacts(activity: Partial<Activity>): WhoFacts {
  const from = activity.from;
  const name = text(from?.name);
  const aadObjectId = text(from?.aadObjectId);
  return { id: from?.id ?? '', ...(name ? { name } : {}), ...(aadObjectId ? { aadObjectId } : {}) };
}

export function isPersonalChat(activity: Partial<Activity>): boolean {
  return activity.conversation?.conversationType === 'personal';
}

/** The app's name as Teams shows it (the manifest's short name), which is what people type after @. */
export function botName(turn: { activity: Partial<Activity> }): string {
  return text(turn.activity.recipient?.name) ?? 'Kontaktinsamling';
}
