import type { FakeState } from './state';

/** One Graph call as the handlers see it, whether it came over HTTP or inside a $batch. */
export interface GraphRequest {
  method: string;
  /** Below the version segment, percent-decoded, without query: '/sites/x/lists'. */
  path: string;
  segments: string[];
  /** The query string as sent, without '?'. */
  rawQuery: string;
  params: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: unknown;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Absent: no body and no content-type (Graph's 202 and 204). */
  body?: unknown;
}

export interface Ctx {
  state: FakeState;
  /** https://127.0.0.1:<port>/v1.0 */
  baseUrl: string;
  now(): Date;
  requestId: string;
  clientRequestId: string;
  pageSize: number;
  emptyPageEvery: number | undefined;
}

/** Graph's error body: {error:{code, message, innerError:{date, request-id, client-request-id}}}. */
export function graphError(
  ctx: Ctx,
  status: number,
  code: string,
  message: string,
  extra: { innerCode?: string; headers?: Record<string, string> } = {},
): Reply {
  const innerError: Record<string, string> = {
    date: ctx.now().toISOString().slice(0, 19),
    'request-id': ctx.requestId,
    'client-request-id': ctx.clientRequestId,
  };
  if (extra.innerCode) innerError.code = extra.innerCode;
  return { status, headers: extra.headers, body: { error: { code, message, innerError } } };
}

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

export const noContent: Reply = { status: 204 };

/** Thrown by deep helpers (filter parser, field checks) and turned into an error reply by the router. */
export class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A query option by OData name, with or without '$' (Graph accepts both, e.g. `expand=fields`). */
export function option(req: GraphRequest, name: string): string | undefined {
  for (const [key, value] of req.params) {
    const bare = key.startsWith('$') ? key.slice(1) : key;
    if (bare.toLowerCase() === name) return value;
  }
  return undefined;
}

/** The Prefer header holds comma-separated preferences. */
export function prefers(req: GraphRequest, preference: string): boolean {
  const header = req.headers.prefer ?? '';
  return header
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .includes(preference.toLowerCase());
}
