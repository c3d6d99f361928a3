import { createGraphClient, DEV_GRAPH_TOKEN } from '../../src/adapters/graph';
import { openSharePointStore, provisionSharePoint } from '../../src/adapters/store/sharepoint';
import { startFakeGraph } from '../support/fake-graph';
import { writeLegacyItems } from './sharepoint-legacy';
import { describeStoreContract } from './store-contract';

const SITE =
  'contoso.sharepoint.example,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';

/**
 * The same contract as SQLite, against SharePoint lists on the fake Graph over real TLS. Pages of two
 * items, every second page empty: every read that forgot to follow @odata.nextLink to the end would
 * lose items here. The fake also refuses filters on columns that are not indexed.
 */
describeStoreContract('SharePoint over fake Graph', async () => {
  const fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, siteId: SITE, pageSize: 2, emptyPageEvery: 2 });
  // Each store its own client and caches, as separate processes of the service have.
  const graphClient = () =>
    createGraphClient(
      { baseUrl: fake.baseUrl, auth: { kind: 'dev-token' }, clientOrganisation: 'Västra Götalandsregionen' },
      { sleep: async () => {}, random: () => 0.5 },
    );
  const graph = graphClient();
  await provisionSharePoint(graph, SITE);
  const store = openSharePointStore({ graph, siteId: SITE });
  return {
    store,
    another: async () => openSharePointStore({ graph: graphClient(), siteId: SITE }),
    async openOnLegacy(c) {
      await writeLegacyItems(graph, SITE, c);
      return openSharePointStore({ graph: graphClient(), siteId: SITE });
    },
    async cleanup() {
      await store.close();
      // Nothing the store asked for may rely on SharePoint's "query a non-indexed column anyway" header.
      expect(fake.requests.filter((r) => r.prefer !== undefined)).toEqual([]);
      await fake.stop();
    },
  };
});
