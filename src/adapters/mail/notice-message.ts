import type { MailNotice } from '../../app/ports/messaging';
import { isEmail } from '../../domain/text';
import { composeRequestMail, type ComposedMail } from './compose/compose-request';
import { buildMimeMessage } from './mime/build-message';
import { keyDigest, messageIdFor } from './mime/message-id';

export interface Sender {
  /** The service mailbox the message is sent from. */
  address: string;
  /** Shown after "via": "Samordningsgrupp projektarbete via contact-intake". */
  name?: string;
}

export function checkSender(sender: Sender): void {
  if (!isEmail(sender.address)) throw new Error('the sender address is not a valid e-mail address');
}

/** What each kind of notice says; a new kind (reminder, receipt) gets its composer here. */
export function composeNotice(notice: MailNotice): ComposedMail {
  switch (notice.kind) {
    case 'request':
      return composeRequestMail(notice.view);
  }
}

/**
 * The display name says who asks and through what: recipients see the coordination group they
 * know, while the address stays the service mailbox that actually sends.
 */
export function senderDisplayName(notice: MailNotice, sender: Sender): string {
  return `${notice.view.campaign.requesterGroup} via ${sender.name?.trim() || 'contact-intake'}`;
}

/** One notice as a complete RFC 5322 message, and the Message-ID it carries. */
export function noticeToMime(
  notice: MailNotice,
  sender: Sender,
  date: Date,
): { raw: string; messageId: string } {
  const mail = composeNotice(notice);
  const messageId = messageIdFor(notice.key, sender.address);
  const raw = buildMimeMessage({
    from: { address: sender.address, name: senderDisplayName(notice, sender) },
    to: notice.to.map((address) => ({ address, name: notice.view.organisation.name })),
    replyTo: { address: notice.replyTo, name: notice.view.campaign.requesterGroup },
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    date,
    messageId,
    language: notice.view.language,
    extra: { 'X-Contact-Intake-Delivery': keyDigest(notice.key) },
  });
  return { raw, messageId };
}
