import { nextWorkingDay } from '../calendar/working-days';
import { deadlineFor, type CampaignRecord } from '../campaign';
import { dueSlot } from './due';
import { localInstant, reminderSchedule, type ReminderSlot } from './schedule';

/**
 * What a campaign's record alone says is due at `now`, before any answer or delivery is read: the
 * finished rounds are on the record (`reminderSlots`), so a tick with nothing due decides it here.
 */

/** `<deadline date>:<slot id>`: a deadline moved by an extension starts a fresh set of rounds. */
export function reminderSlotKey(deadlineDate: string, slotId: string): string {
  return `${deadlineDate}:${slotId}`;
}

/** The slot id of the end-of-round summary, keyed like a reminder round under the campaign's deadline. */
export const SUMMARY_SLOT_ID = 'summary';
/** A closed campaign's summary: one, whatever deadline it had. */
export const CLOSED_SUMMARY_KEY = 'closed:summary';

export interface DueRound {
  /** The deadline the organisations of this round are held to. */
  deadlineDate: string;
  slot: ReminderSlot;
  key: string;
  orgIds: string[];
}

export interface SkippedRound {
  deadlineDate: string;
  slot: ReminderSlot;
  key: string;
}

export interface DueRounds {
  rounds: DueRound[];
  /** Rounds whose time came while nothing ran, passed over for a later one (recorded, never sent). */
  skipped: SkippedRound[];
}

/** The organisations of a campaign grouped by the deadline that applies to each, in the campaign's order. */
export function deadlineGroups(record: CampaignRecord): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const org of record.campaign.organisations) {
    const deadline = deadlineFor(record, org.id);
    if (!deadline) continue;
    const ids = groups.get(deadline);
    if (ids) ids.push(org.id);
    else groups.set(deadline, [org.id]);
  }
  return groups;
}

/**
 * The reminder rounds due now, one per deadline at most (catch-up after downtime sends the latest
 * only), and the older ones it passes over. Open campaigns only. Under the `refuse` late policy there
 * are no overdue notices: they would ask for an answer the round no longer takes.
 */
export function dueRounds(record: CampaignRecord, now: Date): DueRounds {
  const out: DueRounds = { rounds: [], skipped: [] };
  if (record.state !== 'open' || !record.sentAt) return out;
  const c = record.campaign;
  const policy = c.latePolicy === 'refuse' ? { ...c.reminders, overdueAfterWorkingDays: [] } : c.reminders;
  const finished = record.reminderSlots ?? {};
  for (const [deadlineDate, orgIds] of deadlineGroups(record)) {
    const schedule = reminderSchedule(policy, deadlineDate, c.timeZone, record.sentAt);
    const done = new Set(
      schedule.filter((s) => finished[reminderSlotKey(deadlineDate, s.id)]).map((s) => s.id),
    );
    const { slot, skipped } = dueSlot(schedule, now, done);
    if (slot) out.rounds.push({ deadlineDate, slot, key: reminderSlotKey(deadlineDate, slot.id), orgIds });
    for (const s of skipped)
      out.skipped.push({ deadlineDate, slot: s, key: reminderSlotKey(deadlineDate, s.id) });
  }
  return out;
}

export type SummaryReason = 'deadline' | 'closed';

/**
 * When the owners' summary of a round goes: the morning after the deadline (the next working day,
 * at the reminders' time of day), when the last on-time answers are in and the owners are at work.
 */
export function summaryInstant(record: CampaignRecord): Date | undefined {
  if (!record.deadlineDate) return undefined;
  const c = record.campaign;
  return localInstant(nextWorkingDay(record.deadlineDate), c.reminders.timeOfDay, c.timeZone);
}

/**
 * The owners' summary due now, if any: once after the campaign's own deadline (an organisation's
 * extension does not hold it back; a campaign-wide one moves it), and once when a sent campaign is
 * closed, whether or not the deadline summary went.
 */
export function summaryDue(
  record: CampaignRecord,
  now: Date,
): { reason: SummaryReason; key: string } | undefined {
  if (!record.sentAt || !record.deadlineDate) return undefined;
  const finished = record.reminderSlots ?? {};
  if (record.state === 'closed') {
    return finished[CLOSED_SUMMARY_KEY] ? undefined : { reason: 'closed', key: CLOSED_SUMMARY_KEY };
  }
  if (record.state !== 'open') return undefined;
  const key = reminderSlotKey(record.deadlineDate, SUMMARY_SLOT_ID);
  if (finished[key]) return undefined;
  const at = summaryInstant(record);
  return at && at.getTime() <= now.getTime() ? { reason: 'deadline', key } : undefined;
}
