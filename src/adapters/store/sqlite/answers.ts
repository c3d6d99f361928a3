import type Database from 'better-sqlite3';
import { sameNominees, type Nominee } from '../../../domain/answer';
import type { AnswerVersion, Submitter } from '../../../domain/answer-record';
import { AppError } from '../../../app/errors';
import type { Actor, NewAnswer, SaveAnswerOutcome } from '../../../app/ports/store';
import type { AuditQueries } from './audit';
import { answerVersion, nominee, toText, type AnswerVersionRow, type NomineeRow } from './rows';

export interface AnswerQueries {
  save(answer: NewAnswer): SaveAnswerOutcome;
  current(campaignId: string, orgId: string): AnswerVersion | undefined;
  currentAll(campaignId: string): AnswerVersion[];
  history(campaignId: string, orgId: string): AnswerVersion[];
}

const VERSION_COLUMNS = `v.campaign_id, v.org_id, v.version, v.submitted_by_kind, v.submitted_by_name,
  v.submitted_by_id, v.submitted_at, v.channel, v.late`;
const NOMINEE_COLUMNS = 'n.org_id, n.version, n.role_id, n.name, n.email, n.phone, n.title';

/** The latest version per organisation of one campaign, as a join target. */
const LATEST = `(SELECT org_id, MAX(version) AS version FROM answer_versions
                  WHERE campaign_id = @campaignId GROUP BY org_id) AS latest`;

type OrgKey = { campaignId: string; orgId: string };

export function answerQueries(db: Database.Database, audit: AuditQueries): AnswerQueries {
  const knownOrg = db.prepare<[string, string], { found: number }>(
    'SELECT 1 AS found FROM campaign_organisations WHERE campaign_id = ? AND org_id = ?',
  );
  const versionByKey = db.prepare<[string, string, string], { version: number }>(
    'SELECT version FROM answer_versions WHERE campaign_id = ? AND org_id = ? AND idempotency_key = ?',
  );
  const oneVersion = db.prepare<[string, string, number], AnswerVersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM answer_versions v WHERE campaign_id = ? AND org_id = ? AND version = ?`,
  );
  const latestVersion = db.prepare<[string, string], AnswerVersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM answer_versions v WHERE campaign_id = ? AND org_id = ?
      ORDER BY version DESC LIMIT 1`,
  );
  const nomineesOfVersion = db.prepare<[string, string, number], NomineeRow>(
    `SELECT ${NOMINEE_COLUMNS} FROM answer_nominees n WHERE campaign_id = ? AND org_id = ? AND version = ?
      ORDER BY position`,
  );
  const allVersions = db.prepare<[string, string], AnswerVersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM answer_versions v WHERE campaign_id = ? AND org_id = ? ORDER BY version`,
  );
  const nomineesOfOrg = db.prepare<[string, string], NomineeRow>(
    `SELECT ${NOMINEE_COLUMNS} FROM answer_nominees n WHERE campaign_id = ? AND org_id = ?
      ORDER BY version, position`,
  );
  const latestVersions = db.prepare<{ campaignId: string }, AnswerVersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM answer_versions v
       JOIN ${LATEST} ON latest.org_id = v.org_id AND latest.version = v.version
       LEFT JOIN campaign_organisations o ON o.campaign_id = v.campaign_id AND o.org_id = v.org_id
      WHERE v.campaign_id = @campaignId ORDER BY o.position, v.org_id`,
  );
  const latestNominees = db.prepare<{ campaignId: string }, NomineeRow>(
    `SELECT ${NOMINEE_COLUMNS} FROM answer_nominees n
       JOIN ${LATEST} ON latest.org_id = n.org_id AND latest.version = n.version
      WHERE n.campaign_id = @campaignId ORDER BY n.org_id, n.position`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO answer_versions (campaign_id, org_id, version, submitted_by_kind, submitted_by_name,
       submitted_by_id, submitted_at, channel, late, idempotency_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertNominee = db.prepare(
    `INSERT INTO answer_nominees (campaign_id, org_id, version, position, role_id, name, email, phone, title)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const withNominees = (row: AnswerVersionRow): AnswerVersion =>
    answerVersion(row, nomineesOfVersion.all(row.campaign_id, row.org_id, row.version).map(nominee));

  const load = ({ campaignId, orgId }: OrgKey, version: number): AnswerVersion => {
    const row = oneVersion.get(campaignId, orgId, version);
    if (!row) throw new Error(`answer version ${version} of ${campaignId}/${orgId} is missing`);
    return withNominees(row);
  };

  const save = db.transaction((a: NewAnswer): SaveAnswerOutcome => {
    // The foreign key would refuse it too; this says which id was wrong, in words the CLI can show.
    if (!knownOrg.get(a.campaignId, a.orgId)) {
      throw new AppError(
        'organisation_not_found',
        `Organisationen "${a.orgId}" finns inte i kampanjen "${a.campaignId}".`,
      );
    }
    const seen = versionByKey.get(a.campaignId, a.orgId, a.idempotencyKey);
    if (seen) return { kind: 'duplicate', answer: load(a, seen.version) };
    const latest = latestVersion.get(a.campaignId, a.orgId);
    const current = latest ? withNominees(latest) : undefined;
    if (current && sameNominees(current.nominees, a.nominees)) return { kind: 'unchanged', answer: current };
    if (current && a.baseVersion !== undefined && a.baseVersion < current.version) {
      return { kind: 'conflict', current };
    }
    const version = (current?.version ?? 0) + 1;
    const by = a.submittedBy;
    insertVersion.run(
      a.campaignId,
      a.orgId,
      version,
      by.kind,
      by.name,
      by.id ?? null,
      toText(a.submittedAt),
      a.channel,
      a.late ? 1 : 0,
      a.idempotencyKey,
    );
    a.nominees.forEach((n, i) =>
      insertNominee.run(
        a.campaignId,
        a.orgId,
        version,
        i,
        n.roleId,
        n.name,
        n.email,
        n.phone ?? null,
        n.title ?? null,
      ),
    );
    audit.append({
      at: a.submittedAt,
      actor: actorOf(by),
      action: 'answer.saved',
      campaignId: a.campaignId,
      orgId: a.orgId,
      detail: { version, channel: a.channel, late: a.late, nominees: a.nominees.length },
    });
    return { kind: 'saved', answer: load(a, version) };
  });

  // A deferred read transaction gives both queries the same snapshot while another process writes.
  const currentAll = db.transaction((campaignId: string): AnswerVersion[] => {
    const nominees = groupBy(latestNominees.all({ campaignId }), (n) => n.org_id);
    return latestVersions
      .all({ campaignId })
      .map((row) => answerVersion(row, nominees.get(row.org_id) ?? []));
  });

  const history = db.transaction((campaignId: string, orgId: string): AnswerVersion[] => {
    const nominees = groupBy(nomineesOfOrg.all(campaignId, orgId), (n) => n.version);
    return allVersions
      .all(campaignId, orgId)
      .map((row) => answerVersion(row, nominees.get(row.version) ?? []));
  });

  return {
    // IMMEDIATE takes the write lock before the first read, so writers in other processes queue
    // behind us instead of deciding on a version number that is about to be taken.
    save: (answer) => save.immediate(answer),
    current: (campaignId, orgId) => {
      const row = latestVersion.get(campaignId, orgId);
      return row ? withNominees(row) : undefined;
    },
    currentAll: (campaignId) => currentAll.deferred(campaignId),
    history: (campaignId, orgId) => history.deferred(campaignId, orgId),
  };
}

/** Nominee rows arrive sorted by position, so each list keeps the order the organisation gave. */
function groupBy<K>(rows: NomineeRow[], keyOf: (row: NomineeRow) => K): Map<K, Nominee[]> {
  const groups = new Map<K, Nominee[]>();
  for (const row of rows) {
    const list = groups.get(keyOf(row));
    if (list) list.push(nominee(row));
    else groups.set(keyOf(row), [nominee(row)]);
  }
  return groups;
}

function actorOf(by: Submitter): Actor {
  return {
    kind: by.kind === 'teams-user' ? 'teams-user' : 'web',
    name: by.name,
    ...(by.id ? { id: by.id } : {}),
  };
}
