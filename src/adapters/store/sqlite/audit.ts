import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../app/ports/store';
import { auditEntry, toText, type AuditRow } from './rows';

export interface AuditQueries {
  /** Synchronous so a change and its audit entry can share one transaction. */
  append(entry: AuditEntry): void;
  trail(campaignId: string): AuditEntry[];
}

export function auditQueries(db: Database.Database): AuditQueries {
  const insert = db.prepare(
    `INSERT INTO audit_trail (at, actor_kind, actor_id, actor_name, action, campaign_id, org_id, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // `seq` breaks ties between entries written in the same millisecond, in the order they were written.
  const select = db.prepare<[string], AuditRow>(
    `SELECT at, actor_kind, actor_id, actor_name, action, campaign_id, org_id, detail
       FROM audit_trail WHERE campaign_id = ? ORDER BY at, seq`,
  );
  return {
    append(entry) {
      insert.run(
        toText(entry.at),
        entry.actor.kind,
        entry.actor.id ?? null,
        entry.actor.name ?? null,
        entry.action,
        entry.campaignId ?? null,
        entry.orgId ?? null,
        entry.detail === undefined ? null : JSON.stringify(entry.detail),
      );
    },
    trail: (campaignId) => select.all(campaignId).map(auditEntry),
  };
}
