import type { AnswerVersion } from '../../../domain/answer-record';
import type { CampaignRecord } from '../../../domain/campaign';
import { summaryDue, type SummaryReason } from '../../../domain/reminders/rounds';
import type { AppContext } from '../../context';
import type { Delivery, DeliverySpec, UserEndpoint } from '../../ports/store';
import { buildSummaryView, type SummaryView } from '../../views/summary-view';
import { statusOf } from '../campaign-status';
import { deliverOnce } from '../deliver';
import { ownerEndpoint } from '../owner-endpoints';
import { OWNERS_ORG_ID, summaryKey } from './keys';
import { isHandled, type SummaryLine, type SummaryReport } from './report';
import { indexDeliveries, pendingResult } from './round-plan';

export interface PlannedSummary {
  report: SummaryReport;
  /** Owners' personal chats by owner index, looked up once for the plan and the send. */
  endpoints: Map<number, UserEndpoint>;
}

/**
 * One summary per owner: by e-mail always, and in Teams to those who have a personal chat with the
 * bot. An owner's Teams line is planned once its delivery exists, so a chat is looked up only until then.
 */
export async function planSummary(
  ctx: AppContext,
  record: CampaignRecord,
  due: { reason: SummaryReason; key: string },
  deliveries: ReadonlyMap<string, Delivery>,
): Promise<PlannedSummary> {
  const c = record.campaign;
  const occasion = due.reason === 'closed' ? 'closed' : record.deadlineDate!;
  const lines: SummaryLine[] = [];
  const withoutTeamsChat: number[] = [];
  const endpoints = new Map<number, UserEndpoint>();
  for (const [ownerIndex, owner] of c.owners.entries()) {
    const emailKey = summaryKey(c.id, occasion, ownerIndex, 'email');
    lines.push({
      ownerIndex,
      channel: 'email',
      key: emailKey,
      result: pendingResult(deliveries.get(emailKey)),
    });
    const teamsKey = summaryKey(c.id, occasion, ownerIndex, 'teams');
    const existing = deliveries.get(teamsKey);
    const result = pendingResult(existing);
    const endpoint = result === 'due' ? await ownerEndpoint(ctx.store, owner) : undefined;
    if (endpoint) endpoints.set(ownerIndex, endpoint);
    if (existing || endpoint) lines.push({ ownerIndex, channel: 'teams', key: teamsKey, result });
    else withoutTeamsChat.push(ownerIndex);
  }
  return {
    report: {
      reason: due.reason,
      key: due.key,
      lines,
      withoutTeamsChat,
      done: lines.every((l) => isHandled(l.result)),
    },
    endpoints,
  };
}

/** Sends the planned summary lines still due, and records the summary finished once every line is. */
export async function sendSummary(
  ctx: AppContext,
  record: CampaignRecord,
  planned: PlannedSummary,
  inputs: { answers: AnswerVersion[]; deliveries: Delivery[] },
  now: Date,
): Promise<void> {
  const { report } = planned;
  const view = buildSummaryView(statusOf(record, inputs.answers, inputs.deliveries), report.reason);
  for (const line of report.lines) {
    if (line.result !== 'due') continue;
    line.result = await sendLine(ctx, record, line, view, planned.endpoints);
  }
  report.done = report.lines.every((l) => isHandled(l.result));
  if (report.done) await ctx.store.recordReminderSlot(record.campaign.id, report.key, 'done', now);
}

async function sendLine(
  ctx: AppContext,
  record: CampaignRecord,
  line: SummaryLine,
  view: SummaryView,
  endpoints: Map<number, UserEndpoint>,
): Promise<SummaryLine['result']> {
  const c = record.campaign;
  const owner = c.owners[line.ownerIndex]!;
  const base = { key: line.key, campaignId: c.id, orgId: OWNERS_ORG_ID, kind: 'summary' as const };
  if (line.channel === 'email') {
    const spec: DeliverySpec = { ...base, channel: 'email', target: owner.email };
    return deliverOnce(ctx, spec, async (delivery) => {
      const { messageId } = await ctx.mailer.send({
        key: line.key,
        kind: 'summary',
        to: [owner.email],
        replyTo: c.replyTo,
        view,
        ...(delivery.attempts > 1 ? { mayAlreadyBeSent: true } : {}),
      });
      return { state: 'sent', externalRef: { messageId } };
    });
  }
  // A retried Teams line has no endpoint from the plan when its delivery already existed.
  const endpoint = endpoints.get(line.ownerIndex) ?? (await ownerEndpoint(ctx.store, owner));
  if (!endpoint) return 'failed';
  const spec: DeliverySpec = { ...base, channel: 'teams', target: endpoint.conversationId };
  return deliverOnce(ctx, spec, async () => {
    await ctx.teams.sendSummary(endpoint, view);
    return { state: 'sent', externalRef: { conversationId: endpoint.conversationId } };
  });
}

/**
 * The summary of a campaign just closed (`campaign close`): sent at once, with what the store holds
 * now. Nothing for a campaign never sent, or one whose closing summary is finished. What fails here
 * is sent again by the next tick, which finds the summary not yet finished.
 */
export async function summariseClosed(
  ctx: AppContext,
  record: CampaignRecord,
  now: Date,
): Promise<SummaryReport | undefined> {
  const due = summaryDue(record, now);
  if (due?.reason !== 'closed') return undefined;
  const id = record.campaign.id;
  const [answers, deliveries] = await Promise.all([ctx.store.currentAnswers(id), ctx.store.deliveries(id)]);
  const planned = await planSummary(ctx, record, due, indexDeliveries(deliveries));
  await sendSummary(ctx, record, planned, { answers, deliveries }, now);
  return planned.report;
}
