import type { Lang } from '../i18n/lang';
import type { CampaignStatus } from './status-view';

/**
 * The end-of-round summary for the owners: who answered, who answered in part, who did not, with
 * the names registered. Built from the same status the chair sees with `campaign status`.
 */
export interface SummaryView {
  language: Lang;
  status: CampaignStatus;
  /** Why the summary goes out now. */
  reason: 'deadline' | 'closed';
}

export function buildSummaryView(status: CampaignStatus, reason: SummaryView['reason']): SummaryView {
  return { language: status.record.campaign.language, status, reason };
}
