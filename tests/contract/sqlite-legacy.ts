import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { canonicalJson } from '../../src/adapters/store/canonical-json';
import { migrate, MIGRATIONS } from '../../src/adapters/store/sqlite/migrations';
import type { LegacyCampaign } from './store-contract';

/** The schema version before reminders: campaigns without extensions, slots or a reminder policy. */
export const BEFORE_REMINDERS = 1;

/**
 * A file as the build before reminders left it: only its migrations applied, and the rows its store wrote
 * for an opened campaign (the definition as canonical JSON, without a reminder policy).
 */
export function writeLegacyFile(path: string, c: LegacyCampaign): void {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    migrate(db, MIGRATIONS.slice(0, BEFORE_REMINDERS));
    const d = c.definition;
    db.prepare(
      `INSERT INTO campaigns (id, definition, title, state, created_at, sent_at, deadline_date)
       VALUES (?, ?, ?, 'open', ?, ?, ?)`,
    ).run(d.id, canonicalJson(d), d.title, c.createdAt.toISOString(), c.sentAt.toISOString(), c.deadlineDate);
    const org = db.prepare(
      'INSERT INTO campaign_organisations (campaign_id, org_id, name, position) VALUES (?, ?, ?, ?)',
    );
    d.organisations.forEach((o, i) => org.run(d.id, o.id, o.name, i));
  } finally {
    db.close();
  }
}
