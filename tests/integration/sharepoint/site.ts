import {
  createGraphClient,
  createRequestCounter,
  DEV_GRAPH_TOKEN,
  type GraphClient,
  type RequestCounter,
  type RetryPolicy,
} from '../../../src/adapters/graph';
import { openSharePointStore, provisionSharePoint } from '../../../src/adapters/store/sharepoint';
import type { Store } from '../../../src/app/ports/store';
import {
  startFakeGraph,
  type FakeGraph,
  type FakeGraphOptions,
  type FakeItem,
} from '../../support/fake-graph';

export const SITE =
  'contoso.sharepoint.example,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';

/** A Graph client on the fake, as a separate service process would have: its own token, caches and counter. */
export function graphOn(
  fake: FakeGraph,
  retry: Partial<RetryPolicy> = {},
): { graph: GraphClient; counter: RequestCounter } {
  const counter = createRequestCounter();
  const graph = createGraphClient(
    { baseUrl: fake.baseUrl, auth: { kind: 'dev-token' }, clientOrganisation: 'Västra Götalandsregionen' },
    { sleep: async () => {}, random: () => 0.5, observers: [counter.observe], retry },
  );
  return { graph, counter };
}

export interface Site {
  fake: FakeGraph;
  /** A store as one process opens it, with the Graph requests it sends counted. */
  open(retry?: Partial<RetryPolicy>): { store: Store; counter: RequestCounter };
  stop(): Promise<void>;
}

/** A fake tenant whose site has been provisioned, as an operator leaves it before starting the service. */
export async function provisionedSite(options: FakeGraphOptions = {}): Promise<Site> {
  const fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, siteId: SITE, ...options });
  await provisionSharePoint(graphOn(fake).graph, SITE);
  return {
    fake,
    open(retry = {}) {
      const { graph, counter } = graphOn(fake, retry);
      return { store: openSharePointStore({ graph, siteId: SITE }), counter };
    },
    stop: () => fake.stop(),
  };
}

/** The items of one list as SharePoint holds them (what the chair sees when opening it). */
export function itemsOf(fake: FakeGraph, list: string): FakeItem[] {
  const found = fake.list(SITE, list);
  if (!found) throw new Error(`no list ${list}`);
  return found.items;
}
