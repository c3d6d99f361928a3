import type Database from 'better-sqlite3';
import type { Campaign, CampaignRecord } from '../../../domain/campaign';
import { AppError } from '../../../app/errors';
import type { Actor, SaveCampaignOutcome } from '../../../app/ports/store';
import type { AuditQueries } from './audit';
import { canonicalJson } from '../canonical-json';
import { campaignRecord, toText, type CampaignRow } from './rows';

export interface CampaignQueries {
  save(campaign: Campaign, at: Date, actor: Actor): SaveCampaignOutcome;
  get(id: string): CampaignRecord | undefined;
  list(): CampaignRecord[];
  open(id: string, sentAt: Date, deadlineDate: string, actor: Actor): CampaignRecord;
  close(id: string, at: Date, actor: Actor): CampaignRecord;
}

const COLUMNS = 'id, definition, state, created_at, sent_at, deadline_date, closed_at';

export function campaignQueries(db: Database.Database, audit: AuditQueries): CampaignQueries {
  const selectOne = db.prepare<[string], CampaignRow>(`SELECT ${COLUMNS} FROM campaigns WHERE id = ?`);
  const selectAll = db.prepare<[], CampaignRow>(`SELECT ${COLUMNS} FROM campaigns ORDER BY created_at, id`);
  const insert = db.prepare(
    `INSERT INTO campaigns (id, definition, title, state, created_at) VALUES (?, ?, ?, 'draft', ?)`,
  );
  const insertOrg = db.prepare(
    'INSERT INTO campaign_organisations (campaign_id, org_id, name, position) VALUES (?, ?, ?, ?)',
  );
  const markOpen = db.prepare(
    `UPDATE campaigns SET state = 'open', sent_at = ?, deadline_date = ? WHERE id = ? AND state = 'draft'`,
  );
  const markClosed = db.prepare(
    `UPDATE campaigns SET state = 'closed', closed_at = ? WHERE id = ? AND state <> 'closed'`,
  );

  const mustGet = (id: string): CampaignRow => {
    const row = selectOne.get(id);
    if (!row) throw new AppError('campaign_not_found', `Kampanjen "${id}" finns inte.`);
    return row;
  };

  const save = db.transaction((campaign: Campaign, at: Date, actor: Actor): SaveCampaignOutcome => {
    const definition = canonicalJson(campaign);
    const existing = selectOne.get(campaign.id);
    if (existing) return existing.definition === definition ? 'unchanged' : 'conflict';
    insert.run(campaign.id, definition, campaign.title, toText(at));
    campaign.organisations.forEach((org, i) => insertOrg.run(campaign.id, org.id, org.name, i));
    audit.append({
      at,
      actor,
      action: 'campaign.created',
      campaignId: campaign.id,
      detail: { organisations: campaign.organisations.length, roles: campaign.roles.length },
    });
    return 'created';
  });

  const open = db.transaction((id: string, sentAt: Date, deadlineDate: string, actor: Actor) => {
    mustGet(id);
    if (markOpen.run(toText(sentAt), deadlineDate, id).changes === 1) {
      audit.append({
        at: sentAt,
        actor,
        action: 'campaign.opened',
        campaignId: id,
        detail: { deadlineDate },
      });
    }
    return campaignRecord(mustGet(id));
  });

  const close = db.transaction((id: string, at: Date, actor: Actor) => {
    mustGet(id);
    if (markClosed.run(toText(at), id).changes === 1) {
      audit.append({ at, actor, action: 'campaign.closed', campaignId: id });
    }
    return campaignRecord(mustGet(id));
  });

  return {
    // Read, compare and insert under one write lock, so two loads of different files cannot both win.
    save: (campaign, at, actor) => save.immediate(campaign, at, actor),
    get: (id) => {
      const row = selectOne.get(id);
      return row ? campaignRecord(row) : undefined;
    },
    list: () => selectAll.all().map(campaignRecord),
    open: (id, sentAt, deadlineDate, actor) => open.immediate(id, sentAt, deadlineDate, actor),
    close: (id, at, actor) => close.immediate(id, at, actor),
  };
}
