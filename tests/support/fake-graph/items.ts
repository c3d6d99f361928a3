import { itemView } from './item-query';
import { etagOf, fieldsJson, itemJson, matchesIfMatch, writeFields } from './item-values';
import { parseSelect } from './odata-query';
import {
  GraphFailure,
  isRecord,
  noContent,
  ok,
  option,
  type Ctx,
  type GraphRequest,
  type Reply,
} from './reply';
import { isoSeconds, newGuid, type ItemState, type ListState, type SiteState } from './state';

/**
 * listItem create, get, update (PATCH …/items/{id}/fields and PATCH …/items/{id}) and delete.
 * "If-Match: etag. If … the eTag provided does not match the current eTag on the item, a 412
 * Precondition Failed response is returned and the item will not be updated." Every write makes a
 * new version, so a new eTag.
 */

function itemOr404(list: ListState, key: string): ItemState {
  const item = /^\d+$/.test(key) ? list.items.find((i) => i.id === Number(key)) : undefined;
  if (!item) throw new GraphFailure(404, 'itemNotFound', 'Item not found');
  return item;
}

function precondition(req: GraphRequest, item: ItemState): void {
  const header = req.headers['if-match'];
  if (matchesIfMatch(header, item)) return;
  throw new GraphFailure(
    412,
    'resourceModified',
    `The request ETag value '${header}' does not match the object's ETag value '${etagOf(item)}'.`,
  );
}

export function createItem(ctx: Ctx, req: GraphRequest, site: SiteState, list: ListState): Reply {
  if (!isRecord(req.body)) throw new GraphFailure(400, 'invalidRequest', 'A listItem object is required.');
  const fields = writeFields(list, undefined, {}, req.body.fields ?? {});
  const now = isoSeconds(ctx.now());
  const item: ItemState = {
    id: list.nextItemId++,
    guid: newGuid(),
    version: 1,
    fields,
    created: now,
    modified: now,
  };
  list.items.push(item);
  return ok(itemJson(ctx, site, list, item, { fields: true }), 201);
}

export function getItem(ctx: Ctx, req: GraphRequest, site: SiteState, list: ListState, key: string): Reply {
  return ok(itemJson(ctx, site, list, itemOr404(list, key), itemView(req)));
}

function fieldValueSet(ctx: Ctx, site: SiteState, list: ListState, item: ItemState, select?: string[]) {
  return {
    '@odata.context': `${ctx.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items('${item.id}')/fields/$entity`,
    ...fieldsJson(list, item, select),
  };
}

export function getFields(ctx: Ctx, req: GraphRequest, site: SiteState, list: ListState, key: string): Reply {
  return ok(fieldValueSet(ctx, site, list, itemOr404(list, key), parseSelect(option(req, 'select'))));
}

function update(ctx: Ctx, req: GraphRequest, list: ListState, key: string, patch: unknown): ItemState {
  const item = itemOr404(list, key);
  precondition(req, item);
  item.fields = writeFields(list, item.id, item.fields, patch);
  item.version += 1;
  item.modified = isoSeconds(ctx.now());
  return item;
}

/** PATCH …/items/{id}/fields answers the fieldValueSet. */
export function patchFields(
  ctx: Ctx,
  req: GraphRequest,
  site: SiteState,
  list: ListState,
  key: string,
): Reply {
  return ok(fieldValueSet(ctx, site, list, update(ctx, req, list, key, req.body)));
}

/** PATCH …/items/{id} with {fields:{…}} answers the listItem. */
export function patchItem(ctx: Ctx, req: GraphRequest, site: SiteState, list: ListState, key: string): Reply {
  if (!isRecord(req.body)) throw new GraphFailure(400, 'invalidRequest', 'A listItem object is required.');
  const item = update(ctx, req, list, key, req.body.fields ?? {});
  return ok(itemJson(ctx, site, list, item, { fields: true }));
}

export function deleteItem(req: GraphRequest, list: ListState, key: string): Reply {
  const item = itemOr404(list, key);
  precondition(req, item);
  list.items.splice(list.items.indexOf(item), 1);
  return noContent;
}
