import { createHash } from 'node:crypto';
import {
  addressListTokens,
  foldHeader,
  mailboxTokens,
  unstructuredTokens,
  type MailAddress,
} from './headers';
import { encodeQuotedPrintable } from './quoted-printable';

export interface MimeMessageInput {
  from: MailAddress;
  to: MailAddress[];
  /** Copies; left out of the headers when empty. */
  cc?: MailAddress[];
  replyTo?: MailAddress;
  subject: string;
  text: string;
  html: string;
  date: Date;
  /** With angle brackets, as messageIdFor returns it. */
  messageId: string;
  /** BCP 47 tag for Content-Language, e.g. "sv". */
  language?: string;
  /** Extra `X-` headers with plain ASCII values. */
  extra?: Record<string, string>;
}

const CRLF = '\r\n';

/** RFC 5322 date in UTC ("Thu, 10 Apr 2025 12:32:00 +0000"); "GMT" is only obsolete syntax. */
export function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

function part(contentType: string, body: string): string {
  return [
    `Content-Type: ${contentType}; charset=utf-8`,
    'Content-Transfer-Encoding: quoted-printable',
    '',
    encodeQuotedPrintable(body),
  ].join(CRLF);
}

/**
 * A complete RFC 5322 message: multipart/alternative with the plain-text part first (clients show
 * the last part they understand), both in UTF-8 quoted-printable, CRLF line ends throughout.
 */
export function buildMimeMessage(m: MimeMessageInput): string {
  if (!/^<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>$/.test(m.messageId))
    throw new Error('invalid Message-ID');
  // "=_" cannot occur in quoted-printable output, so this boundary cannot collide with a body.
  const boundary = `=_ci_${createHash('sha256').update(m.messageId).digest('hex').slice(0, 24)}`;
  const headers = [
    foldHeader('Date', [rfc5322Date(m.date)]),
    foldHeader('From', mailboxTokens(m.from, 'From')),
    foldHeader('To', addressListTokens(m.to, 'To')),
    ...(m.cc?.length ? [foldHeader('Cc', addressListTokens(m.cc, 'Cc'))] : []),
    ...(m.replyTo ? [foldHeader('Reply-To', mailboxTokens(m.replyTo, 'Reply-To'))] : []),
    foldHeader('Subject', unstructuredTokens(m.subject)),
    foldHeader('Message-ID', [m.messageId]),
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    ...(m.language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(m.language)
      ? [`Content-Language: ${m.language}`]
      : []),
    ...Object.entries(m.extra ?? {}).map(([name, value]) => {
      if (!/^X-[A-Za-z0-9-]+$/.test(name)) throw new Error(`invalid extra header name ${name}`);
      if (!/^[\x21-\x7e]+$/.test(value)) throw new Error(`invalid value for header ${name}`);
      return foldHeader(name, [value]);
    }),
  ];
  return [
    ...headers,
    '',
    'This is a multi-part message in MIME format.',
    `--${boundary}`,
    part('text/plain', m.text),
    `--${boundary}`,
    part('text/html', m.html),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}
