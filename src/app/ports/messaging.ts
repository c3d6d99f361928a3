import type { TeamsChannel } from '../../domain/organisation';
import type { ChannelLinkView } from '../views/channel-link-view';
import type { ReminderView } from '../views/reminder-view';
import type { RequestView } from '../views/request-view';
import type { SummaryView } from '../views/summary-view';
import type { UserEndpoint } from './store';

/** Where a posted card lives, so it can be updated when the answer changes. */
export interface TeamsMessageRef {
  channelId: string;
  conversationId: string;
  activityId: string;
  serviceUrl: string;
  tenantId?: string;
}

export type TeamsPostResult = { kind: 'sent'; ref: TeamsMessageRef } | { kind: 'not_installed' };

export interface TeamsMessenger {
  /** Posts the request card in the channel; `not_installed` when the app has not been added to that team yet. */
  postRequest(channel: TeamsChannel, view: RequestView): Promise<TeamsPostResult>;
  /** Replaces the posted card so everyone in the channel sees the current answer. */
  updateRequest(ref: TeamsMessageRef, view: RequestView): Promise<void>;
  /**
   * Reminds the channel, as a reply in the request's thread when `request` is known (it brings the
   * thread back up with its context) or as a new post otherwise.
   */
  postReminder(
    channel: TeamsChannel,
    view: ReminderView,
    request?: TeamsMessageRef,
  ): Promise<TeamsPostResult>;
  /** Sends an owner the end-of-round summary in their personal chat with the bot. */
  sendSummary(user: UserEndpoint, view: SummaryView): Promise<void>;
  /** Asks an approver, in their personal chat with the bot, to approve or reject a channel link. */
  sendLinkApproval(user: UserEndpoint, view: ChannelLinkView): Promise<void>;
  /** Tells the channel that asked for a link what became of it, as a new post there. */
  postLinkOutcome(channel: TeamsChannel, view: ChannelLinkView): Promise<TeamsPostResult>;
}

interface NoticeBase {
  /** Stable per logical message: adapters use it to make a resend overwrite rather than duplicate. */
  key: string;
  to: string[];
  /** Copies, e.g. the escalation address on an overdue notice. */
  cc?: string[];
  replyTo: string;
  /**
   * An earlier attempt of this delivery may have gone out (it failed with an unknown outcome, or its
   * process died mid-send): a mailer that can look up what it sent looks before sending again.
   */
  mayAlreadyBeSent?: boolean;
}

export type MailNotice =
  | (NoticeBase & { kind: 'request'; view: RequestView })
  | (NoticeBase & { kind: 'reminder'; view: ReminderView })
  | (NoticeBase & { kind: 'summary'; view: SummaryView });

export interface Mailer {
  send(notice: MailNotice): Promise<{ messageId: string }>;
}
