import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export interface ConnectionOptions {
  /** How long a writer waits for another process's write to finish before giving up. */
  busyTimeoutMs?: number;
  /** Called with every SQL statement run; lets tests count queries. Never log what it receives. */
  trace?: (sql: string) => void;
}

const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens (or creates) the database file. The CLI and the running service open the same file at the
 * same time, so writers must wait for each other rather than fail: WAL lets readers carry on while
 * one process writes, and the busy timeout makes a second writer queue instead of erroring.
 */
export function openDatabase(path: string, options: ConnectionOptions = {}): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, options.trace ? { verbose: (sql) => options.trace!(String(sql)) } : {});
  try {
    const busyTimeoutMs = Math.trunc(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    enableWal(db, busyTimeoutMs);
    // "Saved" is a promise to the person who answered: commits must survive a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Switching a new file to WAL needs an exclusive lock, and SQLite reports SQLITE_BUSY for it at
 * once, without the busy handler, when another process is opening the same new file. That only
 * happens on the first open of a file (WAL is then recorded in it), so a short blocking retry here
 * costs nothing in normal running.
 */
function enableWal(db: Database.Database, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5 + Math.random() * 20);
    }
  }
}
