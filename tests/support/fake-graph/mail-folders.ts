import { jsonResolver } from './lists';
import { sentItemsFolderId } from './mail';
import { evaluate, parseFilter } from './odata-filter';
import { parseOrderBy, parseSelect, parseTop, pick } from './odata-query';
import { pageOf, type Scalar } from './paging';
import { GraphFailure, ok, option, type Ctx, type GraphRequest, type Reply } from './reply';
import type { MailboxState } from './state';
import type { StoredMessage } from './types';

/**
 * GET /users/{id}/mailFolders/{folder}/messages and /users/{id}/messages: what a mailer reads to
 * see whether an ambiguous send went out (`$filter=internetMessageId eq '<…>'`). Pages hold 10
 * messages unless $top says otherwise; internetMessageHeaders are "returned only on applying a
 * $select query option".
 */

const EMPTY_WELL_KNOWN = new Set(['inbox', 'drafts', 'deleteditems', 'archive', 'outbox', 'junkemail']);

function folderMessages(box: MailboxState, folder: string | undefined): StoredMessage[] {
  if (folder === undefined) return box.sentItems;
  const f = folder.toLowerCase();
  if (f === 'sentitems' || folder === sentItemsFolderId(box)) return box.sentItems;
  if (EMPTY_WELL_KNOWN.has(f)) return [];
  throw new GraphFailure(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
}

function shape(message: StoredMessage, select: string[] | undefined): Record<string, unknown> {
  const wantsHeaders = select?.some((s) => s.toLowerCase() === 'internetmessageheaders') ?? false;
  const { internetMessageHeaders, ...rest } = message;
  const json =
    wantsHeaders && internetMessageHeaders !== undefined ? { ...rest, internetMessageHeaders } : rest;
  return pick(json, select);
}

export function listMessages(ctx: Ctx, req: GraphRequest, box: MailboxState, folder?: string): Reply {
  const messages = folderMessages(box, folder);
  const filterText = option(req, 'filter');
  const filter = filterText === undefined ? undefined : parseFilter(filterText);
  const order = parseOrderBy(option(req, 'orderby'));
  const select = parseSelect(option(req, 'select'));
  const size = Math.min(parseTop(option(req, 'top')) ?? 10, 1000);
  const position = new Map(messages.map((m, i) => [m, i]));
  const matched = messages.filter((m) => !filter || evaluate(filter, jsonResolver(m)));
  const key = (m: StoredMessage): Scalar[] => [
    ...order.map((o) => {
      const { value } = jsonResolver(m)(o.path);
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : null;
    }),
    position.get(m)!,
  ];
  // Newest first unless $orderby says otherwise, as Outlook lists a folder.
  const desc = [...order.map((o) => o.desc), order.length === 0];
  const page = pageOf(ctx, req, matched, key, desc, size);
  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.baseUrl}/$metadata#users('${box.id}')/messages`,
    value: page.items.map((m) => shape(m, select)),
  };
  if (page.nextLink) body['@odata.nextLink'] = page.nextLink;
  return ok(body);
}

export function getMessage(req: GraphRequest, box: MailboxState, id: string, folder?: string): Reply {
  const message = folderMessages(box, folder).find((m) => m.id === id);
  if (!message)
    throw new GraphFailure(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  return ok(shape(message, parseSelect(option(req, 'select'))));
}
