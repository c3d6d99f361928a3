import type Database from 'better-sqlite3';

/**
 * Schema steps, applied in order and recorded in `PRAGMA user_version`. Never edit a step that has
 * shipped: files in the field are already at it. Add a new step at the end instead.
 *
 * Times are ISO-8601 UTC text (`Date.toISOString()`): readable for an operator opening the file,
 * and they sort and compare as text, which the delivery lease relies on.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE campaigns (
    id            TEXT PRIMARY KEY,
    definition    TEXT NOT NULL,
    title         TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('draft', 'open', 'closed')),
    created_at    TEXT NOT NULL,
    sent_at       TEXT,
    deadline_date TEXT,
    closed_at     TEXT
  );

  CREATE TABLE campaign_organisations (
    campaign_id TEXT NOT NULL REFERENCES campaigns (id),
    org_id      TEXT NOT NULL,
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, org_id)
  );

  CREATE TABLE answer_versions (
    campaign_id       TEXT NOT NULL,
    org_id            TEXT NOT NULL,
    version           INTEGER NOT NULL CHECK (version >= 1),
    submitted_by_kind TEXT NOT NULL,
    submitted_by_name TEXT NOT NULL,
    submitted_by_id   TEXT,
    submitted_at      TEXT NOT NULL,
    channel           TEXT NOT NULL,
    late              INTEGER NOT NULL CHECK (late IN (0, 1)),
    idempotency_key   TEXT NOT NULL,
    PRIMARY KEY (campaign_id, org_id, version),
    UNIQUE (campaign_id, org_id, idempotency_key),
    FOREIGN KEY (campaign_id, org_id) REFERENCES campaign_organisations (campaign_id, org_id)
  );

  CREATE TABLE answer_nominees (
    campaign_id TEXT NOT NULL,
    org_id      TEXT NOT NULL,
    version     INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    role_id     TEXT NOT NULL,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL,
    phone       TEXT,
    title       TEXT,
    PRIMARY KEY (campaign_id, org_id, version, position),
    FOREIGN KEY (campaign_id, org_id, version) REFERENCES answer_versions (campaign_id, org_id, version)
  );

  CREATE TABLE deliveries (
    key          TEXT PRIMARY KEY,
    campaign_id  TEXT NOT NULL REFERENCES campaigns (id),
    org_id       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    channel      TEXT NOT NULL,
    target       TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'waiting')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    lease_until  TEXT,
    last_error   TEXT,
    external_ref TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    sent_at      TEXT
  );
  CREATE INDEX deliveries_by_campaign ON deliveries (campaign_id, created_at);

  CREATE TABLE channel_endpoints (
    channel_id  TEXT PRIMARY KEY,
    team_id     TEXT,
    tenant_id   TEXT,
    service_url TEXT NOT NULL,
    updated_at  TEXT NOT NULL
  );

  CREATE TABLE audit_trail (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor_kind  TEXT NOT NULL,
    actor_id    TEXT,
    actor_name  TEXT,
    action      TEXT NOT NULL,
    campaign_id TEXT,
    org_id      TEXT,
    detail      TEXT
  );
  CREATE INDEX audit_by_campaign ON audit_trail (campaign_id, at, seq);
  `,
  // 2: deadline extensions, finished reminder rounds, owners' personal chats with the bot. Campaigns
  // stored before this step simply have no rows here: no extensions, no rounds done.
  `
  CREATE TABLE organisation_deadlines (
    campaign_id   TEXT NOT NULL,
    org_id        TEXT NOT NULL,
    deadline_date TEXT NOT NULL,
    PRIMARY KEY (campaign_id, org_id),
    FOREIGN KEY (campaign_id, org_id) REFERENCES campaign_organisations (campaign_id, org_id)
  );

  CREATE TABLE reminder_slots (
    campaign_id TEXT NOT NULL REFERENCES campaigns (id),
    slot_key    TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('done', 'skipped')),
    at          TEXT NOT NULL,
    PRIMARY KEY (campaign_id, slot_key)
  );

  CREATE TABLE user_endpoints (
    aad_object_id   TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    service_url     TEXT NOT NULL,
    tenant_id       TEXT,
    email           TEXT,
    updated_at      TEXT NOT NULL
  );
  `,
  // 3: Teams channels linked to organisations from Teams, pending until approved. Files from before
  // this step have no links: every organisation keeps the register's channel.
  `
  CREATE TABLE channel_links (
    id                TEXT PRIMARY KEY,
    org_id            TEXT NOT NULL,
    channel_id        TEXT NOT NULL,
    team_id           TEXT,
    tenant_id         TEXT,
    service_url       TEXT NOT NULL,
    team_name         TEXT,
    channel_name      TEXT,
    requested_by_id   TEXT NOT NULL,
    requested_by_name TEXT,
    requested_at      TEXT NOT NULL,
    state             TEXT NOT NULL
                      CHECK (state IN ('pending', 'approved', 'rejected', 'superseded', 'replaced')),
    decided_by_id     TEXT,
    decided_by_name   TEXT,
    decided_at        TEXT
  );
  CREATE INDEX channel_links_by_state ON channel_links (state, org_id);
  CREATE INDEX channel_links_by_org ON channel_links (org_id, requested_at);
  `,
];

export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `The database schema is at version ${found}, but this build only knows up to ${known}. ` +
        'Upgrade contact-intake before opening this file.',
    );
    this.name = 'SchemaTooNewError';
  }
}

/**
 * Brings the file up to the latest schema. The version is read again inside a write transaction,
 * so two processes starting at once (the CLI and the service) apply each step exactly once.
 */
export function migrate(db: Database.Database, migrations: readonly string[] = MIGRATIONS): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  if (version() > migrations.length) throw new SchemaTooNewError(version(), migrations.length);
  if (version() === migrations.length) return;
  db.transaction(() => {
    const from = version();
    if (from > migrations.length) throw new SchemaTooNewError(from, migrations.length);
    for (let step = from; step < migrations.length; step++) db.exec(migrations[step]!);
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
