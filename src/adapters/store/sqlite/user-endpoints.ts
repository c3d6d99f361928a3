import type Database from 'better-sqlite3';
import type { UserEndpoint } from '../../../app/ports/store';
import { toText, userEndpoint, type UserEndpointRow } from './rows';

export interface UserEndpointQueries {
  save(endpoint: UserEndpoint): void;
  get(aadObjectId: string): UserEndpoint | undefined;
}

export function userEndpointQueries(db: Database.Database): UserEndpointQueries {
  // As with channels: the latest conversation and service URL win, but an activity that does not name
  // the tenant or the person's e-mail does not erase what an earlier one told us.
  const upsert = db.prepare(
    `INSERT INTO user_endpoints (aad_object_id, conversation_id, service_url, tenant_id, email, updated_at)
     VALUES (@aadObjectId, @conversationId, @serviceUrl, @tenantId, @email, @updatedAt)
     ON CONFLICT (aad_object_id) DO UPDATE SET conversation_id = excluded.conversation_id,
       service_url = excluded.service_url, tenant_id = COALESCE(excluded.tenant_id, tenant_id),
       email = COALESCE(excluded.email, email), updated_at = excluded.updated_at`,
  );
  const select = db.prepare<[string], UserEndpointRow>(
    `SELECT aad_object_id, conversation_id, service_url, tenant_id, email, updated_at
       FROM user_endpoints WHERE aad_object_id = ?`,
  );
  return {
    save(e) {
      upsert.run({
        aadObjectId: e.aadObjectId,
        conversationId: e.conversationId,
        serviceUrl: e.serviceUrl,
        tenantId: e.tenantId ?? null,
        email: e.email ?? null,
        updatedAt: toText(e.updatedAt),
      });
    },
    get(aadObjectId) {
      const row = select.get(aadObjectId);
      return row ? userEndpoint(row) : undefined;
    },
  };
}
