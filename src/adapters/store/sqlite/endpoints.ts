import type Database from 'better-sqlite3';
import type { ChannelEndpoint } from '../../../app/ports/store';
import { channelEndpoint, toText, type ChannelEndpointRow } from './rows';

export interface EndpointQueries {
  save(endpoint: ChannelEndpoint): void;
  get(channelId: string): ChannelEndpoint | undefined;
}

export function endpointQueries(db: Database.Database): EndpointQueries {
  // Teams repeats the endpoint on every activity: the latest service URL wins, but an activity that
  // does not name the team or tenant does not erase what an earlier one told us.
  const upsert = db.prepare(
    `INSERT INTO channel_endpoints (channel_id, team_id, tenant_id, service_url, updated_at)
     VALUES (@channelId, @teamId, @tenantId, @serviceUrl, @updatedAt)
     ON CONFLICT (channel_id) DO UPDATE SET team_id = COALESCE(excluded.team_id, team_id),
       tenant_id = COALESCE(excluded.tenant_id, tenant_id),
       service_url = excluded.service_url, updated_at = excluded.updated_at`,
  );
  const select = db.prepare<[string], ChannelEndpointRow>(
    'SELECT channel_id, team_id, tenant_id, service_url, updated_at FROM channel_endpoints WHERE channel_id = ?',
  );
  return {
    save(e) {
      upsert.run({
        channelId: e.channelId,
        teamId: e.teamId ?? null,
        tenantId: e.tenantId ?? null,
        serviceUrl: e.serviceUrl,
        updatedAt: toText(e.updatedAt),
      });
    },
    get(channelId) {
      const row = select.get(channelId);
      return row ? channelEndpoint(row) : undefined;
    },
  };
}
