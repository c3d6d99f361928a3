import type { CampaignRecord } from '../../domain/campaign';
import type { AnswerVersion } from '../../domain/answer-record';
import type { AppContext } from '../../app/context';
import { resolveToken } from '../../app/use-cases/resolve-token';
import type { Contact } from './texts';

export type LinkTarget =
  | { kind: 'found'; record: CampaignRecord; orgId: string; answer?: AnswerVersion }
  | { kind: 'not_found' }
  | { kind: 'expired'; contact?: Contact };

/** What a response link points at, with the organisation's current answer. */
export async function resolveLink(ctx: AppContext, raw: string): Promise<LinkTarget> {
  const target = await resolveToken(ctx, raw, 'respond');
  if (target.kind === 'invalid') return { kind: 'not_found' };
  if (target.kind === 'expired') {
    return target.record ? { kind: 'expired', contact: recordContact(target.record) } : { kind: 'expired' };
  }
  const { record, org } = target;
  const answer = await ctx.store.currentAnswer(record.campaign.id, org.id);
  return { kind: 'found', record, orgId: org.id, ...(answer ? { answer } : {}) };
}

export function recordContact(record: CampaignRecord): Contact {
  return { group: record.campaign.requester.group, replyTo: record.campaign.replyTo };
}
