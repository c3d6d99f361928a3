import { listItems } from './item-query';
import { createItem, deleteItem, getFields, getItem, patchFields, patchItem } from './items';
import {
  addColumn,
  createList,
  getColumn,
  getList,
  getSite,
  listColumns,
  listLists,
  patchColumn,
} from './lists';
import { getUser, sendMail } from './mail';
import { getMessage, listMessages } from './mail-folders';
import { GraphFailure, graphError, type Ctx, type GraphRequest, type Reply } from './reply';
import type { MailboxState, SiteState } from './state';

/** Finds the handler for a (non-batch) Graph call and turns GraphFailure into Graph's error body. */

type Handlers = Partial<Record<string, () => Reply>>;

function methods(req: GraphRequest, handlers: Handlers): Reply {
  const handler = handlers[req.method];
  if (!handler)
    throw new GraphFailure(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.');
  return handler();
}

function noSegment(segment: string | undefined): GraphFailure {
  return new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${segment ?? ''}'.`);
}

function lists(ctx: Ctx, req: GraphRequest, site: SiteState, rest: string[]): Reply {
  if (rest.length === 0)
    return methods(req, { GET: () => listLists(ctx, req, site), POST: () => createList(ctx, req, site) });
  const list = ctx.state.findList(site, rest[0]!);
  if (!list) throw new GraphFailure(404, 'itemNotFound', 'The specified list was not found.');
  const [collection, key, sub, ...more] = rest.slice(1);
  if (collection === undefined) return methods(req, { GET: () => getList(req, site, list) });
  if (collection.toLowerCase() === 'columns' && sub === undefined) {
    if (key === undefined)
      return methods(req, {
        GET: () => listColumns(ctx, req, site, list),
        POST: () => addColumn(ctx, req, list),
      });
    return methods(req, {
      GET: () => getColumn(req, list, key),
      PATCH: () => patchColumn(ctx, req, list, key),
    });
  }
  if (collection.toLowerCase() === 'items' && more.length === 0) {
    if (key === undefined)
      return methods(req, {
        GET: () => listItems(ctx, req, site, list),
        POST: () => createItem(ctx, req, site, list),
      });
    if (sub === undefined)
      return methods(req, {
        GET: () => getItem(ctx, req, site, list, key),
        PATCH: () => patchItem(ctx, req, site, list, key),
        DELETE: () => deleteItem(req, list, key),
      });
    if (sub.toLowerCase() === 'fields')
      return methods(req, {
        GET: () => getFields(ctx, req, site, list, key),
        PATCH: () => patchFields(ctx, req, site, list, key),
      });
  }
  throw noSegment(more[0] ?? sub ?? key ?? collection);
}

function sites(ctx: Ctx, req: GraphRequest, rest: string[]): Reply {
  const [siteKey, collection, ...more] = rest;
  if (siteKey === undefined) throw noSegment('sites');
  const site = ctx.state.findSite(siteKey);
  if (!site) throw new GraphFailure(404, 'itemNotFound', 'Requested site could not be found');
  if (collection === undefined) return methods(req, { GET: () => getSite(req, site) });
  if (collection.toLowerCase() === 'lists') return lists(ctx, req, site, more);
  throw noSegment(collection);
}

function mailbox(ctx: Ctx, req: GraphRequest, box: MailboxState, rest: string[]): Reply {
  const [first, second, third, fourth, ...more] = rest.map((s, i) =>
    i === 0 || i === 2 ? s.toLowerCase() : s,
  );
  if (first === undefined) return methods(req, { GET: () => getUser(box) });
  if ((first === 'sendmail' || first === 'microsoft.graph.sendmail') && second === undefined)
    return methods(req, { POST: () => sendMail(ctx, req, box) });
  if (first === 'messages' && third === undefined)
    return methods(req, {
      GET: () => (second === undefined ? listMessages(ctx, req, box) : getMessage(req, box, second)),
    });
  if (first === 'mailfolders' && second !== undefined && third === 'messages' && more.length === 0)
    return methods(req, {
      GET: () =>
        fourth === undefined ? listMessages(ctx, req, box, second) : getMessage(req, box, fourth, second),
    });
  throw noSegment(more[0] ?? fourth ?? third ?? second ?? first);
}

function users(ctx: Ctx, req: GraphRequest, rest: string[]): Reply {
  const [userKey, ...more] = rest;
  if (userKey === undefined) throw noSegment('users');
  const box = ctx.state.findMailbox(userKey);
  if (!box) throw new GraphFailure(404, 'ErrorInvalidUser', `The requested user '${userKey}' is invalid.`);
  return mailbox(ctx, req, box, more);
}

export function route(ctx: Ctx, req: GraphRequest): Reply {
  try {
    const [head, ...rest] = req.segments;
    if (head?.toLowerCase() === 'sites') return sites(ctx, req, rest);
    if (head?.toLowerCase() === 'users') return users(ctx, req, rest);
    throw noSegment(head);
  } catch (error) {
    if (error instanceof GraphFailure) return graphError(ctx, error.status, error.code, error.message);
    throw error;
  }
}
