import { createGraphClient, createRequestCounter, type BatchItem } from '../../../src/adapters/graph';
import { startScriptedGraph, type ScriptedGraph } from './scripted-graph';

/**
 * `$batch` against a scripted Graph that answers every sub-request itself: 200 with its URL echoed,
 * except those the test throttles. Shows the chunking, the order of results and which sub-requests are
 * sent again.
 */
interface SubRequest {
  id: string;
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

let server: ScriptedGraph;
/** Sub-request URL → the statuses it gets on its first, second… appearance. */
let faults = new Map<string, { status: number; headers?: Record<string, string> }[]>();
const batches: SubRequest[][] = [];

beforeAll(async () => {
  server = await startScriptedGraph((req) => {
    const { requests } = JSON.parse(req.body) as { requests: SubRequest[] };
    batches.push(requests);
    const responses = requests.map((r) => {
      const fault = faults.get(r.url)?.shift();
      return fault
        ? {
            id: r.id,
            status: fault.status,
            headers: fault.headers ?? {},
            body: { error: { code: 'throttled' } },
          }
        : { id: r.id, status: r.method === 'POST' ? 201 : 200, headers: {}, body: { url: r.url } };
    });
    return { status: 200, body: { responses: [...responses].reverse() } };
  });
});
afterAll(() => server.stop());
beforeEach(() => {
  faults = new Map();
  batches.length = 0;
  server.seen.length = 0;
});

function client(waits: number[] = []) {
  const counter = createRequestCounter();
  const graph = createGraphClient(
    { baseUrl: server.baseUrl, auth: { kind: 'dev-token' }, clientOrganisation: 'VGR' },
    { sleep: async (ms) => void waits.push(ms), random: () => 0.5, observers: [counter.observe] },
  );
  return { graph, counter };
}

const reads = (n: number): BatchItem[] =>
  Array.from({ length: n }, (_, i) => ({ method: 'GET', url: `/items/${i}` }));

test('45 requests go out as batches of 20, 20 and 5, and the results come back in the order given', async () => {
  const { graph, counter } = client();
  const results = await graph.batch(reads(45));
  expect(batches.map((b) => b.length)).toEqual([20, 20, 5]);
  expect(results.map((r) => (r.body as { url: string }).url)).toEqual(reads(45).map((r) => r.url));
  expect(counter.byPattern()).toEqual([{ pattern: 'POST /$batch', requests: 3, retries: 0, batched: 45 }]);
});

test('a throttled request inside a batch is sent again, alone, after its Retry-After', async () => {
  faults.set('/items/3', [{ status: 429, headers: { 'Retry-After': '7' } }]);
  const waits: number[] = [];
  const results = await client(waits).graph.batch(reads(5));
  expect(batches.map((b) => b.map((r) => r.url))).toEqual([reads(5).map((r) => r.url), ['/items/3']]);
  expect(waits).toEqual([7000]);
  expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
});

test('writes throttled inside a batch are repeated too (Graph did not process them), but never a 504', async () => {
  const items: BatchItem[] = [
    { method: 'POST', url: '/lists/l/items', body: { fields: { Title: 'a' } } },
    { method: 'POST', url: '/lists/l/other', body: { fields: { Title: 'b' } } },
  ];
  faults.set('/lists/l/items', [{ status: 503 }]);
  faults.set('/lists/l/other', [{ status: 504 }]);
  const waits: number[] = [];
  const results = await client(waits).graph.batch(items);
  expect(batches.map((b) => b.map((r) => r.url))).toEqual([
    ['/lists/l/items', '/lists/l/other'],
    ['/lists/l/items'],
  ]);
  expect(results.map((r) => r.status)).toEqual([201, 504]);
  expect(waits).toEqual([500]); // no Retry-After: backoff, random 0.5 × 1 s
  expect(batches[0]?.[0]?.headers).toEqual({ 'Content-Type': 'application/json' });
});

test('a request still throttled after the attempts is returned with its status, the rest intact', async () => {
  faults.set(
    '/items/1',
    Array.from({ length: 10 }, () => ({ status: 429, headers: { 'Retry-After': '1' } })),
  );
  const waits: number[] = [];
  const results = await client(waits).graph.batch(reads(3));
  expect(results.map((r) => r.status)).toEqual([200, 429, 200]);
  expect(batches).toHaveLength(5);
  expect(waits).toEqual([1000, 1000, 1000, 1000]);
});

test('a Retry-After longer than the cap ends the retries for that batch without blocking', async () => {
  faults.set('/items/0', [{ status: 429, headers: { 'Retry-After': '3600' } }]);
  const waits: number[] = [];
  const results = await client(waits).graph.batch(reads(2));
  expect(results.map((r) => r.status)).toEqual([429, 200]);
  expect(waits).toEqual([]);
});

test('a read-only batch may be repeated as a whole after a dropped connection; one with writes may not', async () => {
  // The batch endpoint itself fails once: the scripted server drops the first connection.
  let drop = true;
  const flaky = await startScriptedGraph((req) => {
    if (drop) {
      drop = false;
      return 'drop';
    }
    const { requests } = JSON.parse(req.body) as { requests: SubRequest[] };
    return { status: 200, body: { responses: requests.map((r) => ({ id: r.id, status: 200, body: {} })) } };
  });
  try {
    const graph = createGraphClient(
      { baseUrl: flaky.baseUrl, auth: { kind: 'dev-token' }, clientOrganisation: 'VGR' },
      { sleep: async () => undefined },
    );
    await expect(graph.batch(reads(2))).resolves.toHaveLength(2);
    expect(flaky.seen).toHaveLength(2);

    drop = true;
    flaky.seen.length = 0;
    await expect(graph.batch([{ method: 'POST', url: '/users/u/sendMail', body: {} }])).rejects.toMatchObject(
      {
        name: 'AmbiguousResultError',
      },
    );
    expect(flaky.seen).toHaveLength(1);
  } finally {
    await flaky.stop();
  }
});
