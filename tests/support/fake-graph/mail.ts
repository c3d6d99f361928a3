import { randomBytes } from 'node:crypto';
import { GraphFailure, isRecord, ok, type Ctx, type GraphRequest, type Reply } from './reply';
import { isoSeconds, type MailboxState } from './state';
import type { SentMessage, StoredMessage } from './types';

/**
 * POST /users/{id | userPrincipalName}/sendMail: "If successful, this method returns 202 Accepted
 * response code. It doesn't return anything in the response body." The message is kept as posted;
 * unless saveToSentItems is false ("default is true") a copy lands in Sent Items, where a caller
 * can find it again by internetMessageId (settable on a new message: "Updatable only if isDraft =
 * true", and sendMail first saves a draft).
 */

export function sentItemsFolderId(box: MailboxState): string {
  return `AQMkAD${Buffer.from(`sentitems:${box.id}`).toString('base64url')}`;
}

export function userJson(box: MailboxState): Record<string, unknown> {
  return { id: box.id, userPrincipalName: box.upn, mail: box.upn, displayName: box.upn.split('@')[0] };
}

function outlookError(code: string, message: string): GraphFailure {
  return new GraphFailure(400, code, message);
}

function recipients(message: Record<string, unknown>): unknown[] {
  const all: unknown[] = [];
  for (const key of ['toRecipients', 'ccRecipients', 'bccRecipients']) {
    const list = message[key];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list))
      throw outlookError('ErrorInvalidRecipients', `'${key}' must be a collection of recipients.`);
    all.push(...list);
  }
  return all;
}

function isAddress(r: unknown): boolean {
  if (!isRecord(r) || !isRecord(r.emailAddress)) return false;
  const address = r.emailAddress.address;
  return typeof address === 'string' && /^[^@\s]+@[^@\s]+$/.test(address);
}

function check(message: Record<string, unknown>): void {
  const all = recipients(message);
  if (all.length === 0) throw outlookError('ErrorInvalidRecipients', 'At least one recipient is required.');
  if (!all.every(isAddress))
    throw outlookError('ErrorInvalidRecipients', "At least one recipient isn't valid.");
  if (typeof message.subject !== 'string' || message.subject.trim() === '')
    throw outlookError('ErrorInvalidRequest', 'The message has no subject.');
  const body = message.body;
  if (body !== undefined && (!isRecord(body) || !/^(text|html)$/i.test(String(body.contentType ?? 'text'))))
    throw outlookError('ErrorInvalidRequest', "The message body needs a contentType of 'text' or 'html'.");
  const headers = message.internetMessageHeaders;
  if (headers !== undefined) {
    if (!Array.isArray(headers))
      throw outlookError('InvalidInternetMessageHeader', "'internetMessageHeaders' must be a collection.");
    for (const h of headers) {
      const name = isRecord(h) ? h.name : undefined;
      if (
        typeof name !== 'string' ||
        !/^x-/i.test(name) ||
        typeof (h as Record<string, unknown>).value !== 'string'
      )
        throw outlookError(
          'InvalidInternetMessageHeader',
          `The internet message header name '${String(name)}' should start with 'x-' or 'X-'.`,
        );
    }
  }
  const id = message.internetMessageId;
  if (id !== undefined && (typeof id !== 'string' || !/^<[^<>\s@]+@[^<>\s@]+>$/.test(id)))
    throw outlookError(
      'ErrorInvalidInternetMessageId',
      `The internetMessageId '${String(id)}' is not an RFC 2822 message id.`,
    );
}

function saveFlag(value: unknown): boolean {
  // Graph's own example sends "false" as a string.
  if (value === undefined || value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw outlookError('ErrorInvalidRequest', "'saveToSentItems' must be a Boolean.");
}

function stored(
  ctx: Ctx,
  box: MailboxState,
  message: Record<string, unknown>,
  internetMessageId: string,
): StoredMessage {
  const now = isoSeconds(ctx.now());
  const body = isRecord(message.body) ? message.body : { contentType: 'text', content: '' };
  const me = { emailAddress: { address: box.upn, name: box.upn.split('@')[0] } };
  const copy: StoredMessage = {
    id: `AAMkAD${randomBytes(24).toString('base64url')}`,
    createdDateTime: now,
    lastModifiedDateTime: now,
    receivedDateTime: now,
    sentDateTime: now,
    hasAttachments: false,
    internetMessageId,
    subject: message.subject as string,
    bodyPreview: String(body.content ?? '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 255),
    importance: typeof message.importance === 'string' ? message.importance.toLowerCase() : 'normal',
    parentFolderId: sentItemsFolderId(box),
    conversationId: `AAQkAD${randomBytes(12).toString('base64url')}`,
    isRead: true,
    isDraft: false,
    body,
    sender: me,
    from: me,
    toRecipients: message.toRecipients ?? [],
    ccRecipients: message.ccRecipients ?? [],
    bccRecipients: message.bccRecipients ?? [],
    replyTo: message.replyTo ?? [],
  };
  if (message.internetMessageHeaders !== undefined)
    copy.internetMessageHeaders = message.internetMessageHeaders;
  return structuredClone(copy);
}

export function sendMail(ctx: Ctx, req: GraphRequest, box: MailboxState): Reply {
  if (!(req.headers['content-type'] ?? 'application/json').toLowerCase().startsWith('application/json'))
    throw new GraphFailure(400, 'notSupported', 'The fake Graph accepts sendMail in JSON only, not MIME.');
  const body = req.body;
  if (!isRecord(body) || !isRecord(body.message))
    throw outlookError('ErrorInvalidRequest', "The request body needs a 'message' object.");
  const message = body.message;
  const save = saveFlag(body.saveToSentItems);
  check(message);
  const internetMessageId =
    (message.internetMessageId as string | undefined) ??
    `<${randomBytes(16).toString('hex')}@${box.upn.split('@')[1]}>`;
  box.posted.push(structuredClone(message) as SentMessage);
  if (save) box.sentItems.push(stored(ctx, box, message, internetMessageId));
  // 202 with no body and no content-type: the Graph client cannot parse an empty JSON body.
  return { status: 202 };
}

export function getUser(box: MailboxState): Reply {
  return ok(userJson(box));
}
