import type { ReminderPlan } from './reminder-plan';
import { allResults } from './reminder-plan';

/**
 * `reminders run --json`: a stable shape for scripts and timers. Plain JSON types and ISO times; names
 * beside the ids, since the output is for the operator (logs never carry them).
 */
export function reminderJson(plan: ReminderPlan): object {
  const results = allResults(plan);
  const count = (kind: 'reminder' | 'summary', result?: string) =>
    results.filter((r) => r.kind === kind && (result === undefined || r.result === result)).length;
  return {
    now: plan.now.toISOString(),
    dryRun: plan.dryRun,
    campaigns: plan.campaigns.map((c) => ({
      id: c.id,
      title: c.title,
      timeZone: c.timeZone,
      rounds: c.rounds.map((r) => ({
        slot: r.slotId,
        kind: r.kind,
        at: r.at.toISOString(),
        deadlineDate: r.deadlineDate,
        done: r.done,
        reminders: r.reminders.map((o) => ({
          orgId: o.orgId,
          name: o.orgName,
          status: o.status,
          line: o.line,
          channels: o.channels.map((ch) => ({
            channel: ch.channel,
            result: ch.result,
            escalated: ch.escalated,
            key: ch.key,
          })),
        })),
        answered: r.answered.map((a) => ({ orgId: a.orgId, name: a.orgName })),
        unreachable: r.unreachable.map((a) => ({ orgId: a.orgId, name: a.orgName })),
      })),
      skipped: c.skipped.map((s) => ({ slot: s.slotId, deadlineDate: s.deadlineDate })),
      summary: c.summary
        ? {
            reason: c.summary.reason,
            done: c.summary.done,
            owners: c.summary.owners.map((o) => ({
              name: o.name,
              withoutTeamsChat: o.withoutTeamsChat,
              channels: o.channels.map((ch) => ({ channel: ch.channel, result: ch.result, key: ch.key })),
            })),
          }
        : null,
    })),
    totals: {
      reminders: count('reminder'),
      organisations: plan.campaigns.reduce(
        (n, c) => n + c.rounds.reduce((m, r) => m + r.reminders.length, 0),
        0,
      ),
      summaries: count('summary'),
      skipped: plan.campaigns.reduce((n, c) => n + c.skipped.length, 0),
      sent: results.filter((r) => r.result === 'sent').length,
      failed: results.filter((r) => r.result === 'failed').length,
    },
  };
}
