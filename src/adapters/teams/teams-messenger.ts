import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  CardFactory,
  MessageFactory,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
} from 'botbuilder';
import type { TeamsChannel } from '../../domain/organisation';
import type { Logger } from '../../app/ports/logger';
import type { TeamsMessageRef, TeamsMessenger, TeamsPostResult } from '../../app/ports/messaging';
import type { Store, UserEndpoint } from '../../app/ports/store';
import type { ChannelLinkView } from '../../app/views/channel-link-view';
import type { ReminderView } from '../../app/views/reminder-view';
import type { RequestView } from '../../app/views/request-view';
import type { SummaryView } from '../../app/views/summary-view';
import { cardForView } from '../cards/card-for-view';
import { channelLinkCard, channelLinkNotice } from '../cards/channel-link-card';
import { reminderCard } from '../cards/reminder-card';
import { summaryCard } from '../cards/summary-card';
import { channelReference, connectorOf, messageIdOf, personalReference } from './conversation-refs';
import { defaultRetryPolicy, NOT_TAKEN_STATUS, withRetry, type RetryPolicy } from './retry';

export interface MessengerOptions {
  adapter: CloudAdapter;
  /** Empty in local mode. */
  appId: string;
  store: Store;
  logger: Logger;
  retry?: RetryPolicy;
}

/**
 * Posts and updates the request cards in the organisations' channels, reminds them in the request's
 * thread, and sends owners their summaries in their personal chat: all proactively, so the bot must
 * have been installed in the team (when the channel's endpoint was stored), or the owner must have
 * written to it (when their chat was stored).
 */
export class ChannelMessenger implements TeamsMessenger {
  private readonly retry: RetryPolicy;

  constructor(private readonly opts: MessengerOptions) {
    this.retry = opts.retry ?? defaultRetryPolicy;
  }

  async postRequest(channel: TeamsChannel, view: RequestView): Promise<TeamsPostResult> {
    const result = await this.newThread(
      channel,
      MessageFactory.attachment(this.card(cardForView(view, randomUUID()))),
    );
    if (result.kind === 'sent') {
      this.opts.logger.info(
        { channelId: channel.channelId, orgId: view.organisation.id },
        'request card posted',
      );
    }
    return result;
  }

  async updateRequest(ref: TeamsMessageRef, view: RequestView): Promise<void> {
    const card = this.card(cardForView(view, randomUUID()));
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

  /**
   * A reply in the request's thread brings the thread, with the letter, back to the top of the
   * channel; without a known thread, the reminder starts a new one.
   */
  async postReminder(
    channel: TeamsChannel,
    view: ReminderView,
    request?: TeamsMessageRef,
  ): Promise<TeamsPostResult> {
    const activity = MessageFactory.attachment(this.card(reminderCard(view, randomUUID())));
    const ids = { channelId: channel.channelId, orgId: view.organisation.id, slot: view.slot.id };
    if (!request) {
      const result = await this.newThread(channel, activity);
      if (result.kind === 'sent') this.opts.logger.info(ids, 'reminder posted as a new thread');
      return result;
    }
    let sentId: string | undefined;
    await this.opts.adapter.continueConversationAsync(
      this.opts.appId,
      channelReference(this.opts.appId, request.conversationId, request.serviceUrl, request.tenantId),
      async (turn) => {
        sentId = (await withRetry(() => turn.sendActivity(activity), this.retry, NOT_TAKEN_STATUS))?.id;
      },
    );
    if (!sentId) throw new Error('the connector did not return the reply id');
    this.opts.logger.info(ids, 'reminder posted in the request thread');
    return { kind: 'sent', ref: { ...request, activityId: sentId } };
  }

  async sendSummary(user: UserEndpoint, view: SummaryView): Promise<void> {
    await this.toPersonalChat(user, MessageFactory.attachment(this.card(summaryCard(view))));
    this.opts.logger.info({ campaignId: view.status.record.campaign.id }, 'summary sent in a personal chat');
  }

  async sendLinkApproval(user: UserEndpoint, view: ChannelLinkView): Promise<void> {
    await this.toPersonalChat(user, MessageFactory.attachment(this.card(channelLinkCard(view))));
    this.opts.logger.info({ linkId: view.link.id, orgId: view.link.orgId }, 'link approval card sent');
  }

  async postLinkOutcome(channel: TeamsChannel, view: ChannelLinkView): Promise<TeamsPostResult> {
    const result = await this.newThread(channel, MessageFactory.text(channelLinkNotice(view)));
    if (result.kind === 'sent') {
      this.opts.logger.info({ linkId: view.link.id, channelId: channel.channelId }, 'link outcome posted');
    }
    return result;
  }

  private async toPersonalChat(user: UserEndpoint, activity: Partial<Activity>): Promise<void> {
    await this.opts.adapter.continueConversationAsync(
      this.opts.appId,
      personalReference(this.opts.appId, user),
      async (turn) => {
        await withRetry(() => turn.sendActivity(activity), this.retry, NOT_TAKEN_STATUS);
      },
    );
  }

  private card(card: object): ReturnType<typeof CardFactory.adaptiveCard> {
    return CardFactory.adaptiveCard(card);
  }

  /**
   * A new thread in the channel: the connector answers with the thread's id and the root message's
   * id, which later updates need. (createConversationAsync drops the message id, so the connector is
   * called directly inside a proactive turn on the channel.)
   */
  private async newThread(channel: TeamsChannel, activity: Partial<Activity>): Promise<TeamsPostResult> {
    const endpoint = await this.opts.store.channelEndpoint(channel.channelId);
    if (!endpoint) return { kind: 'not_installed' };
    const tenantId = endpoint.tenantId ?? channel.tenantId;
    const parameters = {
      isGroup: true,
      channelData: { channel: { id: channel.channelId }, ...(tenantId ? { tenant: { id: tenantId } } : {}) },
      activity,
      ...(tenantId ? { tenantId } : {}),
    } as ConversationParameters;
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
}
