import type { Campaign } from '../../domain/campaign';
import { DEFAULT_REMINDER_POLICY, reminderPolicy } from '../../domain/reminders/policy';
import { canonicalJson } from './canonical-json';

/**
 * Campaign definitions as both stores keep them. A definition is stored once and never rewritten, so one
 * saved by an earlier version lacks what `Campaign` gained since: the reminder policy. Reading fills in
 * what such a file meant (a file without `reminders` gets the default policy), and saving the same file
 * again still finds it unchanged.
 */

/** A definition as it may come back from the store: from before the reminder policy existed. */
export type StoredDefinition = Omit<Campaign, 'reminders'> & { reminders?: Campaign['reminders'] };

export function withDefaults(stored: StoredDefinition): Campaign {
  return { ...stored, reminders: stored.reminders ?? reminderPolicy(DEFAULT_REMINDER_POLICY) };
}

/**
 * Every canonical text under which the store may already hold this definition: as written today, and,
 * when its reminder policy is the default, as written before there was a policy. A store compares the
 * stored text (or its hash) with each.
 */
export function storedForms(campaign: Campaign): string[] {
  const forms = [canonicalJson(campaign)];
  if (canonicalJson(campaign.reminders) === canonicalJson(reminderPolicy(DEFAULT_REMINDER_POLICY))) {
    const legacy: StoredDefinition = { ...campaign };
    delete legacy.reminders;
    forms.push(canonicalJson(legacy));
  }
  return forms;
}

/** An inclusive local date as the stores keep deadlines; anything else would be compared as text wrongly. */
export function checkDeadlineDate(date: string): void {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : undefined;
  // Date rolls 2025-02-30 over to March; a real date comes back as it went in.
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}
