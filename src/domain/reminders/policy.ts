/**
 * When an organisation that has not answered is reminded. The campaign file states it under
 * `reminders`; every key may be left out, and a file without `reminders` gets the default policy.
 */
export interface ReminderPolicy {
  /** Calendar days before the deadline day, earliest first (e.g. [7, 2]). */
  daysBefore: number[];
  /** A reminder on the morning of the deadline day itself. */
  onDeadlineDay: boolean;
  /** Overdue notices this many working days after the deadline day, earliest first. */
  overdueAfterWorkingDays: number[];
  /** Local time of day (HH:MM, 24-hour) in the campaign's time zone at which every reminder goes. */
  timeOfDay: string;
  /** At most this many reminders and overdue notices per organisation. */
  max: number;
  /** Copy overdue notices to the organisation's escalation address (`escalation` in the register), if it has one. */
  escalateAfterOverdue: boolean;
}

/**
 * A week ahead (time to find a person), two days ahead (last call), the deadline morning, and one
 * overdue notice the next working day: what chairs do by hand today.
 */
export const DEFAULT_REMINDER_POLICY: Readonly<ReminderPolicy> = Object.freeze({
  daysBefore: [7, 2],
  onDeadlineDay: true,
  overdueAfterWorkingDays: [1],
  timeOfDay: '09:00',
  max: 4,
  escalateAfterOverdue: false,
});

export const REMINDER_LIMITS = {
  daysBefore: { min: 1, max: 60 },
  overdueAfterWorkingDays: { min: 1, max: 30 },
  max: { min: 1, max: 20 },
} as const;

/** The policy with its lists in the order the schedule reads them, as copies the caller may keep. */
export function reminderPolicy(p: ReminderPolicy): ReminderPolicy {
  return {
    daysBefore: [...p.daysBefore].sort((a, b) => b - a),
    onDeadlineDay: p.onDeadlineDay,
    overdueAfterWorkingDays: [...p.overdueAfterWorkingDays].sort((a, b) => a - b),
    timeOfDay: p.timeOfDay,
    max: p.max,
    escalateAfterOverdue: p.escalateAfterOverdue,
  };
}
