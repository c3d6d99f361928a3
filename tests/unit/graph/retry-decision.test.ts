import {
  backoffDelay,
  decide,
  isIdempotent,
  type Decision,
  type Failure,
} from '../../../src/adapters/graph/retry-decision';

/**
 * The rule that keeps answers and e-mails from being stored or sent twice: what is repeated after which
 * failure, for every method. `safe` is a POST the caller marked safe to repeat (a read-only $batch).
 */
const FAILURES: Record<string, Failure> = {
  '429': { kind: 'status', status: 429 },
  '503': { kind: 'status', status: 503 },
  '504': { kind: 'status', status: 504 },
  '502': { kind: 'status', status: 502 },
  '500': { kind: 'status', status: 500 },
  '404': { kind: 'status', status: 404 },
  '412': { kind: 'status', status: 412 },
  timeout: { kind: 'timeout' },
  connection: { kind: 'connection' },
  'not-sent': { kind: 'not-sent' },
};

// prettier-ignore
const TABLE: [method: string, expected: Record<keyof typeof FAILURES, Decision>][] = [
  ['GET',    { 429: 'retry', 503: 'retry', 504: 'retry',     502: 'retry',     500: 'final', 404: 'final', 412: 'final', timeout: 'retry',     connection: 'retry',     'not-sent': 'retry' }],
  ['HEAD',   { 429: 'retry', 503: 'retry', 504: 'retry',     502: 'retry',     500: 'final', 404: 'final', 412: 'final', timeout: 'retry',     connection: 'retry',     'not-sent': 'retry' }],
  ['PUT',    { 429: 'retry', 503: 'retry', 504: 'retry',     502: 'retry',     500: 'final', 404: 'final', 412: 'final', timeout: 'retry',     connection: 'retry',     'not-sent': 'retry' }],
  ['DELETE', { 429: 'retry', 503: 'retry', 504: 'retry',     502: 'retry',     500: 'final', 404: 'final', 412: 'final', timeout: 'retry',     connection: 'retry',     'not-sent': 'retry' }],
  ['PATCH',  { 429: 'retry', 503: 'retry', 504: 'retry',     502: 'retry',     500: 'final', 404: 'final', 412: 'final', timeout: 'retry',     connection: 'retry',     'not-sent': 'retry' }],
  ['POST',   { 429: 'retry', 503: 'retry', 504: 'ambiguous', 502: 'ambiguous', 500: 'final', 404: 'final', 412: 'final', timeout: 'ambiguous', connection: 'ambiguous', 'not-sent': 'retry' }],
  ['safe',   { 429: 'retry', 503: 'retry', 504: 'retry',     502: 'retry',     500: 'final', 404: 'final', 412: 'final', timeout: 'retry',     connection: 'retry',     'not-sent': 'retry' }],
];

describe('which failed requests are repeated', () => {
  for (const [method, expected] of TABLE) {
    for (const [name, failure] of Object.entries(FAILURES)) {
      test(`${method} after ${name}: ${expected[name]}`, () => {
        const repeatable = method === 'safe' || isIdempotent(method);
        expect(decide(failure, repeatable)).toBe(expected[name]);
      });
    }
  }

  test('method names are compared without regard to case', () => {
    expect(isIdempotent('patch')).toBe(true);
    expect(isIdempotent('post')).toBe(false);
  });
});

describe('backoff without Retry-After: exponential with full jitter', () => {
  const policy = { baseDelayMs: 1000, maxDelayMs: 30_000 };

  test('the ceiling doubles per retry and stops at the maximum', () => {
    const almostOne = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6, 7].map((r) => backoffDelay(r, policy, almostOne))).toEqual([
      999, 1999, 3999, 7999, 15999, 29999, 29999,
    ]);
  });

  test('the wait is anywhere between zero and the ceiling, as the random number says', () => {
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(2000);
    expect(backoffDelay(3, policy, () => 0.25)).toBe(1000);
  });

  test('different random draws spread workers throttled at the same moment', () => {
    const draws = [0.1, 0.4, 0.7, 0.95];
    const waits = draws.map((d) => backoffDelay(4, policy, () => d));
    expect(new Set(waits).size).toBe(draws.length);
    for (const w of waits) expect(w).toBeLessThan(8000);
  });
});
