import type { Client } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../../app/ports/logger';
import { SafeToRepeat, type RetryPolicy } from './behaviours/retry';
import { relativeToBase } from './relative-url';
import { parseRetryAfter } from './retry-after';
import { backoffDelay, decide, isIdempotent } from './retry-decision';

/** Graph's limit of requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;

export interface BatchItem {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A path under the base URL (`/sites/{id}/lists/{id}/items`), as for `client.api()`. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchResult {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface BatchOptions {
  /** Every request in this batch may be repeated after an unknown outcome (e.g. creates guarded by a key). */
  safeToRepeat?: boolean;
}

export interface BatchDeps {
  client: Client;
  baseUrl: string;
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  logger?: Logger;
}

interface BatchAnswer {
  responses?: { id?: unknown; status?: unknown; headers?: Record<string, string>; body?: unknown }[];
}

/**
 * Sends any number of requests as `$batch` calls of at most 20, and returns one result per request in
 * the order given. Graph answers a batch 200 even when requests inside failed, and a throttled request
 * inside a batch is not retried by the SDK: here those (429/503, and 502/504 for reads) are sent again
 * in a smaller batch after their Retry-After, within the same bounds as single requests. Whatever is still
 * failing after that is returned with its status, like any other failed item: check every `status`.
 *
 * Failure handled: a chunk of SharePoint writes half-throttled and the throttled half silently lost.
 * The batch call itself is repeated after an unknown outcome only when it only reads (or the caller says
 * every item is safe to repeat); a batch with writes ends in AmbiguousResultError like a single POST.
 */
export async function runBatch(
  deps: BatchDeps,
  items: BatchItem[],
  options: BatchOptions = {},
): Promise<BatchResult[]> {
  const results: (BatchResult | undefined)[] = new Array<BatchResult | undefined>(items.length);
  const repeatable = (i: number): boolean => options.safeToRepeat === true || isIdempotent(items[i]!.method);
  for (let start = 0; start < items.length; start += MAX_BATCH_SIZE) {
    let pending = range(start, Math.min(items.length, start + MAX_BATCH_SIZE));
    for (let round = 1; pending.length > 0; round++) {
      const answer = await sendBatch(deps, items, pending, pending.every(repeatable));
      const again: number[] = [];
      for (const i of pending) {
        const result = resultFor(answer, i);
        results[i] = result;
        if (decide({ kind: 'status', status: result.status }, repeatable(i)) === 'retry') again.push(i);
      }
      if (again.length === 0 || round >= deps.policy.maxAttempts) break;
      const waitMs = Math.max(...again.map((i) => waitFor(results[i]!, round, deps)));
      if (waitMs > deps.policy.maxRetryAfterMs) break;
      deps.logger?.info(
        { graph: { batch: again.length, of: pending.length, round, waitMs } },
        'Graph batch: repeating throttled requests',
      );
      await deps.sleep(waitMs);
      pending = again;
    }
  }
  return results.map((r) => r!);
}

async function sendBatch(
  deps: BatchDeps,
  items: BatchItem[],
  indices: number[],
  safe: boolean,
): Promise<BatchAnswer> {
  const requests = indices.map((i) => {
    const item = items[i]!;
    const headers = { ...item.headers };
    if (item.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['Content-Type'] = 'application/json';
    return {
      id: String(i),
      method: item.method,
      url: relativeToBase(item.url, deps.baseUrl),
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(item.body !== undefined ? { body: item.body } : {}),
    };
  });
  const request = deps.client.api('/$batch');
  if (safe) request.middlewareOptions([new SafeToRepeat()]);
  return ((await request.post({ requests })) ?? {}) as BatchAnswer;
}

function resultFor(answer: BatchAnswer, index: number): BatchResult {
  const found = answer.responses?.find((r) => String(r.id) === String(index));
  if (!found || typeof found.status !== 'number')
    throw new Error(`Graph $batch answer has no response for request ${index}`);
  return { status: found.status, headers: found.headers ?? {}, body: found.body };
}

function waitFor(result: BatchResult, round: number, deps: BatchDeps): number {
  const key = Object.keys(result.headers).find((h) => h.toLowerCase() === 'retry-after');
  const retryAfter = key === undefined ? undefined : parseRetryAfter(result.headers[key], deps.now());
  return retryAfter ?? backoffDelay(round, deps.policy, deps.random);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
