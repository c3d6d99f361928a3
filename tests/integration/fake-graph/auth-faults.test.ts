import { DEV_GRAPH_TOKEN } from '../../../src/adapters/graph/dev-token';
import { startFakeGraph, type FakeGraph, type FaultRule } from '../../support/fake-graph';
import { addItem, call, expectGraphError, makeList, SITE_ID, sitePath } from './graph-http';

let graph: FakeGraph;

afterEach(async () => {
  await graph.stop();
});

describe('authentication and recording in the fake Graph', () => {
  it('answers 401 InvalidAuthenticationToken without a bearer token', async () => {
    graph = await startFakeGraph();
    expectGraphError(
      await call(graph, 'GET', sitePath(), { token: null }),
      401,
      'InvalidAuthenticationToken',
    );
    expect(graph.requests).toEqual([
      expect.objectContaining({ path: sitePath(), status: 401, authorized: false }),
    ]);
  });

  it('accepts only the configured token when one is given', async () => {
    graph = await startFakeGraph({ token: DEV_GRAPH_TOKEN });
    expectGraphError(
      await call(graph, 'GET', sitePath(), { token: 'someone-elses-token' }),
      401,
      'InvalidAuthenticationToken',
    );
    expect((await call(graph, 'GET', sitePath())).status).toBe(200);
  });

  it('records method, path, readable query, status, user agent, Prefer and If-Match', async () => {
    graph = await startFakeGraph();
    const listId = await makeList(graph, 'Nomineringar', [{ name: 'OrgId', text: {} }]);
    const created = await addItem(graph, listId, { OrgId: 'narhalsan' });
    await call(graph, 'PATCH', sitePath(`/lists/${listId}/items/1/fields`), {
      body: { OrgId: 'goteborg' },
      headers: {
        'User-Agent': 'NONISV|VGR|contact-intake/0.1.0',
        'If-Match': created.json.eTag,
        Prefer: 'return=minimal',
      },
    });
    await call(graph, 'GET', sitePath(`/lists/${listId}/items?$filter=fields/OrgId eq 'x'`));
    const [, , patch, get] = graph.requests;
    expect(patch).toEqual(
      expect.objectContaining({
        method: 'PATCH',
        path: `/sites/${SITE_ID}/lists/${listId}/items/1/fields`,
        status: 200,
        authorized: true,
        userAgent: 'NONISV|VGR|contact-intake/0.1.0',
        ifMatch: created.json.eTag,
        prefer: 'return=minimal',
      }),
    );
    expect(get).toEqual(expect.objectContaining({ query: "$filter=fields/OrgId eq 'x'", status: 400 }));
  });
});

describe('faults in the fake Graph', () => {
  let listId: string;
  beforeEach(async () => {
    graph = await startFakeGraph({ seed: 7 });
    listId = await makeList(graph, 'Nomineringar', [{ name: 'OrgId', text: {} }]);
  });
  const items = () => graph.list(SITE_ID, listId)!.items;

  it('throttles with 429 and Retry-After (1 s unless told), without applying the request', async () => {
    graph.faults.set([{ kind: '429', rate: 1, method: 'POST' }]);
    const res = await addItem(graph, listId, { OrgId: 'a' });
    expectGraphError(res, 429, 'activityLimitReached');
    expect(res.headers.get('retry-after')).toBe('1');
    graph.faults.set([{ kind: '429', rate: 1, retryAfterSeconds: 0 }]);
    expect((await call(graph, 'GET', sitePath())).headers.get('retry-after')).toBe('0');
    expect(items()).toEqual([]);
  });

  it('answers 503 with Retry-After and 504 without, applying neither', async () => {
    graph.faults.set([
      { kind: '503', rate: 1, retryAfterSeconds: 2, times: 1 },
      { kind: '504', rate: 1 },
    ]);
    const unavailable = await addItem(graph, listId, { OrgId: 'a' });
    const timeout = await addItem(graph, listId, { OrgId: 'b' });
    expectGraphError(unavailable, 503, 'serviceNotAvailable');
    expect(unavailable.headers.get('retry-after')).toBe('2');
    expect(timeout.status).toBe(504);
    expect(timeout.headers.get('retry-after')).toBeNull();
    expect(items()).toEqual([]);
  });

  it('drops the connection before applying the request (drop-before)', async () => {
    graph.faults.set([{ kind: 'drop-before', rate: 1, method: 'POST', path: /\/items$/ }]);
    await expect(addItem(graph, listId, { OrgId: 'a' })).rejects.toThrow();
    expect(items()).toEqual([]);
    expect(graph.requests.at(-1)).toEqual(expect.objectContaining({ fault: 'drop-before', status: 0 }));
  });

  it('applies the request and then drops the connection (drop-after): the caller never learns it worked', async () => {
    graph.faults.set([{ kind: 'drop-after', rate: 1, method: 'POST', path: /\/items$/ }]);
    await expect(addItem(graph, listId, { OrgId: 'a' })).rejects.toThrow();
    expect(items().map((i) => i.fields)).toEqual([{ OrgId: 'a' }]);
    graph.faults.clear();
    expect((await addItem(graph, listId, { OrgId: 'b' })).status).toBe(201);
  });

  it('matches rules by method and path, and stops a rule after `times` hits', async () => {
    graph.faults.set([{ kind: '429', rate: 1, method: 'GET', path: /\/lists$/, times: 2 }]);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(graph, 'GET', sitePath('/lists'))).status);
    statuses.push((await addItem(graph, listId, { OrgId: 'a' })).status);
    expect(statuses).toEqual([429, 429, 200, 201]);
  });

  it('rolls the same faults for the same seed and calls, and others for another seed', async () => {
    const rules: FaultRule[] = [
      { kind: '429', rate: 0.3, retryAfterSeconds: 0 },
      { kind: '503', rate: 0.2, retryAfterSeconds: 0 },
    ];
    async function run(seed: number): Promise<number[]> {
      const g = await startFakeGraph({ seed });
      g.faults.set(rules);
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await call(g, 'GET', sitePath())).status);
      await g.stop();
      return statuses;
    }
    const first = await run(42);
    expect(await run(42)).toEqual(first);
    expect(await run(43)).not.toEqual(first);
    const throttled = first.filter((s) => s === 429).length;
    expect(throttled).toBeGreaterThan(4);
    expect(throttled).toBeLessThan(20);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(15);
  });
});
