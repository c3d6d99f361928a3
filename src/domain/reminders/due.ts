import type { ReminderSlot } from './schedule';

export interface DueSlots {
  /** The slot to send now, if any. */
  slot: ReminderSlot | undefined;
  /** Slots whose time has come but which will never be sent, because a later one has come too. */
  skipped: ReminderSlot[];
}

/**
 * What to send at `now`: the latest slot whose time has come, unless it is done. After downtime that
 * spans several slots only the latest goes out (one reminder, not a burst of stale ones); the older
 * undone ones are returned as skipped so the scheduler can record them. When the latest due slot is
 * done there is nothing to send until the next slot's time comes. `done` holds the ids the scheduler
 * has sent or recorded as skipped.
 */
export function dueSlot(schedule: readonly ReminderSlot[], now: Date, done: ReadonlySet<string>): DueSlots {
  const due = schedule
    .filter((s) => s.at.getTime() <= now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const latest = due[due.length - 1];
  if (!latest) return { slot: undefined, skipped: [] };
  return {
    slot: done.has(latest.id) ? undefined : latest,
    skipped: due.slice(0, -1).filter((s) => !done.has(s.id)),
  };
}
