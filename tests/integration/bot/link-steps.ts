import type { BotHarness } from './bot-harness';
import { EMAIL_OWNER, OWNER, SU_TEAM, TENANT } from './fixture';
import {
  attachmentCard,
  cardAction,
  channelMention,
  elements,
  executeAction,
  installationUpdate,
  personalMessage,
  type Card,
  type TeamsUser,
  type Where,
} from './teams-client';

/** Steps and people for the channel-link tests: who asks in a channel, who approves in a chat. */

/** A team the register gives no channel: Skaraborg's people ask for theirs from Teams. */
export const SKARABORG_TEAM = '19:skaraborg-team';
export const SKARABORG_CHANNEL = '19:skaraborg-kontakt';
export const SKARABORG: Where = { teamId: SKARABORG_TEAM, channelId: SKARABORG_CHANNEL };
/** A new channel in Sahlgrenska's team, to replace the one the register names. */
export const SU_NEW: Where = { teamId: SU_TEAM, channelId: '19:su-nya-kontakter' };

/** Owner of the campaign by Entra object id. */
export const SVEN: TeamsUser = { id: '29:sven', name: OWNER.name, aadObjectId: OWNER.aadObjectId };
/** Owner by e-mail only: the directory says who she is. */
export const MARIA: TeamsUser = {
  id: '29:maria',
  name: EMAIL_OWNER.name,
  aadObjectId: 'bbbbbbbb-0000-4000-8000-000000000002',
};
/** Listed in TEAMS_ADMIN_AAD_OBJECT_IDS. */
export const IDA: TeamsUser = {
  id: '29:ida',
  name: 'Ida Administratör',
  aadObjectId: 'dddddddd-0000-4000-8000-000000000004',
};

export const ADMIN_ENV = { TEAMS_ADMIN_AAD_OBJECT_IDS: IDA.aadObjectId! };

/** Installs the app in Skaraborg's team; its channel is then known to the bot, but answers for nobody. */
export async function installInSkaraborg(h: BotHarness): Promise<void> {
  h.connector.teamChannels.set(SKARABORG_TEAM, [
    { id: SKARABORG_TEAM },
    { id: SKARABORG_CHANNEL, name: 'Kontaktpersoner' },
  ]);
  await h.post(installationUpdate(h.connector.url, { teamId: SKARABORG_TEAM, channelId: SKARABORG_TEAM }));
}

/** `@contact-intake <words>` in a channel; returns what the bot answered there. */
export async function sayInChannel(
  h: BotHarness,
  where: Where,
  user: TeamsUser,
  words: string,
): Promise<string> {
  const before = h.connector.calls.length;
  const res = await h.post(channelMention(h.connector.url, where, user, words));
  if (res.status !== 200) throw new Error(`the bot answered ${res.status}`);
  return textsSince(h, before, where.channelId).join('\n');
}

/** A message in the person's chat with the bot; returns every activity the bot sent back there. */
export async function sayInChat(
  h: BotHarness,
  user: TeamsUser,
  words: string,
): Promise<Record<string, unknown>[]> {
  const before = h.connector.calls.length;
  await h.post(personalMessage(h.connector.url, user, words));
  return sentSince(h, before, chatOf(user));
}

export function chatOf(user: TeamsUser): string {
  return `a:personal-${user.id}`;
}

/** The approval cards the bot sent into a person's chat (with Godkänn / Avvisa), oldest first. */
export function approvalCards(h: BotHarness, user: TeamsUser): Card[] {
  return h.connector
    .callsOf('send')
    .filter((c) => c.conversationId === chatOf(user) && Array.isArray(c.body?.attachments))
    .map((c) => attachmentCard(c.body))
    .filter((card) => elements(card, 'Action.Execute').some((a) => a.verb === 'approveChannelLink'));
}

/** Godkänn or Avvisa pressed on an approval card in the person's chat with the bot. */
export function pressInChat(
  h: BotHarness,
  user: TeamsUser,
  card: Card,
  verb: 'approveChannelLink' | 'rejectChannelLink',
) {
  return pressActionInChat(h, user, executeAction(card, verb));
}

export function pressActionInChat(
  h: BotHarness,
  user: TeamsUser,
  action: { verb: string; data: Record<string, unknown> },
) {
  const invoke = cardAction(h.connector.url, { teamId: 'none', channelId: 'none' }, user, action);
  return h.post({
    ...invoke,
    conversation: { id: chatOf(user), conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    replyToId: undefined,
  });
}

/** What the bot started in a channel (notices and request cards), oldest first. */
export function postedIn(h: BotHarness, channelId: string): Record<string, unknown>[] {
  return h.connector
    .callsOf('create')
    .filter((c) => (c.body?.channelData as { channel?: { id?: string } })?.channel?.id === channelId)
    .map((c) => c.body?.activity as Record<string, unknown>);
}

export function requestCardIn(h: BotHarness, channelId: string): Card | undefined {
  const posted = postedIn(h, channelId).filter((a) => Array.isArray(a.attachments));
  return posted.length > 0 ? attachmentCard(posted.at(-1)) : undefined;
}

function sentSince(h: BotHarness, index: number, conversationPrefix: string): Record<string, unknown>[] {
  return h.connector.calls
    .slice(index)
    .filter((c) => c.kind === 'send' && c.conversationId?.startsWith(conversationPrefix))
    .map((c) => c.body ?? {});
}

function textsSince(h: BotHarness, index: number, conversationPrefix: string): string[] {
  return sentSince(h, index, conversationPrefix).map((b) => String(b.text ?? ''));
}
