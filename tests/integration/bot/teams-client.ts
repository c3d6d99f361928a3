import { randomUUID } from 'node:crypto';
import { NARHALSAN_TEAM, TENANT } from './fixture';

/** Reading, filling in and pressing cards as a Teams client does. */
export * from '../../support/teams-cards';

/**
 * Activities shaped as Teams sends them to a bot (Bot Framework Activity schema, Teams channelData).
 */

export const BOT = { id: '28:contact-intake-bot', name: 'contact-intake' };

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId?: string;
}

export const ANNA: TeamsUser = {
  id: '29:anna-andersson',
  name: 'Anna Andersson',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
};

export interface Where {
  teamId: string;
  channelId: string;
  tenantId?: string;
}

export const NARHALSAN_GENERAL: Where = {
  teamId: NARHALSAN_TEAM,
  channelId: NARHALSAN_TEAM,
  tenantId: TENANT,
};

function base(serviceUrl: string, from: TeamsUser | typeof BOT, recipient: TeamsUser | typeof BOT) {
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from,
    recipient,
    locale: 'sv-SE',
  };
}

function teamChannelData(where: Where, extra: Record<string, unknown> = {}) {
  return {
    channel: { id: where.channelId },
    team: { id: where.teamId },
    tenant: { id: where.tenantId ?? TENANT },
    ...extra,
  };
}

/** The app was added to a team: Teams sends installationUpdate (action "add") in the General channel. */
export function installationUpdate(serviceUrl: string, where: Where, action = 'add') {
  return {
    ...base(serviceUrl, { id: '29:installer', name: 'Installer' } as TeamsUser, BOT),
    type: 'installationUpdate',
    action,
    conversation: {
      id: where.teamId,
      isGroup: true,
      conversationType: 'channel',
      tenantId: where.tenantId ?? TENANT,
    },
    channelData: teamChannelData({ ...where, channelId: where.teamId }, { source: { name: 'message' } }),
  };
}

/** The bot became a member of the team (sent alongside installationUpdate, and again on later changes). */
export function botAddedToTeam(serviceUrl: string, where: Where) {
  return {
    ...base(serviceUrl, { id: '29:installer', name: 'Installer' } as TeamsUser, BOT),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
    conversation: {
      id: where.teamId,
      isGroup: true,
      conversationType: 'channel',
      tenantId: where.tenantId ?? TENANT,
    },
    channelData: teamChannelData({ ...where, channelId: where.teamId }, { eventType: 'teamMemberAdded' }),
  };
}

export function channelRenamed(serviceUrl: string, where: Where) {
  return {
    ...base(serviceUrl, { id: '29:someone', name: 'Someone' } as TeamsUser, BOT),
    type: 'conversationUpdate',
    conversation: {
      id: where.teamId,
      isGroup: true,
      conversationType: 'channel',
      tenantId: where.tenantId ?? TENANT,
    },
    channelData: teamChannelData(where, { eventType: 'channelRenamed' }),
  };
}

/** `Action.Execute` pressed on a card in a channel thread. */
export function cardAction(
  serviceUrl: string,
  where: Where,
  user: TeamsUser,
  action: { verb: string; data: Record<string, unknown> },
  activityId: string = randomUUID(),
) {
  return {
    ...base(serviceUrl, user, BOT),
    id: activityId,
    type: 'invoke',
    name: 'adaptiveCard/action',
    conversation: {
      id: `${where.channelId};messageid=1000`,
      isGroup: true,
      conversationType: 'channel',
      tenantId: where.tenantId ?? TENANT,
    },
    replyToId: '1000',
    channelData: teamChannelData(where, { source: { name: 'message' } }),
    value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger: 'manual' },
  };
}

export function personalMessage(serviceUrl: string, user: TeamsUser, text: string) {
  return {
    ...base(serviceUrl, user, BOT),
    type: 'message',
    text,
    textFormat: 'plain',
    conversation: { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  };
}

/** In a channel the bot only hears messages that @mention it; the mention is part of the text. */
export function channelMention(serviceUrl: string, where: Where, user: TeamsUser, words: string) {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, user, BOT),
    type: 'message',
    text: `${mention} ${words}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT.id, name: BOT.name } }],
    conversation: {
      id: `${where.channelId};messageid=2000`,
      isGroup: true,
      conversationType: 'channel',
      tenantId: TENANT,
    },
    channelData: teamChannelData(where),
  };
}
