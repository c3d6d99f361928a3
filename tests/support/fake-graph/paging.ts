import { GraphFailure, type Ctx, type GraphRequest } from './reply';

/**
 * Server-side paging as Graph documents it: a page carries `@odata.nextLink`, an absolute URL with
 * all the original query options and a `$skiptoken`, until the last page; "a page of results may
 * contain zero or more results". The token is a keyset cursor (like SharePoint's `p_ID`), so items
 * added or removed between pages neither repeat nor vanish.
 */

export type Scalar = string | number | boolean | null;

interface Cursor {
  /** The sort tuple of the last item handed out. */
  after: Scalar[];
  /** 1-based number of the page this token fetches. */
  page: number;
}

export interface Page<T> {
  items: T[];
  nextLink?: string;
}

/** Nulls sort first ascending, as SharePoint sorts empty values. */
export function compareTuples(a: Scalar[], b: Scalar[], desc: boolean[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    const order = x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
    return desc[i] ? -order : order;
  }
  return 0;
}

function decode(token: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor;
    if (Array.isArray(cursor.after) && Number.isInteger(cursor.page)) return cursor;
  } catch {
    // fall through to the error Graph gives for a token it did not issue
  }
  throw new GraphFailure(400, 'invalidRequest', 'The $skiptoken is not valid.');
}

function encode(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function nextLinkFor(ctx: Ctx, req: GraphRequest, cursor: Cursor): string {
  const options: string[] = [];
  for (const [key, value] of req.params) {
    if (key.replace(/^\$/, '').toLowerCase() !== 'skiptoken')
      options.push(`${key}=${encodeURIComponent(value)}`);
  }
  options.push(`$skiptoken=${encode(cursor)}`);
  return `${ctx.baseUrl}/${req.segments.map(encodeURIComponent).join('/')}?${options.join('&')}`;
}

/**
 * One page of `all`, ordered by `tupleOf` (which must end in a unique key). `emptyEvery` makes
 * every Nth page empty while more items remain, as Graph may.
 */
export function pageOf<T>(
  ctx: Ctx,
  req: GraphRequest,
  all: T[],
  tupleOf: (t: T) => Scalar[],
  desc: boolean[],
  size: number,
  emptyEvery?: number,
): Page<T> {
  const token = [...req.params].find(([k]) => k.replace(/^\$/, '').toLowerCase() === 'skiptoken')?.[1];
  const cursor = token === undefined ? undefined : decode(token);
  const pageNo = cursor?.page ?? 1;
  // Each sort tuple is read once: status queries over thousands of items page through this often.
  const sorted = all
    .map((item) => ({ item, key: tupleOf(item) }))
    .sort((a, b) => compareTuples(a.key, b.key, desc));
  let start = 0;
  if (cursor) {
    start = sorted.findIndex((s) => compareTuples(s.key, cursor.after, desc) > 0);
    if (start < 0) start = sorted.length;
  }
  const remaining = sorted.slice(start);
  if (cursor && emptyEvery && pageNo % emptyEvery === 0 && remaining.length > 0) {
    return { items: [], nextLink: nextLinkFor(ctx, req, { after: cursor.after, page: pageNo + 1 }) };
  }
  const taken = remaining.slice(0, size);
  const items = taken.map((s) => s.item);
  if (remaining.length <= size) return { items };
  const last = taken[taken.length - 1]!;
  return { items, nextLink: nextLinkFor(ctx, req, { after: last.key, page: pageNo + 1 }) };
}
