import { createHash } from 'node:crypto';
import {
  checkAnswer,
  type AnswerDraft,
  type FieldProblem,
  type Nominee,
  type Shortfall,
} from '../../domain/answer';
import type { AnswerChannel, AnswerVersion, Submitter } from '../../domain/answer-record';
import { admissionAt } from '../../domain/admission';
import { findOrganisation, type CampaignRecord } from '../../domain/campaign';
import { effectiveChannel } from '../../domain/channel-link';
import { quotasFor } from '../../domain/quota';
import { responseStatus, shortfallsOf, type ResponseStatus } from '../../domain/status';
import type { AppContext } from '../context';
import { buildRequestView } from '../views/request-view';
import { readChannelLinks } from './channel-links/in-force';
import { teamsRequestKey } from './send-campaign';
import { toRef } from './teams-ref';

export interface SubmitAnswerCommand {
  campaignId: string;
  orgId: string;
  draft: AnswerDraft;
  submitter: Submitter;
  channel: AnswerChannel;
  /** Per rendered form or card: a retried or double-clicked submission repeats it. */
  nonce: string;
  baseVersion?: number;
}

export type SubmitAnswerResult =
  | {
      kind: 'saved' | 'duplicate' | 'unchanged';
      answer: AnswerVersion;
      status: ResponseStatus;
      shortfalls: Shortfall[];
      record: CampaignRecord;
    }
  | { kind: 'invalid'; problems: FieldProblem[]; record: CampaignRecord; current?: AnswerVersion }
  | { kind: 'conflict'; current: AnswerVersion; record: CampaignRecord }
  | { kind: 'closed' | 'late_refused' | 'not_open'; record: CampaignRecord; current?: AnswerVersion }
  | { kind: 'unknown' };

/**
 * The one way an answer enters the service, whichever channel it came through. The result is only
 * "saved" once the store has committed the new version.
 */
export async function submitAnswer(ctx: AppContext, cmd: SubmitAnswerCommand): Promise<SubmitAnswerResult> {
  const record = await ctx.store.getCampaign(cmd.campaignId);
  if (!record || !findOrganisation(record.campaign, cmd.orgId)) return { kind: 'unknown' };
  const now = ctx.clock.now();
  const admission = admissionAt(record, cmd.orgId, now);
  if (admission === 'closed' || admission === 'late_refused' || admission === 'not_open') {
    const current = await ctx.store.currentAnswer(cmd.campaignId, cmd.orgId);
    return { kind: admission, record, ...(current ? { current } : {}) };
  }
  const quotas = quotasFor(record.campaign, cmd.orgId);
  const check = checkAnswer(quotas, cmd.draft);
  if (!check.ok) {
    const current = await ctx.store.currentAnswer(cmd.campaignId, cmd.orgId);
    return { kind: 'invalid', problems: check.problems, record, ...(current ? { current } : {}) };
  }
  const outcome = await ctx.store.saveAnswer({
    campaignId: cmd.campaignId,
    orgId: cmd.orgId,
    nominees: check.nominees,
    submittedBy: cmd.submitter,
    submittedAt: now,
    channel: cmd.channel,
    late: admission === 'late',
    idempotencyKey: idempotencyKey(cmd, check.nominees),
    ...(cmd.baseVersion !== undefined ? { baseVersion: cmd.baseVersion } : {}),
  });
  if (outcome.kind === 'conflict') return { kind: 'conflict', current: outcome.current, record };
  ctx.logger.info(
    {
      campaignId: cmd.campaignId,
      orgId: cmd.orgId,
      outcome: outcome.kind,
      version: outcome.answer.version,
      channel: cmd.channel,
    },
    'answer submitted',
  );
  if (outcome.kind === 'saved') await refreshTeamsCard(ctx, record, outcome.answer);
  const nominees = outcome.answer.nominees;
  return {
    kind: outcome.kind,
    answer: outcome.answer,
    status: responseStatus(quotas, nominees),
    shortfalls: shortfallsOf(quotas, nominees),
    record,
  };
}

function idempotencyKey(cmd: SubmitAnswerCommand, nominees: Nominee[]): string {
  return createHash('sha256')
    .update(JSON.stringify([cmd.campaignId, cmd.orgId, cmd.channel, cmd.nonce, nominees]))
    .digest('base64url');
}

/**
 * Keeps the card in the organisation's channel in step with the register, whichever channel the
 * answer came from. Only the card in its channel in force: a channel it has moved away from no
 * longer sees its answers. The answer is already stored, so a failure here is logged, not reported
 * as a failed answer.
 */
async function refreshTeamsCard(
  ctx: AppContext,
  record: CampaignRecord,
  answer: AnswerVersion,
): Promise<void> {
  const org = findOrganisation(record.campaign, answer.orgId);
  const channel = org ? effectiveChannel(org, await readChannelLinks(ctx.store)) : undefined;
  if (!channel) return;
  const key = teamsRequestKey(record.campaign.id, answer.orgId, channel);
  const delivery = await ctx.store.getDelivery(key);
  const ref = delivery?.state === 'sent' ? toRef(delivery.externalRef) : undefined;
  if (!ref || ref.channelId !== channel.channelId) return;
  try {
    const view = buildRequestView(record, answer.orgId, answer, ctx.clock.now(), ctx.links);
    await ctx.teams.updateRequest(ref, view);
  } catch (err) {
    ctx.logger.warn(
      { delivery: key, err: err instanceof Error ? err.name : 'unknown' },
      'could not update Teams card',
    );
  }
}
