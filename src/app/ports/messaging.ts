import type { TeamsChannel } from '../../domain/organisation';
import type { RequestView } from '../views/request-view';

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
}

export interface MailNotice {
  /** Stable per logical message: adapters use it to make a resend overwrite rather than duplicate. */
  key: string;
  kind: 'request';
  to: string[];
  replyTo: string;
  view: RequestView;
  /**
   * An earlier attempt of this delivery may have gone out (it failed with an unknown outcome, or its
   * process died mid-send): a mailer that can look up what it sent looks before sending again.
   */
  mayAlreadyBeSent?: boolean;
}

export interface Mailer {
  send(notice: MailNotice): Promise<{ messageId: string }>;
}
