import { ItemContentionError } from './errors';
import { isStatus, type ListClient } from './list-items';
import { line, type Fields } from './values';

const ROUNDS = 6;

export interface MergeByKey {
  keyColumn: string;
  key: string;
  /** The latest values; columns left out keep what an earlier write stored. */
  latest: Fields;
  select: readonly string[];
  /** The item as an operator reads it in a contention error, e.g. `kanalen "19:…"`. */
  describe: string;
}

/**
 * One item per key (a unique column): created once, otherwise updated with If-Match, so that two
 * writers merging into the same item both land and neither blindly overwrites the other's columns.
 */
export async function mergeByKey(list: ListClient, m: MergeByKey): Promise<void> {
  for (let round = 1; round <= ROUNDS; round++) {
    let item = await list.findByKey(m.keyColumn, m.key, m.select);
    if (!item) {
      const made = await list.createOnce({
        keyColumn: m.keyColumn,
        key: m.key,
        fields: { Title: line(m.key), [m.keyColumn]: m.key, ...m.latest },
        select: m.select,
      });
      if (made.created) return;
      item = made.item;
    }
    try {
      await list.update(item.id, m.latest, item.etag);
      return;
    } catch (err) {
      if (!isStatus(err, 412)) throw err;
    }
  }
  throw new ItemContentionError(m.describe, ROUNDS);
}
