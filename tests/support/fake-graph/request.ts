import { GraphFailure, type GraphRequest } from './reply';

/** Turns a method, a path below the version segment and headers into a GraphRequest. */

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new GraphFailure(400, 'BadRequest', `The URL is not correctly percent-encoded: '${text}'.`);
  }
}

/** Lower-case names; arrays joined as Node joins repeated headers. */
export function lowerHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string') out[name.toLowerCase()] = value;
    else if (Array.isArray(value)) out[name.toLowerCase()] = value.join(', ');
    else if (typeof value === 'number' || typeof value === 'boolean') out[name.toLowerCase()] = String(value);
  }
  return out;
}

/** `target` is '/sites/x/lists?$filter=…' (already stripped of the version segment). */
export function buildRequest(
  method: string,
  target: string,
  headers: Record<string, string>,
  body: unknown,
): GraphRequest {
  const q = target.indexOf('?');
  const pathPart = q < 0 ? target : target.slice(0, q);
  const rawQuery = q < 0 ? '' : target.slice(q + 1);
  const segments = pathPart
    .split('/')
    .filter((s) => s !== '')
    .map(safeDecode);
  return {
    method: method.toUpperCase(),
    path: `/${segments.join('/')}`,
    segments,
    rawQuery,
    params: new URLSearchParams(rawQuery),
    headers,
    body,
  };
}

/** The query as a person reads it: "$filter=fields/X eq 'v'". */
export function readableQuery(rawQuery: string): string {
  try {
    return decodeURIComponent(rawQuery.replace(/\+/g, ' '));
  } catch {
    return rawQuery;
  }
}

/** JSON bodies are parsed; anything else is kept as text (sendMail in MIME is base64 text). */
export function parseBody(raw: Buffer, contentType: string | undefined): { body: unknown; error?: string } {
  if (raw.length === 0) return { body: undefined };
  const text = raw.toString('utf8');
  if (contentType !== undefined && !/json/i.test(contentType)) return { body: text };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return {
      body: undefined,
      error:
        'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    };
  }
}
