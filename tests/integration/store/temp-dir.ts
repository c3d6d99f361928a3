import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder per test file, removed afterwards; the database path inside does not exist yet. */
export function tempDir(): { dbPath: (name?: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'contact-intake-store-'));
  return {
    dbPath: (name = 'intake.db') => join(dir, 'data', name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
