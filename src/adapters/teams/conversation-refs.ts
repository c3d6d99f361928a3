import type { ConversationReference, TurnContext } from 'botbuilder';
import type { UserEndpoint } from '../../app/ports/store';

/** How the messenger addresses Teams conversations in proactive turns: a channel (or a thread in it), or a personal chat. */

export function channelReference(
  appId: string,
  conversationId: string,
  serviceUrl: string,
  tenantId?: string,
): ConversationReference {
  return {
    channelId: 'msteams',
    serviceUrl,
    conversation: {
      id: conversationId,
      isGroup: true,
      conversationType: 'channel',
      name: '',
      ...(tenantId ? { tenantId } : {}),
    },
    bot: { id: appId, name: 'contact-intake' },
  } as ConversationReference;
}

/** A person's chat with the bot, as learnt when they wrote to it. */
export function personalReference(appId: string, user: UserEndpoint): ConversationReference {
  return {
    channelId: 'msteams',
    serviceUrl: user.serviceUrl,
    conversation: {
      id: user.conversationId,
      isGroup: false,
      conversationType: 'personal',
      name: '',
      ...(user.tenantId ? { tenantId: user.tenantId } : {}),
    },
    bot: { id: appId, name: 'contact-intake' },
  } as ConversationReference;
}

/** The part of the Bot Connector client a proactive turn hands us; typed here to keep the SDK's internals out. */
export interface ConversationsClient {
  conversations: {
    createConversation(parameters: object): Promise<{ id?: string; activityId?: string }>;
  };
}

export function connectorOf(turn: TurnContext): ConversationsClient {
  const client = turn.turnState.get(turn.adapter.ConnectorClientKey) as ConversationsClient | undefined;
  if (!client) throw new Error('no connector client in the proactive turn');
  return client;
}

/** Teams names a channel thread `<channel>;messageid=<root message id>`. */
export function messageIdOf(conversationId: string | undefined): string | undefined {
  return conversationId?.match(/;messageid=(\d+)/)?.[1];
}
