import type Database from 'better-sqlite3';
import type { ReminderSlotState } from '../../../domain/campaign';
import { toDate, toText, type Schedule } from './rows';

export interface ScheduleQueries {
  of(campaignId: string): Schedule;
  /** Every campaign's, in two queries: listing campaigns costs the same whatever was extended or done. */
  all(): Map<string, Schedule>;
  /** Sets (or moves again) one organisation's own deadline. */
  setOrgDeadline(campaignId: string, orgId: string, date: string): void;
  /** False when the slot was already recorded: its first state stays. */
  recordSlot(campaignId: string, key: string, state: ReminderSlotState['state'], at: Date): boolean;
}

interface DeadlineRow {
  campaign_id: string;
  org_id: string;
  deadline_date: string;
}

interface SlotRow {
  campaign_id: string;
  slot_key: string;
  state: ReminderSlotState['state'];
  at: string;
}

export function scheduleQueries(db: Database.Database): ScheduleQueries {
  const deadlinesOf = db.prepare<[string], DeadlineRow>(
    'SELECT campaign_id, org_id, deadline_date FROM organisation_deadlines WHERE campaign_id = ? ORDER BY org_id',
  );
  const allDeadlines = db.prepare<[], DeadlineRow>(
    'SELECT campaign_id, org_id, deadline_date FROM organisation_deadlines ORDER BY campaign_id, org_id',
  );
  const slotsOf = db.prepare<[string], SlotRow>(
    'SELECT campaign_id, slot_key, state, at FROM reminder_slots WHERE campaign_id = ? ORDER BY slot_key',
  );
  const allSlots = db.prepare<[], SlotRow>(
    'SELECT campaign_id, slot_key, state, at FROM reminder_slots ORDER BY campaign_id, slot_key',
  );
  const upsertDeadline = db.prepare(
    `INSERT INTO organisation_deadlines (campaign_id, org_id, deadline_date) VALUES (?, ?, ?)
     ON CONFLICT (campaign_id, org_id) DO UPDATE SET deadline_date = excluded.deadline_date`,
  );
  // The primary key makes the first state recorded final, across processes as well.
  const insertSlot = db.prepare(
    `INSERT INTO reminder_slots (campaign_id, slot_key, state, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (campaign_id, slot_key) DO NOTHING`,
  );

  const empty = (): Schedule => ({ orgDeadlines: {}, reminderSlots: {} });
  const fill = (into: (campaignId: string) => Schedule, deadlines: DeadlineRow[], slots: SlotRow[]) => {
    for (const d of deadlines) into(d.campaign_id).orgDeadlines[d.org_id] = d.deadline_date;
    for (const s of slots)
      into(s.campaign_id).reminderSlots[s.slot_key] = { state: s.state, at: toDate(s.at) };
  };

  return {
    of(campaignId) {
      const schedule = empty();
      fill(() => schedule, deadlinesOf.all(campaignId), slotsOf.all(campaignId));
      return schedule;
    },
    all() {
      const byCampaign = new Map<string, Schedule>();
      const into = (id: string): Schedule => {
        let schedule = byCampaign.get(id);
        if (!schedule) byCampaign.set(id, (schedule = empty()));
        return schedule;
      };
      fill(into, allDeadlines.all(), allSlots.all());
      return byCampaign;
    },
    setOrgDeadline(campaignId, orgId, date) {
      upsertDeadline.run(campaignId, orgId, date);
    },
    recordSlot: (campaignId, key, state, at) =>
      insertSlot.run(campaignId, key, state, toText(at)).changes === 1,
  };
}
