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
import type { AppContext } from '../context';
import type { Delivery } from '../ports/store';
import { requireCampaign } from './get-campaign';

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

/** Where the round stands. A fixed number of store reads, however many organisations there are. */
export async function campaignStatus(ctx: AppContext, campaignId: string): Promise<CampaignStatus> {
  const record = await requireCampaign(ctx.store, campaignId);
  const [answers, deliveries] = await Promise.all([
    ctx.store.currentAnswers(campaignId),
    ctx.store.deliveries(campaignId),
  ]);
  const answerOf = new Map(answers.map((a) => [a.orgId, a]));
  const organisations = record.campaign.organisations.map((organisation): OrganisationStatus => {
    const quotas = quotasFor(record.campaign, organisation.id);
    const answer = answerOf.get(organisation.id);
    const nominees = answer?.nominees ?? [];
    return {
      organisation,
      status: responseStatus(quotas, nominees),
      ...(answer ? { answer } : {}),
      shortfalls: shortfallsOf(quotas, nominees),
      deliveries: deliveries.filter((d) => d.orgId === organisation.id),
    };
  });
  return { record, progress: progressOf(organisations.map((o) => o.status)), organisations };
}
