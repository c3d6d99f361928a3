import {
  AmbiguousResultError,
  createGraphClient,
  createRequestCounter,
  DEV_GRAPH_TOKEN,
  type BatchItem,
  type GraphClient,
} from '../../../src/adapters/graph';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';

/**
 * The client against the fake Graph over real TLS: what arrives at Graph (token, User-Agent), paging to the
 * end, throttling honoured, and the requests that must never be sent twice sent once.
 */
const MAILBOX = 'intake@vgregion.example';
const SITE =
  'contoso.sharepoint.example,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';

let fake: FakeGraph;
let waits: number[];
let graph: GraphClient;
const counter = createRequestCounter();

async function start(options: Parameters<typeof startFakeGraph>[0] = {}): Promise<void> {
  fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, mailboxes: [MAILBOX], ...options });
  waits = [];
  counter.reset();
  graph = createGraphClient(
    { baseUrl: fake.baseUrl, auth: { kind: 'dev-token' }, clientOrganisation: 'Västra Götalandsregionen' },
    { sleep: async (ms) => void waits.push(ms), random: () => 0.5, observers: [counter.observe] },
  );
}
afterEach(() => fake.stop());

async function makeList(): Promise<string> {
  const list = (await graph.client.api(`/sites/${SITE}/lists`).post({
    displayName: 'Nomineringar',
    columns: [{ name: 'OrgId', text: {}, indexed: true }],
    list: { template: 'genericList' },
  })) as { id: string };
  return list.id;
}

const itemsPath = (listId: string) => `/sites/${SITE}/lists/${listId}/items`;
const createItem = (listId: string, orgId: string) =>
  graph.client.api(itemsPath(listId)).post({ fields: { Title: orgId, OrgId: orgId } });
const mail = {
  message: {
    subject: 'Kontaktpersoner',
    toRecipients: [{ emailAddress: { address: 'narhalsan@vgregion.example' } }],
  },
};
const outer = () => fake.requests.filter((r) => !r.inBatch);

test('every request carries the token and the NONISV User-Agent', async () => {
  await start();
  const listId = await makeList();
  await createItem(listId, 'narhalsan');
  await graph.getAllPages(itemsPath(listId));
  expect(fake.requests).toHaveLength(3);
  for (const r of fake.requests) {
    expect(r).toMatchObject({
      authorized: true,
      userAgent: 'NONISV|Västra Götalandsregionen|contact-intake/0.1.0',
    });
  }
});

test('paging follows nextLink to the end, through empty pages', async () => {
  await start({ pageSize: 4, emptyPageEvery: 2 });
  const listId = await makeList();
  const orgs = Array.from({ length: 19 }, (_, i) => `org-${String(i).padStart(2, '0')}`);
  const created = await graph.batch(
    orgs.map((o): BatchItem => ({
      method: 'POST',
      url: itemsPath(listId),
      body: { fields: { Title: o, OrgId: o } },
    })),
  );
  expect(created.every((r) => r.status === 201)).toBe(true);

  fake.requests.length = 0;
  const items = await graph.getAllPages<{ fields: { OrgId: string } }>(`${itemsPath(listId)}?$expand=fields`);
  expect(items.map((i) => i.fields.OrgId).sort()).toEqual(orgs);
  const pages = fake.requests.length;
  expect(pages).toBeGreaterThan(Math.ceil(19 / 4)); // the empty pages were read too, not taken for the end
});

test('429 with Retry-After: a GET and a POST are each sent again after the wait, and the item exists once', async () => {
  await start();
  const listId = await makeList();
  fake.faults.set([
    { kind: '429', rate: 1, times: 1, method: 'POST', retryAfterSeconds: 4 },
    { kind: '429', rate: 1, times: 1, method: 'GET', retryAfterSeconds: 4 },
  ]);
  await createItem(listId, 'narhalsan');
  await graph.getAllPages(itemsPath(listId));
  expect(waits).toEqual([4000, 4000]);
  expect(outer().map((r) => `${r.method} ${r.status}`)).toEqual([
    'POST 201',
    'POST 429',
    'POST 201',
    'GET 429',
    'GET 200',
  ]);
  expect(fake.list(SITE, 'Nomineringar')?.items).toHaveLength(1);
});

describe('a POST with an unknown outcome is not sent again', () => {
  test('504 on creating an item: AmbiguousResultError after one request', async () => {
    await start();
    const listId = await makeList();
    fake.faults.set([{ kind: '504', rate: 1, method: 'POST' }]);
    await expect(createItem(listId, 'narhalsan')).rejects.toMatchObject({
      name: 'AmbiguousResultError',
      status: 504,
    });
    expect(outer().filter((r) => r.method === 'POST' && r.path.endsWith('/items'))).toHaveLength(1);
  });

  test('the connection dropped after the item was stored: AmbiguousResultError, the item exists once', async () => {
    await start();
    const listId = await makeList();
    fake.faults.set([{ kind: 'drop-after', rate: 1, method: 'POST', times: 1 }]);
    const error = await createItem(listId, 'narhalsan').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmbiguousResultError);
    expect(error).toMatchObject({ method: 'POST', reason: 'connection-lost' });
    expect(fake.list(SITE, 'Nomineringar')?.items).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  test('sendMail with 504 and with a dropped connection: sent once each, never twice', async () => {
    await start();
    fake.faults.set([{ kind: '504', rate: 1, times: 1 }]);
    await expect(graph.client.api(`/users/${MAILBOX}/sendMail`).post(mail)).rejects.toBeInstanceOf(
      AmbiguousResultError,
    );
    expect(fake.sentMail(MAILBOX)).toHaveLength(0);

    fake.faults.set([{ kind: 'drop-after', rate: 1, times: 1 }]);
    await expect(graph.client.api(`/users/${MAILBOX}/sendMail`).post(mail)).rejects.toBeInstanceOf(
      AmbiguousResultError,
    );
    expect(fake.sentMail(MAILBOX)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.path.endsWith('/sendMail'))).toHaveLength(2);
  });

  test('with 503 it was not processed: sendMail is sent again and accepted once (202, no body)', async () => {
    await start();
    fake.faults.set([{ kind: '503', rate: 1, times: 1, retryAfterSeconds: 2 }]);
    await expect(graph.client.api(`/users/${MAILBOX}/sendMail`).post(mail)).resolves.toBeFalsy();
    expect(fake.sentMail(MAILBOX)).toHaveLength(1);
    expect(waits).toEqual([2000]);
  });
});

test('a GET survives a 504 and a connection dropped before the answer', async () => {
  await start();
  const listId = await makeList();
  await createItem(listId, 'narhalsan');
  fake.faults.set([
    { kind: '504', rate: 1, method: 'GET', times: 1 },
    { kind: 'drop-before', rate: 1, method: 'GET', times: 1 },
  ]);
  const items = await graph.getAllPages(itemsPath(listId));
  expect(items).toHaveLength(1);
  expect(
    outer()
      .filter((r) => r.method === 'GET')
      .map((r) => r.fault ?? 'ok'),
  ).toEqual(['504', 'drop-before', 'ok']);
  expect(waits).toEqual([500, 1000]); // backoff with jitter 0.5: ceilings 1 s, 2 s
});

test('batch: 45 creates go out as 20 + 20 + 5, a throttled one is sent again alone, every item exists once', async () => {
  await start();
  const listId = await makeList();
  fake.requests.length = 0;
  counter.reset();
  fake.faults.set([
    { kind: '429', rate: 1, times: 1, method: 'POST', path: /\/items$/, retryAfterSeconds: 3 },
  ]);
  const orgs = Array.from({ length: 45 }, (_, i) => `org-${i}`);
  const results = await graph.batch(
    orgs.map((o): BatchItem => ({
      method: 'POST',
      url: itemsPath(listId),
      body: { fields: { Title: o, OrgId: o } },
    })),
  );

  expect(results.map((r) => r.status)).toEqual(orgs.map(() => 201));
  expect(results.map((r) => (r.body as { fields: { OrgId: string } }).fields.OrgId)).toEqual(orgs);
  expect(outer().map((r) => r.batchSize)).toEqual([20, 1, 20, 5]);
  expect(waits).toEqual([3000]);
  const stored = fake.list(SITE, 'Nomineringar')?.items.map((i) => i.fields.OrgId);
  expect([...(stored ?? [])].sort()).toEqual([...orgs].sort());
  expect(counter.byPattern()).toEqual([{ pattern: 'POST /$batch', requests: 4, retries: 0, batched: 46 }]);
});

test('the SDK RetryHandler is not in the chain: five 504s on a POST still mean one request', async () => {
  await start();
  fake.faults.set([{ kind: '504', rate: 1 }]);
  await expect(graph.client.api(`/users/${MAILBOX}/sendMail`).post(mail)).rejects.toBeInstanceOf(
    AmbiguousResultError,
  );
  expect(fake.requests).toHaveLength(1);
  expect(waits).toEqual([]);
});

test('the request counter agrees with what Graph received', async () => {
  await start();
  const listId = await makeList();
  fake.faults.set([{ kind: '429', rate: 1, times: 1, method: 'GET' }]);
  await graph.getAllPages(itemsPath(listId));
  expect(counter.total()).toBe(fake.requests.length);
  expect(counter.byPattern()).toEqual([
    { pattern: 'GET /sites/{id}/lists/{id}/items', requests: 2, retries: 1, batched: 0 },
    { pattern: 'POST /sites/{id}/lists', requests: 1, retries: 0, batched: 0 },
  ]);
});
