import { reminderLine } from '../../app/i18n/reminder-texts';
import type { DeliveryChannel } from '../../app/ports/store';
import type {
  CampaignReminderReport,
  ReminderReport,
  ReminderResult,
  RoundReport,
} from '../../app/use-cases/reminders';
import { findOrganisation, type CampaignRecord } from '../../domain/campaign';
import { daysLeft } from '../../domain/deadline';
import type { ReminderKind } from '../../domain/reminders/schedule';
import type { SummaryReason } from '../../domain/reminders/rounds';

/**
 * A tick's report with the names put back: the use case reports ids only (it also feeds the logs), the
 * operator reads names. Both the text and the JSON of `reminders run` are made from this.
 */

export interface OrgReminder {
  orgId: string;
  orgName: string;
  status: 'missing' | 'partial';
  /** What the reminder says first, in the campaign's language, counted from the tick's moment. */
  line: string;
  channels: { channel: DeliveryChannel; result: ReminderResult; key: string; escalated: boolean }[];
}

export interface PlannedRound {
  slotId: string;
  kind: ReminderKind;
  at: Date;
  deadlineDate: string;
  done: boolean;
  reminders: OrgReminder[];
  answered: { orgId: string; orgName: string }[];
  unreachable: { orgId: string; orgName: string }[];
}

export interface PlannedSummary {
  reason: SummaryReason;
  done: boolean;
  owners: {
    ownerIndex: number;
    name: string;
    channels: { channel: DeliveryChannel; result: ReminderResult; key: string }[];
    withoutTeamsChat: boolean;
  }[];
}

export interface PlannedCampaign {
  id: string;
  title: string;
  timeZone: string;
  rounds: PlannedRound[];
  skipped: { slotId: string; deadlineDate: string }[];
  summary?: PlannedSummary;
}

export interface ReminderPlan {
  now: Date;
  /** Nothing was sent or recorded: the plan of what a tick at `now` would do. */
  dryRun: boolean;
  campaigns: PlannedCampaign[];
}

export function reminderPlan(
  report: ReminderReport,
  records: ReadonlyMap<string, CampaignRecord>,
): ReminderPlan {
  return {
    now: report.now,
    dryRun: report.dryRun,
    campaigns: report.campaigns.map((c) => planned(c, records.get(c.campaignId), report.now)),
  };
}

function planned(c: CampaignReminderReport, record: CampaignRecord | undefined, now: Date): PlannedCampaign {
  if (!record) throw new Error(`campaign ${c.campaignId} vanished while its reminders were reported`);
  const campaign = record.campaign;
  const orgName = (id: string) => findOrganisation(campaign, id)?.name ?? id;
  const named = (ids: string[]) => ids.map((orgId) => ({ orgId, orgName: orgName(orgId) }));
  return {
    id: campaign.id,
    title: campaign.title,
    timeZone: campaign.timeZone,
    rounds: c.rounds.map((r) => ({
      slotId: r.slotId,
      kind: r.kind,
      at: r.at,
      deadlineDate: r.deadlineDate,
      done: r.done,
      reminders: remindersOf(r, record, now, orgName),
      answered: named(r.answered),
      unreachable: named(r.unreachable),
    })),
    skipped: c.skipped.map((s) => ({ slotId: s.slotId, deadlineDate: s.deadlineDate })),
    ...(c.summary
      ? {
          summary: {
            reason: c.summary.reason,
            done: c.summary.done,
            owners: campaign.owners.map((owner, ownerIndex) => ({
              ownerIndex,
              name: owner.name,
              channels: c
                .summary!.lines.filter((l) => l.ownerIndex === ownerIndex)
                .map((l) => ({ channel: l.channel, result: l.result, key: l.key })),
              withoutTeamsChat: c.summary!.withoutTeamsChat.includes(ownerIndex),
            })),
          },
        }
      : {}),
  };
}

/** One entry per organisation, its channels together, in the round's order. */
function remindersOf(
  r: RoundReport,
  record: CampaignRecord,
  now: Date,
  orgName: (id: string) => string,
): OrgReminder[] {
  const c = record.campaign;
  const byOrg = new Map<string, OrgReminder>();
  for (const l of r.lines) {
    let entry = byOrg.get(l.orgId);
    if (!entry) {
      entry = {
        orgId: l.orgId,
        orgName: orgName(l.orgId),
        status: l.status,
        line: reminderLine({
          daysLeft: daysLeft(now, r.deadlineDate, c.timeZone),
          deadlineDate: r.deadlineDate,
          language: c.language,
        }),
        channels: [],
      };
      byOrg.set(l.orgId, entry);
    }
    entry.channels.push({ channel: l.channel, result: l.result, key: l.key, escalated: l.escalated });
  }
  return [...byOrg.values()];
}

/** Every delivery result of the plan: the reminders' and the summaries'. */
export function allResults(plan: ReminderPlan): { kind: 'reminder' | 'summary'; result: ReminderResult }[] {
  return plan.campaigns.flatMap((c) => [
    ...c.rounds.flatMap((r) =>
      r.reminders.flatMap((o) => o.channels.map((ch) => ({ kind: 'reminder' as const, result: ch.result }))),
    ),
    ...(c.summary?.owners ?? []).flatMap((o) =>
      o.channels.map((ch) => ({ kind: 'summary' as const, result: ch.result })),
    ),
  ]);
}
