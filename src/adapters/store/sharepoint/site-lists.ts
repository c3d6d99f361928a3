import type { GraphClient } from '../../graph';
import { SharePointListsMissingError } from './errors';
import { LIST_ORDER, LISTS } from './lists';
import type { ListKey } from './schema';

interface ListSummary {
  id: string;
  displayName: string;
}

/** `/sites/{site}` as a Graph path. A site id (`host,guid,guid`) goes in as it is. */
export function sitePath(siteId: string): string {
  return `/sites/${siteId}`;
}

/** Every list of the site, by display name (SharePoint compares titles ignoring case). */
export async function listsOfSite(graph: GraphClient, siteId: string): Promise<Map<string, ListSummary>> {
  const lists = await graph.getAllPages<ListSummary>(`${sitePath(siteId)}/lists?$select=id,displayName`);
  return new Map(lists.map((l) => [l.displayName.toLowerCase(), l]));
}

/**
 * The ids of the store's lists, looked up once (one request) and kept: a list's id never changes.
 * A failed look-up is not kept, so the next call tries again.
 */
export class SiteLists {
  private ids: Promise<Map<ListKey, string>> | undefined;

  constructor(
    private readonly graph: GraphClient,
    readonly siteId: string,
  ) {}

  async itemsPath(key: ListKey): Promise<string> {
    const ids = await this.resolve();
    return `${sitePath(this.siteId)}/lists/${ids.get(key)!}/items`;
  }

  private resolve(): Promise<Map<ListKey, string>> {
    this.ids ??= this.lookUp().catch((err: unknown) => {
      this.ids = undefined;
      throw err;
    });
    return this.ids;
  }

  private async lookUp(): Promise<Map<ListKey, string>> {
    const found = await listsOfSite(this.graph, this.siteId);
    const ids = new Map<ListKey, string>();
    const missing: string[] = [];
    for (const key of LIST_ORDER) {
      const list = found.get(LISTS[key].displayName.toLowerCase());
      if (list) ids.set(key, list.id);
      else missing.push(LISTS[key].displayName);
    }
    if (missing.length > 0) throw new SharePointListsMissingError(missing);
    return ids;
  }
}
