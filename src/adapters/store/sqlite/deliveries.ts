import type Database from 'better-sqlite3';
import { AppError } from '../../../app/errors';
import type { Delivery, DeliveryOutcome, DeliverySpec } from '../../../app/ports/store';
import { delivery, toText, type DeliveryRow } from './rows';

export interface DeliveryQueries {
  claim(spec: DeliverySpec, at: Date, leaseMs: number): { delivery: Delivery; acquired: boolean };
  finish(key: string, outcome: DeliveryOutcome, at: Date): Delivery;
  get(key: string): Delivery | undefined;
  ofCampaign(campaignId: string): Delivery[];
}

const COLUMNS = `key, campaign_id, org_id, kind, channel, target, state, attempts, last_error, external_ref,
  created_at, updated_at, sent_at`;

export function deliveryQueries(db: Database.Database): DeliveryQueries {
  const selectOne = db.prepare<[string], DeliveryRow>(`SELECT ${COLUMNS} FROM deliveries WHERE key = ?`);
  const selectCampaign = db.prepare<[string], DeliveryRow>(
    `SELECT ${COLUMNS} FROM deliveries WHERE campaign_id = ? ORDER BY created_at, key`,
  );
  const knownCampaign = db.prepare<[string], { found: number }>(
    'SELECT 1 AS found FROM campaigns WHERE id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO deliveries (key, campaign_id, org_id, kind, channel, target, state, attempts, created_at, updated_at)
     VALUES (@key, @campaignId, @orgId, @kind, @channel, @target, 'pending', 0, @at, @at)
     ON CONFLICT (key) DO NOTHING`,
  );
  // Text comparison of the lease is sound because every time is written by toISOString().
  const take = db.prepare(
    `UPDATE deliveries
        SET state = 'sending', attempts = attempts + 1, lease_until = @leaseUntil, updated_at = @at
      WHERE key = @key
        AND (state IN ('pending', 'failed', 'waiting') OR (state = 'sending' AND lease_until <= @at))`,
  );
  // A sent delivery is final: a late report from a holder whose lease ran out must not reopen it.
  const record = db.prepare(
    `UPDATE deliveries
        SET state = @state, last_error = @lastError, external_ref = @externalRef, lease_until = NULL,
            sent_at = CASE WHEN @state = 'sent' THEN @at ELSE NULL END, updated_at = @at
      WHERE key = @key AND state <> 'sent'`,
  );

  const mustGet = (key: string): Delivery => {
    const row = selectOne.get(key);
    if (!row) throw new Error(`unknown delivery ${key}`);
    return delivery(row);
  };

  const claim = db.transaction((spec: DeliverySpec, at: Date, leaseMs: number) => {
    if (!knownCampaign.get(spec.campaignId)) {
      throw new AppError('campaign_not_found', `Kampanjen "${spec.campaignId}" finns inte.`);
    }
    const { key, campaignId, orgId, kind, channel, target } = spec;
    insert.run({ key, campaignId, orgId, kind, channel, target, at: toText(at) });
    const acquired =
      take.run({ key: spec.key, at: toText(at), leaseUntil: toText(new Date(at.getTime() + leaseMs)) })
        .changes === 1;
    return { delivery: mustGet(spec.key), acquired };
  });

  const finish = db.transaction((key: string, outcome: DeliveryOutcome, at: Date) => {
    mustGet(key);
    record.run({
      key,
      state: outcome.state,
      lastError: outcome.lastError ?? null,
      externalRef: outcome.externalRef === undefined ? null : JSON.stringify(outcome.externalRef),
      at: toText(at),
    });
    return mustGet(key);
  });

  return {
    claim: (spec, at, leaseMs) => claim.immediate(spec, at, leaseMs),
    finish: (key, outcome, at) => finish.immediate(key, outcome, at),
    get: (key) => {
      const row = selectOne.get(key);
      return row ? delivery(row) : undefined;
    },
    ofCampaign: (campaignId) => selectCampaign.all(campaignId).map(delivery),
  };
}
