import type { AnswerVersion } from '../../../domain/answer-record';
import type { CampaignRecord } from '../../../domain/campaign';
import { NO_CHANNEL_LINKS, type ChannelLinks } from '../../../domain/channel-link';
import { dueRounds, summaryDue } from '../../../domain/reminders/rounds';
import type { AppContext } from '../../context';
import type { Delivery } from '../../ports/store';
import { readChannelLinks } from '../channel-links/in-force';
import type { CampaignReminderReport, ReminderReport } from './report';
import { indexDeliveries, planRound } from './round-plan';
import { planSummary, type PlannedSummary } from './summary';

/** One campaign with something due: its plan, and what was read to make it, for the send. */
export interface CampaignWork {
  record: CampaignRecord;
  report: CampaignReminderReport;
  answers: AnswerVersion[];
  deliveries: Delivery[];
  /** The organisations' channels in force (approved links), read once per tick with a round due. */
  links: ChannelLinks;
  summary?: PlannedSummary;
}

/**
 * What is due at `now` in every campaign, without sending anything.
 *
 * Store requests: `listCampaigns` once. A campaign with nothing due is decided on its record alone
 * (finished rounds and extensions come with it), so a tick with nothing due stops there, however
 * many organisations there are. A campaign with only passed-over rounds to record reads nothing
 * more. One with a round or a summary due reads its answers and its deliveries (one request each,
 * paged on SharePoint), plus, for a summary, each owner's personal chat until it has been used. The
 * approved channel links are read once per tick, when the first round is due.
 */
export async function planWork(ctx: AppContext, now: Date): Promise<CampaignWork[]> {
  const work: CampaignWork[] = [];
  let links: Promise<ChannelLinks> | undefined;
  for (const record of await ctx.store.listCampaigns()) {
    const due = dueRounds(record, now);
    const summary = summaryDue(record, now);
    if (due.rounds.length === 0 && due.skipped.length === 0 && !summary) continue;
    const id = record.campaign.id;
    const report: CampaignReminderReport = {
      campaignId: id,
      rounds: [],
      skipped: due.skipped.map((s) => ({ deadlineDate: s.deadlineDate, slotId: s.slot.id, key: s.key })),
    };
    const item: CampaignWork = { record, report, answers: [], deliveries: [], links: NO_CHANNEL_LINKS };
    if (due.rounds.length > 0 || summary) {
      if (due.rounds.length > 0) links ??= readChannelLinks(ctx.store);
      const [answers, deliveries, inForce] = await Promise.all([
        ctx.store.currentAnswers(id),
        ctx.store.deliveries(id),
        links ?? NO_CHANNEL_LINKS,
      ]);
      const index = indexDeliveries(deliveries);
      const answerOf = new Map(answers.map((a) => [a.orgId, a]));
      item.links = inForce;
      report.rounds = due.rounds.map((r) => planRound(record, r, answerOf, index, inForce));
      if (summary) {
        item.summary = await planSummary(ctx, record, summary, index);
        report.summary = item.summary.report;
      }
      item.answers = answers;
      item.deliveries = deliveries;
    }
    work.push(item);
  }
  return work;
}

/** What a tick at `now` would send: `reminders run --now … --dry-run`. */
export async function planReminders(ctx: AppContext, now: Date): Promise<ReminderReport> {
  const work = await planWork(ctx, now);
  return { now, dryRun: true, campaigns: work.map((w) => w.report) };
}
