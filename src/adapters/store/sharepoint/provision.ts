import { AmbiguousResultError, type GraphClient } from '../../graph';
import { isStatus } from './list-items';
import { LIST_ORDER, LISTS } from './lists';
import {
  nameTitleColumn,
  reconcileColumns,
  titleDifference,
  type Difference,
  type ExistingColumn,
} from './provision-columns';
import { columnDefinition, type ListSpec } from './schema';
import { listsOfSite, sitePath } from './site-lists';

export interface ListReport {
  displayName: string;
  /** Made by this run, with all its columns and indexes. */
  created: boolean;
  columns: number;
  /** Display names (internal names) of what this run added to a list that was there. */
  added: string[];
  indexed: string[];
  unique: string[];
}

export interface ProvisionReport {
  siteId: string;
  lists: ListReport[];
  /** What differs from the store's expectations and was left alone. */
  differences: Difference[];
}

export function changedAnything(report: ProvisionReport): boolean {
  return report.lists.some((l) => l.created || l.added.length + l.indexed.length + l.unique.length > 0);
}

/**
 * `contact-intake sharepoint provision`: makes the site hold the lists the SharePoint store needs. Safe to
 * run again: it creates missing lists (with their columns and indexes in the same request), adds missing
 * columns, indexes and uniqueness rules to lists that are there, and changes nothing else; what differs
 * otherwise is reported. Needs the `manage` role on the site (Sites.Selected); the service itself `write`.
 */
export async function provisionSharePoint(graph: GraphClient, siteId: string): Promise<ProvisionReport> {
  const existing = await listsOfSite(graph, siteId);
  const report: ProvisionReport = { siteId, lists: [], differences: [] };
  for (const key of LIST_ORDER) {
    const spec = LISTS[key];
    const found = existing.get(spec.displayName.toLowerCase());
    const { id, created } = found ? { id: found.id, created: false } : await createList(graph, siteId, spec);
    const listPath = `${sitePath(siteId)}/lists/${id}`;
    const columns = await graph.getAllPages<ExistingColumn>(`${listPath}/columns`);
    const title = created
      ? await nameTitleColumn(graph, listPath, spec, columns)
      : titleDifference(spec, columns);
    if (title) report.differences.push(title);
    const changes = await reconcileColumns(graph, listPath, spec, columns);
    report.differences.push(...changes.differences);
    report.lists.push({
      displayName: spec.displayName,
      created,
      columns: spec.columns.length,
      added: changes.added,
      indexed: changes.indexed,
      unique: changes.unique,
    });
  }
  return report;
}

/** One request per list: the columns, their indexes and uniqueness come with it. */
async function createList(
  graph: GraphClient,
  siteId: string,
  spec: ListSpec,
): Promise<{ id: string; created: boolean }> {
  try {
    const made = (await graph.client.api(`${sitePath(siteId)}/lists`).post({
      displayName: spec.displayName,
      description: spec.description,
      list: { template: 'genericList' },
      columns: spec.columns.map(columnDefinition),
    })) as { id: string };
    return { id: made.id, created: true };
  } catch (err) {
    // 409: another run made it meanwhile. Unknown outcome: look before creating again.
    const taken = isStatus(err, 409);
    if (!taken && !(err instanceof AmbiguousResultError)) throw err;
    const found = (await listsOfSite(graph, siteId)).get(spec.displayName.toLowerCase());
    if (!found) throw err;
    return { id: found.id, created: !taken };
  }
}
