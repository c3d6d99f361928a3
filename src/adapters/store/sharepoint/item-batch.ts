import type { BatchItem, BatchResult, GraphClient } from '../../graph';
import { BatchWriteError } from './errors';
import { toListItem, type ListClient, type ListItem } from './list-items';
import type { Fields } from './values';

/**
 * One write of a multi-row change. Only writes that may be repeated belong here: creates of items with a
 * unique client-generated key (a repeat gets 409) and PATCHes that set fields without a precondition.
 */
export interface ItemWrite {
  list: ListClient;
  method: 'POST' | 'PATCH';
  /** The item to PATCH. */
  id?: string;
  fields: Fields;
  /** Statuses that also mean done: 409 for a keyed create (it is there), 404 for a PATCH of a removed row. */
  alsoDone?: readonly number[];
}

export interface WriteResult {
  status: number;
  /** The item a create made (201), when Graph returned it. */
  created?: ListItem;
}

/**
 * Sends the writes in `$batch` calls of at most 20 (one request for the usual answer) and checks every
 * result: the client repeats throttled ones itself; any other failure is thrown, never dropped. The
 * batch is marked safe to repeat because every write in it is (see ItemWrite).
 */
export async function writeAll(
  graph: GraphClient,
  writes: ItemWrite[],
  what: string,
): Promise<WriteResult[]> {
  if (writes.length === 0) return [];
  const items = await Promise.all(writes.map(batchItem));
  const results = await graph.batch(items, { safeToRepeat: true });
  const failed = results.filter((r, i) => !done(r, writes[i]!));
  if (failed.length > 0)
    throw new BatchWriteError(
      what,
      failed.map((r) => r.status),
    );
  return results.map((r) => ({
    status: r.status,
    ...(r.status === 201 && r.body ? { created: toListItem(r.body) } : {}),
  }));
}

async function batchItem(write: ItemWrite): Promise<BatchItem> {
  const path = await write.list.itemsPath();
  if (write.method === 'POST') return { method: 'POST', url: path, body: { fields: write.fields } };
  if (write.id === undefined) throw new Error('a PATCH in a batch needs the item id');
  return { method: 'PATCH', url: `${path}/${encodeURIComponent(write.id)}/fields`, body: write.fields };
}

function done(result: BatchResult, write: ItemWrite): boolean {
  return (result.status >= 200 && result.status < 300) || (write.alsoDone ?? []).includes(result.status);
}
