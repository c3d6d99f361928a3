import { Client, GraphError, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { DEV_GRAPH_TOKEN } from '../../../src/adapters/graph/dev-token';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { SITE_ID } from './graph-http';

/** The real Graph JS client talks to the fake as to Graph: token attached, errors parsed, 429 retried. */

const SENDER = 'intake@vgregion.example';
const tokenProvider: AuthenticationProvider = { getAccessToken: async () => DEV_GRAPH_TOKEN };
let graph: FakeGraph;

function sdk(customHosts = true): Client {
  return Client.initWithMiddleware({
    authProvider: tokenProvider,
    baseUrl: new URL(graph.baseUrl).origin,
    defaultVersion: 'v1.0',
    ...(customHosts ? { customHosts: new Set(['127.0.0.1']) } : {}),
  });
}

beforeEach(async () => {
  graph = await startFakeGraph({ token: DEV_GRAPH_TOKEN, mailboxes: [SENDER] });
});

afterEach(async () => {
  await graph.stop();
});

describe('the Graph SDK against the fake Graph', () => {
  it('creates and reads a list, and updates an item with If-Match, sending its token to the custom host', async () => {
    const client = sdk();
    const created = await client.api(`/sites/${SITE_ID}/lists`).post({
      displayName: 'Nomineringar',
      columns: [{ name: 'OrgId', text: {}, indexed: true }],
      list: { template: 'genericList' },
    });
    const list = await client.api(`/sites/${SITE_ID}/lists/${created.id}`).expand('columns').get();
    expect(list.displayName).toBe('Nomineringar');
    expect(list.columns.map((c: { name: string }) => c.name)).toContain('OrgId');

    const item = await client
      .api(`/sites/${SITE_ID}/lists/${created.id}/items`)
      .post({ fields: { OrgId: 'narhalsan' } });
    const fields = await client
      .api(`/sites/${SITE_ID}/lists/${created.id}/items/${item.id}/fields`)
      .header('If-Match', item.eTag)
      .patch({ OrgId: 'goteborg' });
    expect(fields).toMatchObject({ OrgId: 'goteborg' });
    expect(fields['@odata.etag']).not.toBe(item.eTag);

    const stale = client
      .api(`/sites/${SITE_ID}/lists/${created.id}/items/${item.id}/fields`)
      .header('If-Match', item.eTag)
      .patch({ OrgId: 'x' });
    await expect(stale).rejects.toMatchObject({ statusCode: 412, code: 'resourceModified' });
    await expect(stale).rejects.toBeInstanceOf(GraphError);
    expect(graph.requests.every((r) => r.authorized)).toBe(true);
  });

  it('sends no token to a host missing from customHosts, so the fake answers 401', async () => {
    await expect(sdk(false).api(`/sites/${SITE_ID}`).get()).rejects.toMatchObject({
      statusCode: 401,
      code: 'InvalidAuthenticationToken',
    });
  });

  it('takes sendMail’s empty 202 without failing to parse it', async () => {
    const message = {
      subject: 'Begäran',
      body: { contentType: 'Text', content: 'Hej' },
      toRecipients: [{ emailAddress: { address: 'narhalsan@vgregion.example' } }],
    };
    await sdk().api(`/users/${SENDER}/sendMail`).post({ message });
    expect(graph.sentMail(SENDER)).toEqual([message]);
  });

  it('retries a throttled request after the Retry-After the fake gives', async () => {
    graph.faults.set([{ kind: '429', rate: 1, method: 'GET', times: 1, retryAfterSeconds: 0 }]);
    const site = await sdk().api(`/sites/${SITE_ID}`).get();
    expect(site.id).toBe(SITE_ID);
    expect(graph.requests.map((r) => r.status)).toEqual([429, 200]);
  });
});
