import { BATCH_LIMIT, startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { call, expectGraphError, makeList, SITE_ID, sitePath } from './graph-http';

let graph: FakeGraph;
let listId: string;

beforeEach(async () => {
  graph = await startFakeGraph();
  listId = await makeList(graph, 'Nomineringar', [
    { name: 'OrgId', text: {}, indexed: true, enforceUniqueValues: true },
  ]);
});

afterEach(async () => {
  await graph.stop();
});

const create = (id: string, orgId: string, extra: object = {}) => ({
  id,
  method: 'POST',
  url: `/sites/${SITE_ID}/lists/${listId}/items`,
  headers: { 'Content-Type': 'application/json' },
  body: { fields: { OrgId: orgId } },
  ...extra,
});

interface SubResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: { error?: { code: string }; id?: string };
}

function byId(responses: SubResponse[]): Record<string, SubResponse> {
  return Object.fromEntries(responses.map((r) => [r.id, r]));
}

describe('JSON batching in the fake Graph', () => {
  it(`refuses more than ${BATCH_LIMIT} requests with 400 and runs none of them`, async () => {
    const requests = Array.from({ length: BATCH_LIMIT + 1 }, (_, i) => create(String(i + 1), `org-${i}`));
    expectGraphError(await call(graph, 'POST', '/$batch', { body: { requests } }), 400, 'BadRequest');
    expect(graph.list(SITE_ID, listId)!.items).toEqual([]);
    const twenty = await call(graph, 'POST', '/$batch', {
      body: { requests: requests.slice(0, BATCH_LIMIT) },
    });
    expect(twenty.status).toBe(200);
    expect(graph.list(SITE_ID, listId)!.items).toHaveLength(BATCH_LIMIT);
  });

  it('refuses a malformed batch or repeated ids with 400', async () => {
    expectGraphError(await call(graph, 'POST', '/$batch', { body: { calls: [] } }), 400, 'BadRequest');
    const twice = [create('1', 'a'), create('1', 'b')];
    expectGraphError(await call(graph, 'POST', '/$batch', { body: { requests: twice } }), 400, 'BadRequest');
    expect(graph.list(SITE_ID, listId)!.items).toEqual([]);
  });

  it('answers 200 when sub-requests fail, each with its own status, headers and body, correlated by id', async () => {
    const res = await call(graph, 'POST', '/$batch', {
      body: {
        requests: [
          create('a', 'narhalsan'),
          create('b', 'narhalsan'),
          { id: 'c', method: 'GET', url: `/sites/${SITE_ID}/lists/${listId}/items/77` },
          { id: 'd', method: 'GET', url: `sites/${SITE_ID}/lists/${listId}?$select=displayName` },
        ],
      },
    });
    expect(res.status).toBe(200);
    const responses = res.json.responses as SubResponse[];
    expect(responses.map((r) => r.id)).not.toEqual(['a', 'b', 'c', 'd']);
    const r = byId(responses);
    expect(r.a).toMatchObject({
      status: 201,
      headers: { 'Content-Type': 'application/json' },
      body: { id: '1' },
    });
    expect(r.b).toMatchObject({ status: 409, body: { error: { code: 'nameAlreadyExists' } } });
    expect(r.c).toMatchObject({ status: 404, body: { error: { code: 'itemNotFound' } } });
    expect(r.d).toMatchObject({ status: 200, body: { displayName: 'Nomineringar' } });
    expect(graph.list(SITE_ID, listId)!.items).toHaveLength(1);
  });

  it('accepts the /v1.0-prefixed urls the Graph SDK sends', async () => {
    const res = await call(graph, 'POST', '/$batch', {
      body: { requests: [create('1', 'x', { url: `/v1.0/sites/${SITE_ID}/lists/${listId}/items` })] },
    });
    expect(res.json.responses[0]).toMatchObject({ id: '1', status: 201 });
  });

  it('runs dependsOn in order and fails the dependants of a failed request with 424', async () => {
    const res = await call(graph, 'POST', '/$batch', {
      body: {
        requests: [
          create('3', 'third', { dependsOn: ['2'] }),
          create('2', 'dup', { dependsOn: ['1'] }),
          create('1', 'dup'),
          create('4', 'fourth', { dependsOn: ['3'] }),
        ],
      },
    });
    const r = byId(res.json.responses);
    expect([r['1']!.status, r['2']!.status, r['3']!.status, r['4']!.status]).toEqual([201, 409, 424, 424]);
    expect(graph.list(SITE_ID, listId)!.items.map((i) => i.fields.OrgId)).toEqual(['dup']);
  });

  it('needs a Content-Type on a sub-request that has a body', async () => {
    const res = await call(graph, 'POST', '/$batch', {
      body: { requests: [create('1', 'a', { headers: {} })] },
    });
    expect(res.json.responses[0]).toMatchObject({ status: 400 });
    expect(graph.list(SITE_ID, listId)!.items).toEqual([]);
  });

  it('throttles single sub-requests with 429 and Retry-After inside a 200 batch; the caller must retry them', async () => {
    graph.faults.set([
      { kind: '429', rate: 1, method: 'POST', path: /\/items$/, times: 1, retryAfterSeconds: 0 },
    ]);
    const res = await call(graph, 'POST', '/$batch', {
      body: { requests: [create('1', 'a'), create('2', 'b')] },
    });
    expect(res.status).toBe(200);
    const r = byId(res.json.responses);
    expect(r['1']).toMatchObject({
      status: 429,
      headers: { 'Retry-After': '0' },
      body: { error: { code: 'activityLimitReached' } },
    });
    expect(r['2']!.status).toBe(201);
    expect(graph.list(SITE_ID, listId)!.items.map((i) => i.fields.OrgId)).toEqual(['b']);
  });

  it('never drops a sub-request: drop faults cut whole connections only', async () => {
    graph.faults.set([{ kind: 'drop-before', rate: 1, path: /\/items$/ }]);
    const res = await call(graph, 'POST', '/$batch', { body: { requests: [create('1', 'a')] } });
    expect(res.json.responses[0].status).toBe(201);
  });

  it('records the batch with its size and each sub-request after it', async () => {
    await call(graph, 'POST', '/$batch', { body: { requests: [create('1', 'a'), create('2', 'b')] } });
    const tail = graph.requests.slice(-3);
    expect(tail).toEqual([
      expect.objectContaining({ method: 'POST', path: '/$batch', batchSize: 2, status: 200 }),
      expect.objectContaining({
        method: 'POST',
        path: sitePath(`/lists/${listId}/items`),
        inBatch: true,
        status: 201,
        authorized: true,
      }),
      expect.objectContaining({ inBatch: true, status: 201 }),
    ]);
  });
});
