import { randomUUID } from 'node:crypto';
import type { Logger } from '../../../app/ports/logger';
import type { MailNotice, Mailer } from '../../../app/ports/messaging';
import { AmbiguousResultError, type GraphClient } from '../../graph';
import { keyDigest } from '../mime/message-id';
import { checkSender, type Sender } from '../notice-message';
import type { MailPacer } from '../pacing/mail-pacer';
import { MailNotSentError } from './errors';
import { graphMessage } from './graph-message';
import { foundAfterRelooks, inSentItems, RELOOK_DELAYS_MS, type SentItemsLook } from './sent-items';

export interface GraphMailerOptions {
  /** The service's one Graph client (src/main/graph.ts). */
  graph: GraphClient;
  /** The service mailbox (MAIL_SENDER): sendMail is called as this user. */
  sender: Sender;
  /** Exchange's limits for this mailbox; shared by every send of the process. */
  pacer: MailPacer;
  /** OUTLOOK_ORIGINATOR_ID: when set, the request card is embedded for Outlook. */
  outlookOriginatorId?: string;
  logger?: Logger;
  /** Between looks in Sent Items; injected so tests check the waits instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  relookDelaysMs?: readonly number[];
  /** sendMail POSTs per notice, the first included, when each one's outcome stays unknown. Default 3. */
  maxSends?: number;
}

/**
 * Sends notices with Microsoft Graph (`POST /users/{sender}/sendMail`), paced for Exchange, and never
 * blindly twice.
 *
 * deliverOnce already hands each delivery to one sender at a time; inside one send, a POST whose outcome
 * is unknown (504, a dropped connection, a timeout: the client's AmbiguousResultError) is followed by a
 * look in the mailbox's Sent Items for the message's own Internet Message-ID, stable per delivery key, and
 * the message is sent again only when it is not there. 429 and 503 mean Graph did not take the request;
 * the client waits and repeats those itself.
 *
 * Residual risk, stated plainly: Exchange files the Sent Items copy some time after it accepted a message.
 * The look is repeated with backoff (RELOOK_DELAYS_MS, about half a minute in all), but a message that was
 * accepted and is filed only after the last look is taken for unsent and goes out a second time, with the
 * same Message-ID (which some mail systems use to drop the copy, none is obliged to). A delivery whose
 * earlier attempt ended in doubt or died with its process (`mayAlreadyBeSent`) is looked for once, minutes
 * later, before it is sent. Looking needs read access to the mailbox's message properties besides Mail.Send (Mail.ReadBasic.All,
 * scoped to the service mailbox like Mail.Send: the RBAC for Applications role "Application
 * Mail.ReadBasic"). When a look fails, the message is not sent again and the delivery is reported failed;
 * the next run looks once more before it sends.
 */
export class GraphMailer implements Mailer {
  private readonly look: SentItemsLook;
  private readonly maxSends: number;
  private readonly relookDelaysMs: readonly number[];

  constructor(private readonly options: GraphMailerOptions) {
    checkSender(options.sender);
    this.maxSends = options.maxSends ?? 3;
    if (!(Number.isInteger(this.maxSends) && this.maxSends >= 1))
      throw new Error('GraphMailer: maxSends must be a positive integer');
    this.relookDelaysMs = options.relookDelaysMs ?? RELOOK_DELAYS_MS;
    this.look = {
      graph: options.graph,
      pacer: options.pacer,
      mailbox: options.sender.address,
      sleep: options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    };
  }

  async send(notice: MailNotice): Promise<{ messageId: string }> {
    const { graph, sender, pacer, outlookOriginatorId } = this.options;
    const { message, messageId } = graphMessage(notice, sender, {
      ...(outlookOriginatorId ? { originator: outlookOriginatorId } : {}),
      nonce: randomUUID(),
    });
    const ref = { delivery: notice.key, messageRef: keyDigest(notice.key) };
    if (notice.mayAlreadyBeSent && (await this.lookOrThrow(() => inSentItems(this.look, messageId), 0))) {
      this.options.logger?.info(ref, 'mail found in Sent Items from an earlier attempt; not sent again');
      return { messageId };
    }
    const path = `/users/${encodeURIComponent(sender.address)}/sendMail`;
    for (let attempt = 1; ; attempt++) {
      try {
        await pacer.message(() => graph.client.api(path).post({ message, saveToSentItems: true }));
        return { messageId };
      } catch (err) {
        if (!(err instanceof AmbiguousResultError)) throw err;
        this.options.logger?.warn(
          { ...ref, attempt, reason: err.reason },
          'sendMail outcome unknown; looking in Sent Items',
        );
      }
      const found = await this.lookOrThrow(
        () => foundAfterRelooks(this.look, messageId, this.relookDelaysMs),
        attempt,
      );
      if (found) {
        this.options.logger?.info({ ...ref, attempt }, 'mail found in Sent Items; not sent again');
        return { messageId };
      }
      if (attempt >= this.maxSends) throw new MailNotSentError('not-sent', attempt);
    }
  }

  private async lookOrThrow(look: () => Promise<boolean>, attempts: number): Promise<boolean> {
    try {
      return await look();
    } catch (err) {
      throw new MailNotSentError('outcome-unknown', attempts, { cause: err });
    }
  }
}
