import { itemJson } from './item-values';
import { evaluate, filterPaths, parseFilter, type Kind, type Resolver } from './odata-filter';
import { parseExpand, parseOrderBy, parseSelect, parseTop } from './odata-query';
import { pageOf, type Scalar } from './paging';
import { GraphFailure, ok, option, prefers, type Ctx, type GraphRequest, type Reply } from './reply';
import type { ColumnState, ItemState, ListState, SiteState } from './state';

/**
 * GET …/items: $expand=fields, $select, $filter, $orderby and $top, with @odata.nextLink paging.
 * Filtering or ordering on a column that is not indexed fails unless the request carries
 * `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` (on every page: the filter travels in the
 * nextLink, the header does not).
 */

export const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

const notIndexed = (name: string): string =>
  `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`;

const TOP_LEVEL: Record<string, { kind: Kind; of: (i: ItemState) => unknown }> = {
  id: { kind: 'number', of: (i) => i.id },
  createdDateTime: { kind: 'dateTime', of: (i) => i.created },
  lastModifiedDateTime: { kind: 'dateTime', of: (i) => i.modified },
};

function kindOf(column: ColumnState): Kind {
  if (column.type === 'text' || column.type === 'choice') return 'text';
  if (column.type === 'number' || column.type === 'currency') return 'number';
  if (column.type === 'boolean' || column.type === 'dateTime') return column.type;
  return 'any';
}

function unknownProperty(path: string[]): GraphFailure {
  return new GraphFailure(
    400,
    'invalidRequest',
    `Could not find a property named '${path.join('/')}' on type 'microsoft.graph.listItem'.`,
  );
}

function resolverFor(list: ListState, item: ItemState): Resolver {
  return (path) => {
    if (path[0] === 'fields' && path.length === 2) {
      const column = list.columns.find((c) => c.name === path[1]);
      if (!column) throw new GraphFailure(400, 'invalidRequest', `Field '${path[1]}' is not recognized`);
      if (column.name === 'ID') return { kind: 'number', value: item.id };
      if (column.name === 'Created' || column.name === 'Modified')
        return { kind: 'dateTime', value: column.name === 'Created' ? item.created : item.modified };
      return { kind: kindOf(column), value: item.fields[column.name] };
    }
    const top = path.length === 1 ? TOP_LEVEL[path[0]!] : undefined;
    if (!top) throw unknownProperty(path);
    return { kind: top.kind, value: top.of(item) };
  };
}

function checkQueryable(list: ListState, paths: string[][], honorNonIndexed: boolean): void {
  for (const path of paths) {
    if (path[0] !== 'fields') {
      if (path.length !== 1 || !TOP_LEVEL[path[0]!]) throw unknownProperty(path);
      continue;
    }
    const name = path[1] ?? '';
    const column = list.columns.find((c) => c.name === name);
    if (path.length !== 2 || !column)
      throw new GraphFailure(400, 'invalidRequest', `Field '${name}' is not recognized`);
    // The item id is SharePoint's key, always usable in a query.
    if (!column.indexed && column.name !== 'ID' && !honorNonIndexed)
      throw new GraphFailure(400, 'invalidRequest', notIndexed(column.name));
  }
}

function sortValue(resolved: { kind: Kind; value: unknown }): Scalar {
  const v = resolved.value;
  if (v === undefined || v === null) return null;
  if (resolved.kind === 'text') return String(v).toLowerCase();
  if (resolved.kind === 'number') return Number(v);
  if (resolved.kind === 'dateTime') return Date.parse(String(v));
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

export function itemView(req: GraphRequest) {
  const expansions = parseExpand(option(req, 'expand'));
  const other = expansions.find((e) => e.name !== 'fields');
  if (other)
    throw new GraphFailure(
      400,
      'invalidRequest',
      `The fake Graph can expand only 'fields' on a listItem, not '${other.name}'.`,
    );
  const fields = expansions.find((e) => e.name === 'fields');
  return {
    fields: fields !== undefined,
    fieldSelect: fields?.select,
    select: parseSelect(option(req, 'select')),
  };
}

export function listItems(ctx: Ctx, req: GraphRequest, site: SiteState, list: ListState): Reply {
  const filterText = option(req, 'filter');
  const filter = filterText === undefined ? undefined : parseFilter(filterText);
  const order = parseOrderBy(option(req, 'orderby'));
  checkQueryable(
    list,
    [...(filter ? filterPaths(filter) : []), ...order.map((o) => o.path)],
    prefers(req, HONOR_NON_INDEXED),
  );
  const top = parseTop(option(req, 'top'));
  const view = itemView(req);
  const matched = list.items.filter((i) => !filter || evaluate(filter, resolverFor(list, i)));
  const tuple = (i: ItemState): Scalar[] => [
    ...order.map((o) => sortValue(resolverFor(list, i)(o.path))),
    i.id,
  ];
  const desc = [...order.map((o) => o.desc), false];
  const page = pageOf(
    ctx,
    req,
    matched,
    tuple,
    desc,
    Math.min(top ?? ctx.pageSize, ctx.pageSize),
    ctx.emptyPageEvery,
  );
  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items`,
    value: page.items.map((i) => itemJson(ctx, site, list, i, view)),
  };
  if (page.nextLink) body['@odata.nextLink'] = page.nextLink;
  return ok(body);
}
