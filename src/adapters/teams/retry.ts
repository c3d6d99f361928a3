/**
 * Retries a Bot Connector call that failed for a reason that passes: throttling (429), a stale
 * precondition (412) and gateway errors (502/503/504). Short on purpose: a delivery that still fails
 * is recorded as failed and taken up by the next run, so nobody waits minutes inside a request.
 */
export interface RetryPolicy {
  /** Total tries, the first one included. */
  attempts: number;
  baseDelayMs: number;
  /** A longer Retry-After than this is not waited for: the call fails and is retried later. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  /** 0 ≤ x < 1; injected so tests can pin the jitter. */
  random: () => number;
}

export const RETRYABLE_STATUS: ReadonlySet<number> = new Set([412, 429, 502, 503, 504]);

/**
 * For calls that create something: 429 and 503 mean the request was not taken, while a 502 or 504
 * may come after the message was already posted, and a retry would post it twice.
 */
export const NOT_TAKEN_STATUS: ReadonlySet<number> = new Set([429, 503]);

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export async function withRetry<T>(
  call: () => Promise<T>,
  policy: RetryPolicy = defaultRetryPolicy,
  retryOn: ReadonlySet<number> = RETRYABLE_STATUS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const status = statusOf(err);
      if (attempt >= policy.attempts || status === undefined || !retryOn.has(status)) throw err;
      const delay = delayBefore(attempt, retryAfterMs(err), policy);
      if (delay === undefined) throw err;
      await policy.sleep(delay);
    }
  }
}

/** Retry-After when the service gave one, else exponential backoff with full jitter. */
export function delayBefore(
  attempt: number,
  retryAfter: number | undefined,
  policy: RetryPolicy,
): number | undefined {
  if (retryAfter !== undefined) return retryAfter <= policy.maxDelayMs ? retryAfter : undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * ceiling);
}

interface HttpishError {
  statusCode?: unknown;
  response?: { status?: unknown; headers?: unknown };
}

export function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as HttpishError;
  const status = typeof e.statusCode === 'number' ? e.statusCode : e.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Retry-After in seconds or as an HTTP date, from whichever header shape the HTTP client used. */
export function retryAfterMs(err: unknown, now: number = Date.now()): number | undefined {
  const headers = (err as HttpishError | null)?.response?.headers;
  const raw = readHeader(headers, 'retry-after');
  if (raw === undefined || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function readHeader(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  const value = typeof h.get === 'function' ? h.get(name) : (h[name] ?? h[name.toLowerCase()]);
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : undefined;
}
