import { columnJson, createColumn, findColumn, genericListColumns, updateColumn } from './columns';
import { evaluate, parseFilter, type Resolver } from './odata-filter';
import { parseExpand, parseSelect, pick } from './odata-query';
import { GraphFailure, isRecord, ok, option, type Ctx, type GraphRequest, type Reply } from './reply';
import { isoSeconds, listNameFor, newGuid, type ListState, type SiteState } from './state';

/** Sites, lists and list columns (site-get, list-list, list-create, list-get, columnDefinition). */

export function siteJson(site: SiteState): Record<string, unknown> {
  const host = new URL(site.webUrl).hostname;
  return {
    id: site.id,
    name: site.name,
    displayName: site.displayName,
    webUrl: site.webUrl,
    createdDateTime: site.created,
    lastModifiedDateTime: site.created,
    siteCollection: { hostname: host },
  };
}

export function getSite(req: GraphRequest, site: SiteState): Reply {
  return ok(pick(siteJson(site), parseSelect(option(req, 'select'))));
}

function listJson(site: SiteState, list: ListState, withColumns: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    description: list.description,
    webUrl: `${site.webUrl}/Lists/${encodeURIComponent(list.name)}`,
    createdDateTime: list.created,
    lastModifiedDateTime: list.modified,
    eTag: `"${list.id},${list.columns.length}"`,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
  if (withColumns) json.columns = visibleColumns(list, undefined).map(columnJson);
  return json;
}

function shape(req: GraphRequest, site: SiteState, list: ListState): Record<string, unknown> {
  const withColumns = parseExpand(option(req, 'expand')).some((e) => e.name === 'columns');
  const select = parseSelect(option(req, 'select'));
  return pick(listJson(site, list, withColumns), select && withColumns ? [...select, 'columns'] : select);
}

/** Follows a property path through a JSON resource; strings compare ignoring case, as titles do. */
export function jsonResolver(resource: Record<string, unknown>): Resolver {
  return (path) => {
    let value: unknown = resource;
    for (const step of path) value = isRecord(value) ? value[step] : undefined;
    return { kind: typeof value === 'string' ? 'text' : 'any', value };
  };
}

export function listLists(ctx: Ctx, req: GraphRequest, site: SiteState): Reply {
  const filterText = option(req, 'filter');
  const filter = filterText === undefined ? undefined : parseFilter(filterText);
  const value = site.lists
    .filter((l) => !filter || evaluate(filter, jsonResolver(listJson(site, l, false))))
    .map((l) => shape(req, site, l));
  return ok({ '@odata.context': `${ctx.baseUrl}/$metadata#sites('${site.id}')/lists`, value });
}

export function getList(req: GraphRequest, site: SiteState, list: ListState): Reply {
  return ok(shape(req, site, list));
}

export function createList(ctx: Ctx, req: GraphRequest, site: SiteState): Reply {
  const body = req.body;
  if (!isRecord(body) || typeof body.displayName !== 'string' || body.displayName.trim() === '')
    throw new GraphFailure(400, 'invalidRequest', 'A list needs a displayName.');
  const displayName = body.displayName;
  if (site.lists.some((l) => l.displayName.toLowerCase() === displayName.toLowerCase()))
    throw new GraphFailure(
      409,
      'nameAlreadyExists',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site. Please choose another title.',
    );
  const facet = isRecord(body.list) ? body.list : {};
  const template = typeof facet.template === 'string' ? facet.template : 'genericList';
  if (template !== 'genericList')
    throw new GraphFailure(400, 'notSupported', `The fake Graph models only genericList, not '${template}'.`);
  const now = isoSeconds(ctx.now());
  const list: ListState = {
    id: newGuid(),
    name: listNameFor(site, displayName),
    displayName,
    description: typeof body.description === 'string' ? body.description : '',
    template,
    created: now,
    modified: now,
    columns: genericListColumns(),
    items: [],
    nextItemId: 1,
  };
  if (body.columns !== undefined && !Array.isArray(body.columns))
    throw new GraphFailure(400, 'invalidRequest', "'columns' must be an array of columnDefinition.");
  // All or nothing: a bad column leaves no half-made list behind.
  for (const column of (body.columns as unknown[] | undefined) ?? [])
    list.columns.push(createColumn(list, column));
  site.lists.push(list);
  return ok(listJson(site, list, false), 201);
}

/** "By default, columnDefinitions … for hidden columns aren't shown": include `hidden` in $select to see them. */
function visibleColumns(list: ListState, select: string[] | undefined) {
  const showHidden = select?.some((s) => s.toLowerCase() === 'hidden') ?? false;
  return list.columns.filter((c) => showHidden || !c.hidden);
}

export function listColumns(ctx: Ctx, req: GraphRequest, site: SiteState, list: ListState): Reply {
  const select = parseSelect(option(req, 'select'));
  const value = visibleColumns(list, select).map((c) => pick(columnJson(c), select));
  return ok({
    '@odata.context': `${ctx.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/columns`,
    value,
  });
}

export function addColumn(ctx: Ctx, req: GraphRequest, list: ListState): Reply {
  const column = createColumn(list, req.body);
  list.columns.push(column);
  list.modified = isoSeconds(ctx.now());
  return ok(columnJson(column), 201);
}

function columnOr404(list: ListState, key: string) {
  const column = findColumn(list, key);
  if (!column) throw new GraphFailure(404, 'itemNotFound', `Column '${key}' does not exist.`);
  return column;
}

export function getColumn(req: GraphRequest, list: ListState, key: string): Reply {
  return ok(pick(columnJson(columnOr404(list, key)), parseSelect(option(req, 'select'))));
}

export function patchColumn(ctx: Ctx, req: GraphRequest, list: ListState, key: string): Reply {
  const column = columnOr404(list, key);
  updateColumn(list, column, req.body);
  list.modified = isoSeconds(ctx.now());
  return ok(columnJson(column));
}
