import { deadlineFor, type CampaignRecord } from './campaign';
import { isOnTime } from './deadline';

export type Admission = 'on_time' | 'late' | 'late_refused' | 'closed' | 'not_open';

/**
 * Whether an answer from `orgId` arriving at `at` is taken, and whether it is flagged late. Each
 * organisation is held to its own deadline, so one given more time keeps answering on time.
 */
export function admissionAt(record: CampaignRecord, orgId: string, at: Date): Admission {
  if (record.state === 'closed') return 'closed';
  const deadline = deadlineFor(record, orgId);
  if (record.state === 'draft' || !deadline) return 'not_open';
  if (isOnTime(at, deadline, record.campaign.timeZone)) return 'on_time';
  return record.campaign.latePolicy === 'refuse' ? 'late_refused' : 'late';
}
