import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/app/ports/store';
import { openSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store';
import { writeLegacyFile } from './sqlite-legacy';
import { describeStoreContract } from './store-contract';
describeStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'contact-intake-contract-'));
  // A nested path also proves the store creates the folders it needs.
  const path = join(dir, 'data', 'intake.db');
  const store = openSqliteStore(path);
  const others: Store[] = [];
  const opened = (s: Store): Store => (others.push(s), s);
  return {
    store,
    another: async () => opened(openSqliteStore(path)),
    async openOnLegacy(c) {
      const legacyPath = join(dir, 'legacy.db');
      writeLegacyFile(legacyPath, c);
      return opened(openSqliteStore(legacyPath));
    },
    async cleanup() {
      for (const s of [store, ...others]) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
