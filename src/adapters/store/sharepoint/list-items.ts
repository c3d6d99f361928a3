import { AmbiguousResultError, GraphRequestError, type GraphClient } from '../../graph';
import type { ListKey } from './schema';
import type { SiteLists } from './site-lists';
import { odataString, type Fields } from './values';

export interface ListItem {
  id: string;
  /** For `If-Match`: a write based on this read fails with 412 if anyone wrote the item since. */
  etag: string;
  fields: Fields;
}

interface RawItem {
  id?: unknown;
  eTag?: unknown;
  '@odata.etag'?: unknown;
  fields?: Fields;
}

/** Largest page asked for; Graph may give fewer (and the fake gives its own page size). */
const TOP = 999;
/** A create whose outcome was unknown and that turned out not to have happened is tried this often. */
const CREATE_ATTEMPTS = 3;

export function isStatus(err: unknown, status: number): boolean {
  return err instanceof GraphRequestError && err.status === status;
}

export function toListItem(raw: unknown): ListItem {
  const item = (raw ?? {}) as RawItem;
  const fields = item.fields ?? {};
  const etag = item.eTag ?? item['@odata.etag'] ?? fields['@odata.etag'];
  if (typeof item.id !== 'string' && typeof item.id !== 'number')
    throw new Error('Graph returned a list item without id');
  return { id: String(item.id), etag: typeof etag === 'string' ? etag : '', fields };
}

export function expandFields(select: readonly string[]): string {
  return `$expand=fields($select=${select.join(',')})`;
}

/** `fields/<column> eq '<value>'`, URL-encoded: the Graph SDK sends the query string as given. */
export function eqFilter(column: string, value: string): string {
  return `$filter=${encodeURIComponent(`fields/${column} eq ${odataString(value)}`)}`;
}

/** One SharePoint list's items: the few operations the store needs, each one Graph request (or one per page). */
export class ListClient {
  constructor(
    private readonly graph: GraphClient,
    private readonly lists: SiteLists,
    readonly key: ListKey,
  ) {}

  itemsPath(): Promise<string> {
    return this.lists.itemsPath(this.key);
  }

  /** Items whose (indexed) column equals the value, every page. */
  async query(column: string, value: string, select: readonly string[]): Promise<ListItem[]> {
    const path = `${await this.itemsPath()}?${expandFields(select)}&${eqFilter(column, value)}&$top=${TOP}`;
    return (await this.graph.getAllPages<unknown>(path)).map(toListItem);
  }

  async all(select: readonly string[]): Promise<ListItem[]> {
    const path = `${await this.itemsPath()}?${expandFields(select)}&$top=${TOP}`;
    return (await this.graph.getAllPages<unknown>(path)).map(toListItem);
  }

  /** The one item with this key (a unique column), if any. */
  async findByKey(column: string, value: string, select: readonly string[]): Promise<ListItem | undefined> {
    return (await this.query(column, value, select))[0];
  }

  async get(id: string, select: readonly string[]): Promise<ListItem | undefined> {
    try {
      const path = `${await this.itemsPath()}/${encodeURIComponent(id)}?${expandFields(select)}`;
      return toListItem(await this.graph.client.api(path).get());
    } catch (err) {
      if (isStatus(err, 404)) return undefined;
      throw err;
    }
  }

  async create(fields: Fields): Promise<ListItem> {
    return toListItem(await this.graph.client.api(await this.itemsPath()).post({ fields }));
  }

  /**
   * Creates the item whose unique column `keyColumn` holds `key`, unless it exists. A POST is never
   * repeated blindly: after an unknown outcome the key is looked up first, and a second create of the
   * same key fails with 409 anyway. `created` says whether this call made it: after an unknown outcome
   * `mine` decides (a client-generated id the caller wrote into the item); without it the key is taken
   * as the caller's own (a random key nobody else could have used).
   */
  async createOnce(opts: {
    keyColumn: string;
    key: string;
    fields: Fields;
    select: readonly string[];
    mine?: (item: ListItem) => boolean;
  }): Promise<{ item: ListItem; created: boolean }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return { item: await this.create(opts.fields), created: true };
      } catch (err) {
        const taken = isStatus(err, 409);
        if (!taken && (!(err instanceof AmbiguousResultError) || attempt >= CREATE_ATTEMPTS)) throw err;
        const found = await this.findByKey(opts.keyColumn, opts.key, opts.select);
        if (found) return { item: found, created: !taken && (opts.mine?.(found) ?? true) };
        if (taken) throw err;
      }
    }
  }

  /**
   * Writes fields; with an etag only if nobody wrote the item since it was read (412 otherwise, thrown).
   * Graph answers with the new field values, so the caller gets the item as it now is.
   */
  async update(id: string, fields: Fields, etag?: string): Promise<ListItem> {
    const request = this.graph.client.api(`${await this.itemsPath()}/${encodeURIComponent(id)}/fields`);
    if (etag) request.header('If-Match', etag);
    const written = ((await request.patch(fields)) ?? {}) as Fields;
    const newEtag = written['@odata.etag'];
    if (typeof newEtag === 'string') return { id, etag: newEtag, fields: written };
    const reread = await this.get(id, Object.keys(fields));
    if (!reread) throw new Error('SharePoint item vanished while it was written');
    return reread;
  }
}
