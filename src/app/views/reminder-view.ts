import type { AnswerVersion } from '../../domain/answer-record';
import type { CampaignRecord } from '../../domain/campaign';
import { daysLeft } from '../../domain/deadline';
import type { ReminderSlot } from '../../domain/reminders/schedule';
import type { Links } from '../security/links';
import { buildRequestView, type RequestView } from './request-view';

/**
 * A reminder is the request again, with what makes it a reminder: which round it is, how long is
 * left (negative once overdue), and, for a partial answer, what is still missing (the request view's
 * `shortfalls`). Channels render it with the same way to answer as the request.
 */
export interface ReminderView extends RequestView {
  slot: { id: string; kind: 'reminder' | 'overdue' };
  /** Calendar days from today to the organisation's deadline: 0 on the day, negative after. */
  daysLeft: number;
}

/** Counted from `now`, not from the slot: a reminder sent late after downtime says how long is really left. */
export function buildReminderView(
  record: CampaignRecord,
  orgId: string,
  answer: AnswerVersion | undefined,
  slot: Pick<ReminderSlot, 'id' | 'kind'>,
  now: Date,
  links: Links,
): ReminderView {
  const view = buildRequestView(record, orgId, answer, now, links);
  return {
    ...view,
    slot: { id: slot.id, kind: slot.kind },
    daysLeft: daysLeft(now, view.deadlineDate, record.campaign.timeZone),
  };
}
