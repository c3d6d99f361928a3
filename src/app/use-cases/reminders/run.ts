import { findOrganisation } from '../../../domain/campaign';
import { effectiveChannel } from '../../../domain/channel-link';
import { quotasFor } from '../../../domain/quota';
import { responseStatus } from '../../../domain/status';
import type { AppContext } from '../../context';
import { describeError } from '../deliver';
import { teamsRequestKey } from '../send-campaign';
import { toRef } from '../teams-ref';
import { planWork, type CampaignWork } from './plan';
import { isHandled, type ReminderLine, type ReminderReport, type RoundReport } from './report';
import { indexDeliveries } from './round-plan';
import { sendReminder } from './send-reminder';
import { sendSummary } from './summary';

export interface RunOptions {
  /** Decide, report, and send nothing and record nothing. */
  dryRun?: boolean;
}

/**
 * The scheduler's tick: sends the reminders and summaries due at `now` and reports them. Safe to run
 * at the same time in several processes and to kill at any point: every message is a delivery claimed
 * in the store under a deterministic key before it goes out, and a round is recorded finished only
 * once each of its organisations is handled, so an interrupted round is finished by the next tick.
 * Beyond the planning reads (see planWork), each organisation reminded costs one fresh read of its
 * answer (one that answered meanwhile is left alone) and, per channel, a claim and a finish.
 */
export async function runReminders(
  ctx: AppContext,
  now: Date,
  opts: RunOptions = {},
): Promise<ReminderReport> {
  const work = await planWork(ctx, now);
  const report: ReminderReport = { now, dryRun: opts.dryRun ?? false, campaigns: work.map((w) => w.report) };
  if (report.dryRun) return report;
  for (const w of work) {
    try {
      await runCampaign(ctx, w, now);
    } catch (err) {
      // One campaign's trouble (its store list unreachable, say) must not hold up the others.
      ctx.logger.error({ campaignId: w.record.campaign.id, err: describeError(err) }, 'reminder tick failed');
    }
  }
  const lines = report.campaigns.flatMap((c) => c.rounds.flatMap((r) => r.lines));
  ctx.logger.info(
    {
      campaigns: report.campaigns.length,
      sent: lines.filter((l) => l.result === 'sent').length,
      // Failed, waiting or held by another tick: the next tick takes them up.
      unfinished: lines.filter((l) => !isHandled(l.result)).length,
    },
    'reminder tick finished',
  );
  return report;
}

async function runCampaign(ctx: AppContext, w: CampaignWork, now: Date): Promise<void> {
  const id = w.record.campaign.id;
  for (const s of w.report.skipped) await ctx.store.recordReminderSlot(id, s.key, 'skipped', now);
  for (const round of w.report.rounds) {
    await sendRound(ctx, w, round, now);
    await settleBusy(ctx, round.lines);
    round.done = round.lines.every((l) => isHandled(l.result));
    if (round.done) await ctx.store.recordReminderSlot(id, round.key, 'done', now);
  }
  if (w.summary) await sendSummary(ctx, w.record, w.summary, w, now);
}

async function sendRound(ctx: AppContext, w: CampaignWork, round: RoundReport, now: Date): Promise<void> {
  const { record } = w;
  const c = record.campaign;
  const requests = indexDeliveries(w.deliveries);
  const byOrg = new Map<string, ReminderLine[]>();
  for (const line of round.lines) {
    if (line.result !== 'due') continue;
    byOrg.set(line.orgId, [...(byOrg.get(line.orgId) ?? []), line]);
  }
  for (const [orgId, lines] of byOrg) {
    const org = findOrganisation(c, orgId)!;
    const answer = await ctx.store.currentAnswer(c.id, orgId);
    if (responseStatus(quotasFor(c, orgId), answer?.nominees ?? []) === 'answered') {
      for (const line of lines) line.result = 'answered';
      continue;
    }
    const channel = effectiveChannel(org, w.links);
    const posted = channel && toRef(requests.get(teamsRequestKey(c.id, orgId, channel))?.externalRef);
    // The thread of the request in the channel in force, never one left in a channel it moved away from.
    const request = posted && posted.channelId === channel.channelId ? posted : undefined;
    for (const line of lines) {
      line.result = await sendReminder(
        ctx,
        {
          record,
          org,
          round,
          line,
          answer,
          ...(channel ? { channel } : {}),
          ...(request ? { request } : {}),
        },
        now,
      );
    }
  }
}

/**
 * Lines another tick held while this one went by: when that tick has finished them meanwhile, the
 * round can be recorded finished now rather than by the next tick. One read per such line, so only
 * when ticks overlap.
 */
async function settleBusy(ctx: AppContext, lines: ReminderLine[]): Promise<void> {
  for (const line of lines) {
    if (line.result !== 'busy') continue;
    if ((await ctx.store.getDelivery(line.key))?.state === 'sent') line.result = 'already_sent';
  }
}
