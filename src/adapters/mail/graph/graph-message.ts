import type { MailNotice } from '../../../app/ports/messaging';
import { reminderCard } from '../../cards/reminder-card';
import type { AdaptiveCard } from '../../cards/expand';
import { keyDigest, messageIdFor } from '../mime/message-id';
import { composeNotice, noticeParties, type Sender } from '../notice-message';
import { outlookCard, withCardInHead, withOriginator } from './actionable-card';

/** The header that carries a delivery's digest, as the outbox's .eml files do, for support in the mailbox. */
export const DELIVERY_HEADER = 'x-contact-intake-delivery';

interface Recipient {
  emailAddress: { address: string; name?: string };
}

/** Graph's `message` resource, as far as sendMail needs it. */
export interface GraphMessage {
  subject: string;
  body: { contentType: 'HTML'; content: string };
  toRecipients: Recipient[];
  ccRecipients?: Recipient[];
  replyTo: Recipient[];
  internetMessageId: string;
  internetMessageHeaders: { name: string; value: string }[];
}

export interface GraphMessageOptions {
  /** Outlook actionable-message provider id; the card is embedded only when it is given. */
  originator?: string;
  /** The card form's nonce (random per rendered form). */
  nonce: string;
}

/** The card Outlook shows above a request or a reminder; a summary to the owners carries none. */
function cardOf(notice: MailNotice, originator: string, nonce: string): AdaptiveCard | undefined {
  switch (notice.kind) {
    case 'request':
      return outlookCard(notice.view, originator, nonce);
    case 'reminder':
      return withOriginator(reminderCard(notice.view, nonce), originator);
    case 'summary':
      return undefined;
  }
}

/**
 * One notice as the JSON sendMail takes, from the same composition the outbox uses: the same subject and
 * HTML (the letter, the quotas, the deadline and the signed response link), the same Message-ID for the
 * same delivery key, and the same delivery header. A Graph message has one body, so the HTML carries it all.
 * The organisation's mailboxes all go in To: Outlook acts on a card only for a recipient in To or Cc.
 */
export function graphMessage(
  notice: MailNotice,
  sender: Sender,
  opts: GraphMessageOptions,
): { message: GraphMessage; messageId: string } {
  const mail = composeNotice(notice);
  const parties = noticeParties(notice);
  const messageId = messageIdFor(notice.key, sender.address);
  const card = opts.originator ? cardOf(notice, opts.originator, opts.nonce) : undefined;
  const html = card ? withCardInHead(mail.html, card) : mail.html;
  const named = (address: string): Recipient => ({
    emailAddress: parties.recipientName ? { address, name: parties.recipientName } : { address },
  });
  return {
    messageId,
    message: {
      subject: mail.subject,
      body: { contentType: 'HTML', content: html },
      toRecipients: notice.to.map(named),
      ...(notice.cc?.length
        ? { ccRecipients: notice.cc.map((address) => ({ emailAddress: { address } })) }
        : {}),
      replyTo: [{ emailAddress: { address: notice.replyTo, name: parties.group } }],
      internetMessageId: messageId,
      internetMessageHeaders: [{ name: DELIVERY_HEADER, value: keyDigest(notice.key) }],
    },
  };
}
