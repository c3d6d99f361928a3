import { GraphFailure, isRecord, type Ctx } from './reply';
import { isoSeconds, type ColumnState, type ItemState, type ListState, type SiteState } from './state';
import { pick } from './odata-query';

const ODATA_CONTEXT = '@odata.context';

/**
 * Field values the way SharePoint keeps them: checked against the column's type, date-times in UTC
 * to the second, empty text stored as nothing (and so left out of `fields`), unique columns
 * compared ignoring case.
 */

/** SharePoint's eTag: the item's UniqueId and its version, in quotes. */
export function etagOf(item: ItemState): string {
  return `"${item.guid},${item.version}"`;
}

/** If-Match: '*' matches any version; otherwise the quoted eTag (W/ and quotes are not significant). */
export function matchesIfMatch(header: string | undefined, item: ItemState): boolean {
  if (header === undefined || header.trim() === '*') return true;
  const bare = (s: string): string => s.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  return bare(header) === bare(etagOf(item));
}

function invalid(message: string): GraphFailure {
  return new GraphFailure(400, 'invalidRequest', message);
}

function normalize(column: ColumnState, value: unknown): unknown {
  if (value === null) return undefined;
  const name = column.name;
  switch (column.type) {
    case 'text':
    case 'choice': {
      if (typeof value !== 'string') throw invalid(`The value of field '${name}' must be a string.`);
      const max = Number(column.facet.maxLength ?? 255);
      if (column.type === 'text' && column.facet.allowMultipleLines !== true && value.length > max)
        throw invalid(`The value of field '${name}' is longer than its maximum length of ${max} characters.`);
      return value === '' ? undefined : value;
    }
    case 'number':
    case 'currency': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n))
        throw invalid(`The value of field '${name}' must be a number.`);
      return n;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid(`The value of field '${name}' must be a boolean.`);
      return value;
    case 'dateTime': {
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      if (Number.isNaN(ms)) throw invalid(`The value of field '${name}' must be an ISO 8601 date-time.`);
      return isoSeconds(new Date(ms));
    }
    default:
      return value;
  }
}

function uniqueKey(value: unknown): string {
  return typeof value === 'string' ? value.toLowerCase() : JSON.stringify(value);
}

/** The item's fields after writing `patch` onto `current`; throws as Graph answers a bad write. */
export function writeFields(
  list: ListState,
  itemId: number | undefined,
  current: Record<string, unknown>,
  patch: unknown,
) {
  if (!isRecord(patch)) throw invalid('A fieldValueSet object is required.');
  const fields = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('@')) continue;
    const column = list.columns.find((c) => c.name === key);
    if (!column) throw invalid(`Field '${key}' is not recognized`);
    if (column.readOnly) throw invalid(`Field '${key}' is read-only`);
    const stored = normalize(column, value);
    if (stored === undefined) delete fields[key];
    else fields[key] = stored;
  }
  for (const column of list.columns.filter((c) => c.enforceUniqueValues)) {
    const value = fields[column.name];
    if (value === undefined) continue;
    const clash = list.items.some(
      (i) =>
        i.id !== itemId &&
        i.fields[column.name] !== undefined &&
        uniqueKey(i.fields[column.name]) === uniqueKey(value),
    );
    if (clash)
      throw new GraphFailure(
        409,
        'nameAlreadyExists',
        'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
      );
  }
  return fields;
}

/** The fieldValueSet Graph shows: the written values plus the system fields of a genericList. */
export function fieldsJson(list: ListState, item: ItemState, select?: string[]): Record<string, unknown> {
  const hidden = new Set(list.columns.filter((c) => c.hidden).map((c) => c.name));
  const custom = Object.entries(item.fields).filter(([k]) => !hidden.has(k) || select?.includes(k));
  const all: Record<string, unknown> = {
    '@odata.etag': etagOf(item),
    id: String(item.id),
    ...Object.fromEntries(custom),
    ContentType: 'Item',
    Modified: item.modified,
    Created: item.created,
    AuthorLookupId: '1073741822',
    EditorLookupId: '1073741822',
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
  };
  return pick(all, select);
}

export interface ItemView {
  fields?: boolean;
  fieldSelect?: string[];
  select?: string[];
}

const APP = { application: { displayName: 'contact-intake' }, user: { displayName: 'SharePoint App' } };

export function itemJson(
  ctx: Ctx,
  site: SiteState,
  list: ListState,
  item: ItemState,
  view: ItemView,
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    '@odata.etag': etagOf(item),
    createdDateTime: item.created,
    eTag: etagOf(item),
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${site.webUrl}/Lists/${encodeURIComponent(list.name)}/DispForm.aspx?ID=${item.id}`,
    createdBy: APP,
    lastModifiedBy: APP,
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  const selected = pick(json, view.select);
  if (view.fields) {
    // Graph annotates the expanded property: `<property>@odata.context`.
    selected[`fields${ODATA_CONTEXT}`] =
      `${ctx.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items('${item.id}')/fields/$entity`;
    selected.fields = fieldsJson(list, item, view.fieldSelect);
  }
  return selected;
}
