import type { Lang } from '../../app/i18n/lang';
import type { MailNotice } from '../../app/ports/messaging';
import { isEmail } from '../../domain/text';
import { composeReminderMail } from './compose/compose-reminder';
import { composeRequestMail, type ComposedMail } from './compose/compose-request';
import { composeSummaryMail } from './compose/compose-summary';
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

/** What each kind of notice says; a new kind (a receipt) gets its composer here. */
export function composeNotice(notice: MailNotice): ComposedMail {
  switch (notice.kind) {
    case 'request':
      return composeRequestMail(notice.view);
    case 'reminder':
      return composeReminderMail(notice.view);
    case 'summary':
      return composeSummaryMail(notice.view);
  }
}

/** Who a notice speaks for and to, whatever its kind: the headers of the outbox and Graph messages. */
export interface NoticeParties {
  group: string;
  language: Lang;
  /** Shown beside the To addresses: the organisation; owners get their summary under their address alone. */
  recipientName?: string;
}

export function noticeParties(notice: MailNotice): NoticeParties {
  if (notice.kind === 'summary') {
    const c = notice.view.status.record.campaign;
    return { group: c.requester.group, language: notice.view.language };
  }
  const { view } = notice;
  return {
    group: view.campaign.requesterGroup,
    language: view.language,
    recipientName: view.organisation.name,
  };
}

/**
 * The display name says who asks and through what: recipients see the coordination group they
 * know, while the address stays the service mailbox that actually sends.
 */
export function senderDisplayName(notice: MailNotice, sender: Sender): string {
  return `${noticeParties(notice).group} via ${sender.name?.trim() || 'contact-intake'}`;
}

/** One notice as a complete RFC 5322 message, and the Message-ID it carries. */
export function noticeToMime(
  notice: MailNotice,
  sender: Sender,
  date: Date,
): { raw: string; messageId: string } {
  const mail = composeNotice(notice);
  const parties = noticeParties(notice);
  const messageId = messageIdFor(notice.key, sender.address);
  const named = (address: string) =>
    parties.recipientName ? { address, name: parties.recipientName } : { address };
  const raw = buildMimeMessage({
    from: { address: sender.address, name: senderDisplayName(notice, sender) },
    to: notice.to.map(named),
    ...(notice.cc?.length ? { cc: notice.cc.map((address) => ({ address })) } : {}),
    replyTo: { address: notice.replyTo, name: parties.group },
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    date,
    messageId,
    language: parties.language,
    extra: { 'X-Contact-Intake-Delivery': keyDigest(notice.key) },
  });
  return { raw, messageId };
}
