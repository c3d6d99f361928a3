/**
 * Which failed Graph requests are sent again: the decision table, kept apart from the HTTP plumbing so it
 * can be read (and tested) as a table.
 *
 * The threat it handles is a duplicate side effect. A POST that creates a list item or sends a mail must
 * not be repeated when Graph may already have applied it: after a gateway timeout, a dropped connection or
 * our own timeout the outcome is unknown, and a blind retry could store an answer twice or send a second
 * e-mail. Those end in AmbiguousResultError and the caller looks before it retries.
 */

/** How one attempt failed. */
export type Failure =
  /** Graph (or a gateway in front of it) answered with this status. */
  | { kind: 'status'; status: number }
  /** Our per-attempt timeout fired: the request may have arrived. */
  | { kind: 'timeout' }
  /** The connection broke after the request may have been written (reset, closed, TLS failure mid-way). */
  | { kind: 'connection' }
  /** The connection was never made (refused, name not resolved): the request was certainly not sent. */
  | { kind: 'not-sent' };

export type Decision =
  /** Send it again after a wait. */
  | 'retry'
  /** Stop: the outcome is unknown and the request is not safe to repeat. */
  | 'ambiguous'
  /** Stop: a real answer (4xx, 500…) the caller must see. */
  | 'final';

/** Methods whose repetition has the same effect as one request (RFC 9110 idempotent methods). */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);

export function isIdempotent(method: string): boolean {
  // PATCH is not idempotent in general, but Graph's PATCH sets fields: with If-Match a repeat fails with
  // 412 instead of overwriting; without it the last writer wins either way, so a repeat changes nothing.
  return IDEMPOTENT.has(method.toUpperCase());
}

/** 429: this client is over its limit. 503: the service is busy. Either way Graph did not process it. */
export const NOT_PROCESSED_STATUS: ReadonlySet<number> = new Set([429, 503]);
/** A gateway gave up waiting for Graph: the request may or may not have been applied behind it. */
export const GATEWAY_STATUS: ReadonlySet<number> = new Set([502, 504]);

/**
 * `repeatable` is true for idempotent methods and for POSTs the caller marked safe to repeat
 * (a `$batch` of reads, a create guarded by a client-generated key the server enforces).
 */
export function decide(failure: Failure, repeatable: boolean): Decision {
  switch (failure.kind) {
    case 'not-sent':
      return 'retry';
    case 'timeout':
    case 'connection':
      return repeatable ? 'retry' : 'ambiguous';
    case 'status':
      if (NOT_PROCESSED_STATUS.has(failure.status)) return 'retry';
      if (GATEWAY_STATUS.has(failure.status)) return repeatable ? 'retry' : 'ambiguous';
      return 'final';
  }
}

export interface BackoffPolicy {
  /** Ceiling of the first wait; it doubles for every further retry. */
  baseDelayMs: number;
  /** No wait computed by backoff exceeds this. */
  maxDelayMs: number;
}

/**
 * Exponential backoff with full jitter (a random wait between 0 and the ceiling): many workers throttled
 * at the same moment spread out instead of returning together and being throttled again.
 * `retry` counts from 1 (the wait before the second attempt).
 */
export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
