import type Database from 'better-sqlite3';
import type { ChannelLink, ChannelLinkState } from '../../../domain/channel-link';
import type {
  ChannelLinkDecision,
  ChannelLinkRequest,
  DecideChannelLinkOutcome,
} from '../../../app/ports/store';
import { toDate, toText } from './rows';

export interface ChannelLinkQueries {
  request(request: ChannelLinkRequest): ChannelLink;
  get(id: string): ChannelLink | undefined;
  inState(state: ChannelLinkState): ChannelLink[];
  decide(id: string, decision: ChannelLinkDecision): DecideChannelLinkOutcome;
}

interface ChannelLinkRow {
  id: string;
  org_id: string;
  channel_id: string;
  team_id: string | null;
  tenant_id: string | null;
  service_url: string;
  team_name: string | null;
  channel_name: string | null;
  requested_by_id: string;
  requested_by_name: string | null;
  requested_at: string;
  state: ChannelLinkState;
  decided_by_id: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
}

const COLUMNS = `id, org_id, channel_id, team_id, tenant_id, service_url, team_name, channel_name,
  requested_by_id, requested_by_name, requested_at, state, decided_by_id, decided_by_name, decided_at`;

/** `other` was requested before the link named @id/@at (time, then id): the order domain/channel-link.ts uses. */
const OLDER = '(requested_at < @at OR (requested_at = @at AND id < @id))';
const NEWER = '(requested_at > @at OR (requested_at = @at AND id > @id))';

/**
 * Channel links, one row per request. Each method is one immediate transaction, so two processes
 * deciding the same link, or asking for the same organisation, are put one after the other.
 */
export function channelLinkQueries(db: Database.Database): ChannelLinkQueries {
  const selectOne = db.prepare<[string], ChannelLinkRow>(`SELECT ${COLUMNS} FROM channel_links WHERE id = ?`);
  const selectState = db.prepare<[string], ChannelLinkRow>(
    `SELECT ${COLUMNS} FROM channel_links WHERE state = ? ORDER BY requested_at, id`,
  );
  const insert = db.prepare(
    `INSERT INTO channel_links (id, org_id, channel_id, team_id, tenant_id, service_url, team_name,
       channel_name, requested_by_id, requested_by_name, requested_at, state)
     VALUES (@id, @orgId, @channelId, @teamId, @tenantId, @serviceUrl, @teamName, @channelName,
       @requestedById, @requestedByName, @at, 'pending')
     ON CONFLICT (id) DO NOTHING`,
  );
  const supersedeOlder = db.prepare(
    `UPDATE channel_links SET state = 'superseded'
      WHERE org_id = @orgId AND state = 'pending' AND ${OLDER}`,
  );
  const newerPending = db.prepare<{ orgId: string; at: string; id: string }, { found: number }>(
    `SELECT 1 AS found FROM channel_links WHERE org_id = @orgId AND state = 'pending' AND ${NEWER} LIMIT 1`,
  );
  const supersedeOne = db.prepare(
    "UPDATE channel_links SET state = 'superseded' WHERE id = @id AND state = 'pending'",
  );
  const decideOne = db.prepare(
    `UPDATE channel_links SET state = @state, decided_by_id = @byId, decided_by_name = @byName,
       decided_at = @decidedAt WHERE id = @id AND state = 'pending'`,
  );
  // Every approved link of the organisation or the channel decided before this one (whatever the age
  // of its request): a slow approval of an older request must not stay approved behind a newer one.
  const replaceEarlier = db.prepare(
    `UPDATE channel_links SET state = 'replaced'
      WHERE state = 'approved' AND id <> @id AND (org_id = @orgId OR channel_id = @channelId)
        AND (decided_at < @decidedAt OR (decided_at = @decidedAt AND id < @id))`,
  );

  const get = (id: string) => {
    const row = selectOne.get(id);
    return row ? toLink(row) : undefined;
  };

  const request = db.transaction((r: ChannelLinkRequest): ChannelLink => {
    const at = toText(r.requestedAt);
    const added = insert.run({
      id: r.id,
      orgId: r.orgId,
      channelId: r.channelId,
      teamId: r.teamId ?? null,
      tenantId: r.tenantId ?? null,
      serviceUrl: r.serviceUrl,
      teamName: r.teamName ?? null,
      channelName: r.channelName ?? null,
      requestedById: r.requestedBy.aadObjectId,
      requestedByName: r.requestedBy.name ?? null,
      at,
    });
    if (added.changes === 1) {
      supersedeOlder.run({ orgId: r.orgId, at, id: r.id });
      // A request older than one already stored (clocks of two processes differ) is superseded at once.
      if (newerPending.get({ orgId: r.orgId, at, id: r.id })) supersedeOne.run({ id: r.id });
    }
    return get(r.id)!;
  });

  const decide = db.transaction((id: string, d: ChannelLinkDecision): DecideChannelLinkOutcome => {
    const link = get(id);
    if (!link) return { kind: 'not_found' };
    if (link.state !== 'pending') return { kind: link.state === d.state ? 'unchanged' : 'closed', link };
    const decidedAt = toText(d.at);
    decideOne.run({ id, state: d.state, byId: d.by.aadObjectId, byName: d.by.name ?? null, decidedAt });
    if (d.state === 'approved') {
      replaceEarlier.run({ orgId: link.orgId, channelId: link.channelId, decidedAt, id });
    }
    return { kind: 'decided', link: get(id)! };
  });

  return {
    request: (r) => request.immediate(r),
    get,
    inState: (state) => selectState.all(state).map(toLink),
    decide: (id, d) => decide.immediate(id, d),
  };
}

function toLink(row: ChannelLinkRow): ChannelLink {
  const decidedBy =
    row.decided_by_id === null
      ? undefined
      : {
          aadObjectId: row.decided_by_id,
          ...(row.decided_by_name !== null ? { name: row.decided_by_name } : {}),
        };
  return {
    id: row.id,
    orgId: row.org_id,
    channelId: row.channel_id,
    ...(row.team_id !== null ? { teamId: row.team_id } : {}),
    ...(row.tenant_id !== null ? { tenantId: row.tenant_id } : {}),
    serviceUrl: row.service_url,
    ...(row.team_name !== null ? { teamName: row.team_name } : {}),
    ...(row.channel_name !== null ? { channelName: row.channel_name } : {}),
    requestedBy: {
      aadObjectId: row.requested_by_id,
      ...(row.requested_by_name !== null ? { name: row.requested_by_name } : {}),
    },
    requestedAt: toDate(row.requested_at),
    state: row.state,
    ...(decidedBy ? { decidedBy } : {}),
    ...(row.decided_at !== null ? { decidedAt: toDate(row.decided_at) } : {}),
  };
}
