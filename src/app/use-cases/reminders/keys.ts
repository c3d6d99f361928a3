import type { DeliveryChannel } from '../../ports/store';

/**
 * Delivery keys of the scheduler. Deterministic, so every tick, instance and restart names the same
 * reminder the same way and the store lets it go out once. The deadline date is part of a reminder's
 * key: an extension starts a fresh schedule rather than counting the old one as sent.
 */
export function reminderKey(
  campaignId: string,
  orgId: string,
  deadlineDate: string,
  slotId: string,
  channel: DeliveryChannel,
): string {
  return `reminder:${campaignId}:${orgId}:${deadlineDate}:${slotId}:${channel}`;
}

/**
 * One summary per owner and channel for each occasion (a deadline date, or `closed`). Owners are
 * named by their place in the campaign file (a stored campaign never changes): keys reach the logs,
 * addresses must not.
 */
export function summaryKey(
  campaignId: string,
  occasion: string,
  ownerIndex: number,
  channel: DeliveryChannel,
): string {
  return `summary:${campaignId}:${occasion}:owner-${ownerIndex + 1}:${channel}`;
}

/** A summary belongs to the campaign, not to an organisation; organisation ids never contain "_". */
export const OWNERS_ORG_ID = '_owners';

/**
 * A reminder or summary that failed this many times is given up, so one dead mailbox cannot keep a
 * round open (and the cheap no-op tick away) for ever. The delivery keeps its last error for the operator.
 */
export const MAX_ATTEMPTS = 5;
