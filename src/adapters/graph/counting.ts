import type { GraphAttempt, GraphObserver } from './behaviours/attempt-log';

export interface PatternCount {
  /** `GET /sites/{id}/lists/{id}/items?$expand&$filter` */
  pattern: string;
  /** Attempts sent, repeats included: what Graph counts against the quota. */
  requests: number;
  /** Of those, repeats after throttling or a transient failure. */
  retries: number;
  /** Requests carried inside `$batch` calls (each costs SharePoint resource units of its own). */
  batched: number;
}

export interface RequestCounter {
  /** Pass to `createGraphClient(config, { observers: [counter.observe] })`. */
  observe: GraphObserver;
  total(): number;
  byPattern(): PatternCount[];
  reset(): void;
}

/**
 * Counts Graph requests per method and path pattern, for the benchmark ("Graph requests per answer",
 * "requests for a campaign status"): a cost that grows per organisation shows up as a pattern whose count
 * grows with the campaign.
 */
export function createRequestCounter(): RequestCounter {
  const counts = new Map<string, PatternCount>();
  const observe = (a: GraphAttempt): void => {
    const pattern = `${a.method} ${a.pathTemplate}`;
    const entry = counts.get(pattern) ?? { pattern, requests: 0, retries: 0, batched: 0 };
    entry.requests += 1;
    if (a.attempt > 1) entry.retries += 1;
    entry.batched += a.batchSize ?? 0;
    counts.set(pattern, entry);
  };
  return {
    observe,
    total: () => [...counts.values()].reduce((sum, c) => sum + c.requests, 0),
    byPattern: () => [...counts.values()].map((c) => ({ ...c })).sort((a, b) => b.requests - a.requests),
    reset: () => counts.clear(),
  };
}
