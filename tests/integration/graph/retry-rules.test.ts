import {
  AmbiguousResultError,
  createGraphClient,
  GraphNetworkError,
  GraphRequestError,
  GraphThrottledError,
  SafeToRepeat,
} from '../../../src/adapters/graph';
import type { StartTimer } from '../../../src/adapters/graph/behaviours/timeout';
import { startScriptedGraph, type Scripted, type ScriptedGraph } from './scripted-graph';

/**
 * The retry rules over real HTTPS, through the whole client: the first attempt fails as scripted, later
 * ones succeed. Waits are recorded instead of slept; a timeout fires when the server has the request.
 */
type FailureName = '429' | '503' | '504' | 'drop' | 'timeout' | '404';
const FIRST: Record<FailureName, Scripted> = {
  '429': {
    status: 429,
    headers: { 'retry-after': '3' },
    body: { error: { code: 'activityLimitReached', message: 'throttled' } },
  },
  '503': { status: 503, body: { error: { code: 'serviceNotAvailable', message: 'busy' } } },
  '504': { status: 504, body: { error: { code: 'gatewayTimeout', message: '' } } },
  drop: 'drop',
  timeout: 'hang',
  '404': { status: 404, body: { error: { code: 'itemNotFound', message: 'not found' } } },
};
const OK: Scripted = { status: 200, body: { id: 'item-1' } };

let server: ScriptedGraph;
let script: Scripted[] = [];
let fireTimeout: (() => void) | undefined;

beforeAll(async () => {
  server = await startScriptedGraph(() => {
    const reply = script.shift() ?? OK;
    if (reply === 'hang') fireTimeout?.();
    return reply;
  });
});
afterAll(() => server.stop());

function client(waits: number[] = []) {
  const startTimer: StartTimer = (_ms, fire) => {
    fireTimeout = fire;
    return () => {
      if (fireTimeout === fire) fireTimeout = undefined;
    };
  };
  return createGraphClient(
    { baseUrl: server.baseUrl, auth: { kind: 'dev-token' }, clientOrganisation: 'VGR' },
    { sleep: async (ms) => void waits.push(ms), random: () => 0.5, startTimer, retry: { baseDelayMs: 1000 } },
  );
}

async function send(method: string, failure: FailureName, safe = false) {
  script = [FIRST[failure]];
  server.seen.length = 0;
  const waits: number[] = [];
  const request = client(waits).client.api('/sites/s/lists/l/items');
  if (safe) request.middlewareOptions([new SafeToRepeat()]);
  const body = { fields: { Title: 'x' } };
  const call =
    method === 'GET'
      ? request.get()
      : method === 'DELETE'
        ? request.delete()
        : method === 'PUT'
          ? request.put(body)
          : method === 'PATCH'
            ? request.patch(body)
            : request.post(body);
  const outcome = await call.then(
    (value: unknown) => ({ value }),
    (error: unknown) => ({ error }),
  );
  return { ...outcome, sent: server.seen.length, waits };
}

describe.each(['GET', 'PUT', 'PATCH', 'DELETE'])('%s (idempotent)', (method) => {
  test.each<FailureName>(['429', '503', '504', 'drop', 'timeout'])(
    'after %s it is sent again and succeeds',
    async (f) => {
      const r = await send(method, f);
      expect(r.sent).toBe(2);
      expect('error' in r ? r.error : undefined).toBeUndefined();
    },
  );
});

describe('POST (not idempotent)', () => {
  test.each<FailureName>(['429', '503'])('after %s (not processed) it is sent again', async (f) => {
    const r = await send('POST', f);
    expect(r.sent).toBe(2);
    expect(r).toEqual(expect.objectContaining({ value: { id: 'item-1' } }));
  });

  test.each<[FailureName, string]>([
    ['504', 'gateway-timeout'],
    ['drop', 'connection-lost'],
    ['timeout', 'timeout'],
  ])('after %s the outcome is unknown: sent once, AmbiguousResultError', async (f, reason) => {
    const r = await send('POST', f);
    expect(r.sent).toBe(1);
    const error = 'error' in r ? r.error : undefined;
    expect(error).toBeInstanceOf(AmbiguousResultError);
    expect(error).toMatchObject({ method: 'POST', reason, pathTemplate: '/sites/{id}/lists/{id}/items' });
    expect((error as AmbiguousResultError).url).toBe(`${server.baseUrl}/sites/s/lists/l/items`);
  });

  test.each<FailureName>(['504', 'drop', 'timeout'])(
    'marked safe to repeat, after %s it is sent again',
    async (f) => {
      const r = await send('POST', f, true);
      expect(r.sent).toBe(2);
      expect(r).toEqual(expect.objectContaining({ value: { id: 'item-1' } }));
    },
  );
});

test('a real error answer is not repeated and becomes a GraphRequestError', async () => {
  const r = await send('GET', '404');
  expect(r.sent).toBe(1);
  expect('error' in r ? r.error : undefined).toMatchObject({ status: 404, code: 'itemNotFound' });
  expect('error' in r ? r.error : undefined).toBeInstanceOf(GraphRequestError);
});

describe('waits', () => {
  test('Retry-After is honoured exactly; without it the wait is backoff with jitter', async () => {
    expect((await send('POST', '429')).waits).toEqual([3000]);
    expect((await send('GET', '503')).waits).toEqual([500]); // random 0.5 × ceiling 1000
  });

  test('a Retry-After as an HTTP date is counted from the injected now', async () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    script = [{ status: 429, headers: { 'retry-after': 'Mon, 02 Mar 2026 10:01:00 GMT' } }];
    const waits: number[] = [];
    const graph = createGraphClient(
      { baseUrl: server.baseUrl, auth: { kind: 'dev-token' }, clientOrganisation: 'VGR' },
      { sleep: async (ms) => void waits.push(ms), now: () => now },
    );
    await graph.client.api('/me').get();
    expect(waits).toEqual([60_000]);
  });

  test('a Retry-After beyond the cap is not waited for: GraphThrottledError at once', async () => {
    script = [{ status: 429, headers: { 'retry-after': '3600', 'request-id': 'req-9' } }];
    server.seen.length = 0;
    const waits: number[] = [];
    const error = await client(waits)
      .client.api('/me')
      .get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphThrottledError);
    expect(error).toMatchObject({
      reason: 'retry-after-too-long',
      retryAfterMs: 3_600_000,
      status: 429,
      requestId: 'req-9',
    });
    expect(waits).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  test('attempts are bounded: throttled five times → GraphThrottledError after four waits', async () => {
    script = Array.from({ length: 6 }, () => ({ status: 503 }));
    server.seen.length = 0;
    const waits: number[] = [];
    const error = await client(waits)
      .client.api('/me')
      .get()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GraphThrottledError', reason: 'attempts-exhausted', attempts: 5 });
    expect(server.seen).toHaveLength(5);
    expect(waits).toEqual([500, 1000, 2000, 4000]);
  });

  test('a GET that never gets an answer ends in GraphNetworkError after the attempts', async () => {
    script = Array.from({ length: 5 }, () => 'drop' as const);
    const error = await client()
      .client.api('/me')
      .get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphNetworkError);
    expect(error).toMatchObject({ reason: 'connection', attempts: 5 });
  });
});
