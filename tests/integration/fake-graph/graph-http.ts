import { DEV_GRAPH_TOKEN } from '../../../src/adapters/graph/dev-token';
import { TLS_CA_PATH, type FakeGraph } from '../../support/fake-graph';

/** Plain https calls to the fake Graph with Node's fetch: what any Graph client puts on the wire. */

/** Bodies are read loosely: each assertion states the shape it expects. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; undefined when there is none. */
  json: Json;
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** null: no Authorization header at all. */
  token?: string | null;
}

if (!process.env.NODE_EXTRA_CA_CERTS) {
  throw new Error(
    `The fake Graph speaks https with a test CA: run jest with NODE_EXTRA_CA_CERTS=${TLS_CA_PATH} (npm test does).`,
  );
}

/** `path` is below the version segment ('/sites/…') or an absolute URL such as an @odata.nextLink. */
export async function call(
  graph: FakeGraph,
  method: string,
  path: string,
  opts: CallOptions = {},
): Promise<Answer> {
  const url = /^https:/.test(path) ? path : `${graph.baseUrl}${path}`;
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  const token = opts.token === undefined ? DEV_GRAPH_TOKEN : opts.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (opts.body !== undefined) headers['Content-Type'] ??= 'application/json';
  const res = await fetch(url, {
    method,
    headers,
    body:
      opts.body === undefined
        ? undefined
        : typeof opts.body === 'string'
          ? opts.body
          : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text === '' ? undefined : JSON.parse(text) };
}

export const SITE_ID =
  'contoso.sharepoint.example,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';

/** A path below the default site, with its composite id as clients send it (commas as-is). */
export function sitePath(rest = ''): string {
  return `/sites/${SITE_ID}${rest}`;
}

/** Creates a list with the given columns and answers its id. */
export async function makeList(graph: FakeGraph, displayName: string, columns: unknown[]): Promise<string> {
  const res = await call(graph, 'POST', sitePath('/lists'), {
    body: { displayName, columns, list: { template: 'genericList' } },
  });
  if (res.status !== 201) throw new Error(`list create failed: ${res.status} ${res.text}`);
  return res.json.id as string;
}

export async function addItem(
  graph: FakeGraph,
  listId: string,
  fields: Record<string, unknown>,
): Promise<Answer> {
  return call(graph, 'POST', sitePath(`/lists/${listId}/items`), { body: { fields } });
}

/** Follows @odata.nextLink to the end, as every Graph reader must; answers every page. */
export async function allPages(
  graph: FakeGraph,
  first: string,
  headers: Record<string, string> = {},
): Promise<{ pages: Answer[]; values: Json[] }> {
  const pages: Answer[] = [];
  let next: string | undefined = first;
  while (next) {
    const page = await call(graph, 'GET', next, { headers });
    if (page.status !== 200) throw new Error(`page ${pages.length + 1} failed: ${page.status} ${page.text}`);
    pages.push(page);
    next = page.json['@odata.nextLink'];
    if (pages.length > 1000) throw new Error('paging does not end');
  }
  return { pages, values: pages.flatMap((p) => p.json.value) };
}

/** Graph's documented error shape. */
export function expectGraphError(res: Answer, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.json).toEqual({
    error: {
      code,
      message: expect.any(String),
      innerError: expect.objectContaining({
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
        'request-id': expect.any(String),
        'client-request-id': expect.any(String),
      }),
    },
  });
}
