import { createGraphClient, DEV_GRAPH_TOKEN, ForeignHostError } from '../../../src/adapters/graph';
import { startScriptedGraph, type ScriptedGraph } from './scripted-graph';

/**
 * The token goes to the configured Graph origin and nowhere else. A second server on another port of the
 * same host plays the stranger a nextLink (or a caller's absolute URL) points to; it must see nothing.
 */
let graph: ScriptedGraph;
let stranger: ScriptedGraph;
let nextLink = '';

beforeAll(async () => {
  stranger = await startScriptedGraph(() => ({ status: 200, body: { value: ['stolen'] } }));
  graph = await startScriptedGraph((req) =>
    req.url.includes('redirect')
      ? { status: 302, headers: { location: `${stranger.origin}/v1.0/me` } }
      : { status: 200, body: { value: [{ id: '1' }], '@odata.nextLink': nextLink } },
  );
});
afterAll(async () => {
  await graph.stop();
  await stranger.stop();
});

function client() {
  return createGraphClient({
    baseUrl: graph.baseUrl,
    auth: { kind: 'dev-token' },
    clientOrganisation: 'VGR',
  });
}

test.each([
  ['another port on the same host', () => `${stranger.origin}/v1.0/sites/s/lists/l/items?$skiptoken=2`],
  ['a Graph host of Microsoft', () => 'https://graph.microsoft.com/v1.0/sites/s/lists/l/items?$skiptoken=2'],
  ['another version path', () => `${graph.origin}/beta/sites/s/lists/l/items?$skiptoken=2`],
])('a nextLink to %s is refused, and nothing is sent there', async (_what, link) => {
  nextLink = link();
  graph.seen.length = 0;
  await expect(client().getAllPages('/sites/s/lists/l/items')).rejects.toBeInstanceOf(ForeignHostError);
  expect(graph.seen).toHaveLength(1);
  expect(graph.seen[0]?.headers.authorization).toBe(`Bearer ${DEV_GRAPH_TOKEN}`);
  expect(stranger.seen).toHaveLength(0);
});

test('an absolute URL to another host given to client.api() is refused before sending', async () => {
  await expect(client().client.api(`${stranger.origin}/v1.0/me`).get()).rejects.toBeInstanceOf(
    ForeignHostError,
  );
  expect(stranger.seen).toHaveLength(0);
});

test('a redirect is not followed: it is an error, and the stranger sees nothing', async () => {
  await expect(client().client.api('/redirect').get()).rejects.toMatchObject({
    name: 'GraphRequestError',
    status: 302,
  });
  expect(stranger.seen).toHaveLength(0);
});
