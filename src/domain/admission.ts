import type { CampaignRecord } from './campaign';
import { isOnTime } from './deadline';

export type Admission = 'on_time' | 'late' | 'late_refused' | 'closed' | 'not_open';

/** Whether an answer arriving at `at` is taken, and whether it is flagged late. */
export function admissionAt(record: CampaignRecord, at: Date): Admission {
  if (record.state === 'closed') return 'closed';
  if (record.state === 'draft' || !record.deadlineDate) return 'not_open';
  if (isOnTime(at, record.deadlineDate, record.campaign.timeZone)) return 'on_time';
  return record.campaign.latePolicy === 'refuse' ? 'late_refused' : 'late';
}
