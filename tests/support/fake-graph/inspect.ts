import { columnJson } from './columns';
import { etagOf } from './item-values';
import type { FakeState } from './state';
import type { FakeList } from './types';

/** Snapshots for assertions: copies, so a test cannot change the tenant behind Graph's back. */
export function snapshotList(state: FakeState, siteIdOrName: string, listName: string): FakeList | undefined {
  const site = state.findSite(siteIdOrName);
  const list = site ? state.findList(site, listName) : undefined;
  if (!list) return undefined;
  return structuredClone({
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    columns: list.columns.map((c) => ({
      id: c.id,
      name: c.name,
      displayName: c.displayName,
      type: c.type,
      indexed: c.indexed,
      enforceUniqueValues: c.enforceUniqueValues,
      required: c.required,
      hidden: c.hidden,
      readOnly: c.readOnly,
      definition: columnJson(c),
    })),
    items: list.items.map((i) => ({
      id: String(i.id),
      etag: etagOf(i),
      version: i.version,
      fields: i.fields,
      createdDateTime: i.created,
      lastModifiedDateTime: i.modified,
    })),
  });
}
