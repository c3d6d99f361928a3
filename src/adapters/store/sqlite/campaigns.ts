import type Database from 'better-sqlite3';
import type { Campaign, CampaignRecord, ReminderSlotState } from '../../../domain/campaign';
import { AppError } from '../../../app/errors';
import type { Actor, SaveCampaignOutcome } from '../../../app/ports/store';
import type { AuditQueries } from './audit';
import { canonicalJson } from '../canonical-json';
import { checkDeadlineDate, storedForms } from '../stored-definition';
import { campaignRecord, toText, type CampaignRow } from './rows';
import { scheduleQueries } from './schedule';

export interface CampaignQueries {
  save(campaign: Campaign, at: Date, actor: Actor): SaveCampaignOutcome;
  get(id: string): CampaignRecord | undefined;
  list(): CampaignRecord[];
  open(id: string, sentAt: Date, deadlineDate: string, actor: Actor): CampaignRecord;
  close(id: string, at: Date, actor: Actor): CampaignRecord;
  extend(id: string, until: string, orgId: string | undefined, actor: Actor, at: Date): CampaignRecord;
  recordSlot(id: string, key: string, state: ReminderSlotState['state'], at: Date): void;
}

const COLUMNS = 'id, definition, state, created_at, sent_at, deadline_date, closed_at';

export function campaignQueries(db: Database.Database, audit: AuditQueries): CampaignQueries {
  const schedule = scheduleQueries(db);
  const selectOne = db.prepare<[string], CampaignRow>(`SELECT ${COLUMNS} FROM campaigns WHERE id = ?`);
  const selectAll = db.prepare<[], CampaignRow>(`SELECT ${COLUMNS} FROM campaigns ORDER BY created_at, id`);
  const insert = db.prepare(
    `INSERT INTO campaigns (id, definition, title, state, created_at) VALUES (?, ?, ?, 'draft', ?)`,
  );
  const insertOrg = db.prepare(
    'INSERT INTO campaign_organisations (campaign_id, org_id, name, position) VALUES (?, ?, ?, ?)',
  );
  const knownOrg = db.prepare<[string, string], { found: number }>(
    'SELECT 1 AS found FROM campaign_organisations WHERE campaign_id = ? AND org_id = ?',
  );
  const markOpen = db.prepare(
    `UPDATE campaigns SET state = 'open', sent_at = ?, deadline_date = ? WHERE id = ? AND state = 'draft'`,
  );
  const markClosed = db.prepare(
    `UPDATE campaigns SET state = 'closed', closed_at = ? WHERE id = ? AND state <> 'closed'`,
  );
  const moveDeadline = db.prepare('UPDATE campaigns SET deadline_date = ? WHERE id = ?');

  const mustGet = (id: string): CampaignRow => {
    const row = selectOne.get(id);
    if (!row) throw new AppError('campaign_not_found', `Kampanjen "${id}" finns inte.`);
    return row;
  };
  const record = (row: CampaignRow): CampaignRecord => campaignRecord(row, schedule.of(row.id));

  const save = db.transaction((campaign: Campaign, at: Date, actor: Actor): SaveCampaignOutcome => {
    const existing = selectOne.get(campaign.id);
    if (existing) return storedForms(campaign).includes(existing.definition) ? 'unchanged' : 'conflict';
    insert.run(campaign.id, canonicalJson(campaign), campaign.title, toText(at));
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
    return record(mustGet(id));
  });

  const close = db.transaction((id: string, at: Date, actor: Actor) => {
    mustGet(id);
    if (markClosed.run(toText(at), id).changes === 1) {
      audit.append({ at, actor, action: 'campaign.closed', campaignId: id });
    }
    return record(mustGet(id));
  });

  const extend = db.transaction(
    (id: string, until: string, orgId: string | undefined, actor: Actor, at: Date) => {
      checkDeadlineDate(until);
      mustGet(id);
      if (orgId === undefined) moveDeadline.run(until, id);
      else if (!knownOrg.get(id, orgId))
        throw new AppError(
          'organisation_not_found',
          `Organisationen "${orgId}" finns inte i kampanjen "${id}".`,
        );
      else schedule.setOrgDeadline(id, orgId, until);
      audit.append({
        at,
        actor,
        action: 'campaign.extended',
        campaignId: id,
        ...(orgId === undefined ? {} : { orgId }),
        detail: { until, ...(orgId === undefined ? {} : { orgId }) },
      });
      return record(mustGet(id));
    },
  );

  const recordSlot = db.transaction(
    (id: string, key: string, state: ReminderSlotState['state'], at: Date) => {
      mustGet(id);
      schedule.recordSlot(id, key, state, at);
    },
  );

  // A deferred read transaction: the campaigns and their schedules from one snapshot.
  const list = db.transaction((): CampaignRecord[] => {
    const schedules = schedule.all();
    return selectAll
      .all()
      .map((row) => campaignRecord(row, schedules.get(row.id) ?? { orgDeadlines: {}, reminderSlots: {} }));
  });
  const get = db.transaction((id: string): CampaignRecord | undefined => {
    const row = selectOne.get(id);
    return row ? record(row) : undefined;
  });

  return {
    // Read, compare and insert under one write lock, so two loads of different files cannot both win.
    save: (campaign, at, actor) => save.immediate(campaign, at, actor),
    get: (id) => get.deferred(id),
    list: () => list.deferred(),
    open: (id, sentAt, deadlineDate, actor) => open.immediate(id, sentAt, deadlineDate, actor),
    close: (id, at, actor) => close.immediate(id, at, actor),
    // IMMEDIATE: two extensions of different organisations queue for the lock; neither is lost.
    extend: (id, until, orgId, actor, at) => extend.immediate(id, until, orgId, actor, at),
    recordSlot: (id, key, state, at) => recordSlot.immediate(id, key, state, at),
  };
}
