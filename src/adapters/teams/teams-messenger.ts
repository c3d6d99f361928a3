import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  CardFactory,
  MessageFactory,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { TeamsChannel } from '../../domain/organisation';
import type { Logger } from '../../app/ports/logger';
import type { TeamsMessageRef, TeamsMessenger, TeamsPostResult } from '../../app/ports/messaging';
import type { Store } from '../../app/ports/store';
import type { RequestView } from '../../app/views/request-view';
import { cardForView } from '../cards/card-for-view';
import { defaultRetryPolicy, NOT_TAKEN_STATUS, withRetry, type RetryPolicy } from './retry';

export interface MessengerOptions {
  adapter: CloudAdapter;
  /** Empty in local mode. */
  appId: string;
  store: Store;
  logger: Logger;
  retry?: RetryPolicy;
}

/** The part of the Bot Connector client a proactive turn hands us; typed here to keep the SDK's internals out. */
interface ConversationsClient {
  conversations: {
    createConversation(parameters: ConversationParameters): Promise<{ id?: string; activityId?: string }>;
  };
}

/**
 * Posts and updates the request cards in the organisations' channels, proactively: the bot must have
 * been installed in the team, which is when the channel's endpoint was stored.
 */
export class ChannelMessenger implements TeamsMessenger {
  private readonly retry: RetryPolicy;

  constructor(private readonly opts: MessengerOptions) {
    this.retry = opts.retry ?? defaultRetryPolicy;
  }

  async postRequest(channel: TeamsChannel, view: RequestView): Promise<TeamsPostResult> {
    const endpoint = await this.opts.store.channelEndpoint(channel.channelId);
    if (!endpoint) return { kind: 'not_installed' };
    const tenantId = endpoint.tenantId ?? channel.tenantId;
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(cardForView(view, randomUUID())));
    const parameters: ConversationParameters = {
      isGroup: true,
      channelData: { channel: { id: channel.channelId }, ...(tenantId ? { tenant: { id: tenantId } } : {}) },
      activity,
      ...(tenantId ? { tenantId } : {}),
    } as ConversationParameters;
    // A new thread in the channel: the connector answers with the thread's id and the root message's
    // id, which later updates need. (createConversationAsync drops the message id, so the connector
    // is called directly inside a proactive turn on the channel.)
    let created: { id?: string; activityId?: string } = {};
    await this.opts.adapter.continueConversationAsync(
      this.opts.appId,
      channelReference(this.opts.appId, channel.channelId, endpoint.serviceUrl, tenantId),
      async (turn) => {
        const client = connectorOf(turn);
        created = await withRetry(
          () => client.conversations.createConversation(parameters),
          this.retry,
          NOT_TAKEN_STATUS,
        );
      },
    );
    const conversationId = created.id;
    const activityId = created.activityId ?? messageIdOf(conversationId);
    if (!conversationId || !activityId) throw new Error('the connector did not return the new message id');
    this.opts.logger.info(
      { channelId: channel.channelId, orgId: view.organisation.id },
      'request card posted',
    );
    return {
      kind: 'sent',
      ref: {
        channelId: channel.channelId,
        conversationId,
        activityId,
        serviceUrl: endpoint.serviceUrl,
        ...(tenantId ? { tenantId } : {}),
      },
    };
  }

  async updateRequest(ref: TeamsMessageRef, view: RequestView): Promise<void> {
    const card = CardFactory.adaptiveCard(cardForView(view, randomUUID()));
    await this.opts.adapter.continueConversationAsync(
      this.opts.appId,
      {
        ...channelReference(this.opts.appId, ref.conversationId, ref.serviceUrl, ref.tenantId),
        activityId: ref.activityId,
      },
      async (turn) => {
        await withRetry(
          () => turn.updateActivity({ type: ActivityTypes.Message, id: ref.activityId, attachments: [card] }),
          this.retry,
        );
      },
    );
    this.opts.logger.info({ channelId: ref.channelId, orgId: view.organisation.id }, 'request card updated');
  }
}

function channelReference(
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

function connectorOf(turn: TurnContext): ConversationsClient {
  const client = turn.turnState.get(turn.adapter.ConnectorClientKey) as ConversationsClient | undefined;
  if (!client) throw new Error('no connector client in the proactive turn');
  return client;
}

/** Teams names a channel thread `<channel>;messageid=<root message id>`. */
function messageIdOf(conversationId: string | undefined): string | undefined {
  return conversationId?.match(/;messageid=(\d+)/)?.[1];
}
