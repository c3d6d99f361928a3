import type { Client } from '@microsoft/microsoft-graph-client';
import { relativeToBase } from './relative-url';

export interface PageOptions {
  /** Extra request headers, e.g. `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` or `ConsistencyLevel`. */
  headers?: Record<string, string>;
}

interface ODataPage<T> {
  value?: T[];
  '@odata.nextLink'?: unknown;
}

/**
 * Every page of a Graph collection, following `@odata.nextLink` until Graph stops giving one. Graph may
 * answer a page with no items and a nextLink (SharePoint does when it filters server-side), so an empty
 * page is not the end. Failure handled: silently reading only the first page. Threat handled: a nextLink
 * on another host or version path is refused rather than followed with our token.
 */
export async function* pages<T>(
  client: Client,
  baseUrl: string,
  path: string,
  options: PageOptions = {},
): AsyncGenerator<T[], void, undefined> {
  const seen = new Set<string>();
  let next: string | undefined = relativeToBase(path, baseUrl);
  while (next !== undefined) {
    const request = client.api(next);
    if (options.headers) request.headers(options.headers);
    const page = (await request.get()) as ODataPage<T> | undefined;
    yield page?.value ?? [];
    const link = page?.['@odata.nextLink'];
    if (typeof link !== 'string' || link === '') return;
    next = relativeToBase(link, baseUrl);
    // A server that hands back a link it already gave would keep this loop going forever.
    if (seen.has(next)) throw new Error('Graph returned the same @odata.nextLink twice; stopping the read');
    seen.add(next);
  }
}

export async function getAllPages<T>(
  client: Client,
  baseUrl: string,
  path: string,
  options: PageOptions = {},
): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages<T>(client, baseUrl, path, options)) all.push(...page);
  return all;
}
