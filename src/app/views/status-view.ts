import type { Shortfall } from '../../domain/answer';
import type { AnswerVersion } from '../../domain/answer-record';
import type { CampaignRecord } from '../../domain/campaign';
import type { Organisation } from '../../domain/organisation';
import { quotasFor } from '../../domain/quota';
import {
  progressOf,
  responseStatus,
  shortfallsOf,
  type Progress,
  type ResponseStatus,
} from '../../domain/status';
import type { Delivery } from '../ports/store';

/** Where a round stands: what `campaign status`, the owners' status card and the summary show. */
export interface OrganisationStatus {
  organisation: Organisation;
  status: ResponseStatus;
  answer?: AnswerVersion;
  shortfalls: Shortfall[];
  deliveries: Delivery[];
}

export interface CampaignStatus {
  record: CampaignRecord;
  progress: Progress;
  organisations: OrganisationStatus[];
}

/** The status from what the store holds: the campaign, its current answers and its deliveries. */
export function statusOf(
  record: CampaignRecord,
  answers: AnswerVersion[],
  deliveries: Delivery[],
): CampaignStatus {
  const answerOf = new Map(answers.map((a) => [a.orgId, a]));
  const deliveriesOf = new Map<string, Delivery[]>();
  for (const d of deliveries) {
    const list = deliveriesOf.get(d.orgId);
    if (list) list.push(d);
    else deliveriesOf.set(d.orgId, [d]);
  }
  const organisations = record.campaign.organisations.map((organisation): OrganisationStatus => {
    const quotas = quotasFor(record.campaign, organisation.id);
    const answer = answerOf.get(organisation.id);
    const nominees = answer?.nominees ?? [];
    return {
      organisation,
      status: responseStatus(quotas, nominees),
      ...(answer ? { answer } : {}),
      shortfalls: shortfallsOf(quotas, nominees),
      deliveries: deliveriesOf.get(organisation.id) ?? [],
    };
  });
  return { record, progress: progressOf(organisations.map((o) => o.status)), organisations };
}
