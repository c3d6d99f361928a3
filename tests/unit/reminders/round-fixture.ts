import type { AnswerVersion } from '../../../src/domain/answer-record';
import type { Nominee } from '../../../src/domain/answer';
import type { CampaignRecord } from '../../../src/domain/campaign';
import type { LatePolicy } from '../../../src/domain/campaign-file';
import { dueRounds, summaryDue } from '../../../src/domain/reminders/rounds';
import { DEFAULT_REMINDER_POLICY, reminderPolicy } from '../../../src/domain/reminders/policy';
import { localDate } from '../../../src/domain/deadline';
import type { Delivery, DeliveryChannel } from '../../../src/app/ports/store';
import { requestKey } from '../../../src/app/use-cases/send-campaign';
import { planRound } from '../../../src/app/use-cases/reminders/round-plan';
import { campaignFixture, CONTACT, DEPUTY, org } from '../../support/campaign-fixture';

/**
 * The 2025 spring round of seeds/000 (sent Friday 4 April, deadline Wednesday 30 April) as plain data,
 * and a tick that applies what the planner decides to that data the way runReminders applies it to a
 * store: a due line becomes a sent delivery, a round is recorded done, passed-over rounds skipped.
 */

export const C = 'projektarbete-2025';
export const SENT_AT = new Date('2025-04-04T08:00:00Z');
const TZ = 'Europe/Stockholm';

export function springRecord(latePolicy: LatePolicy = 'accept'): CampaignRecord {
  const campaign = campaignFixture({
    id: C,
    roles: [CONTACT, { ...DEPUTY, min: 1 }],
    latePolicy,
    organisations: [
      org('narhalsan', { teams: { channelId: '19:narhalsan' } }),
      org('sahlgrenska'),
      org('skaraborg', { escalation: 'skaraborg.direktor@vgregion.example' }),
      org('folktandvarden'),
      org('goteborg'),
    ],
  });
  return {
    campaign: {
      ...campaign,
      reminders: reminderPolicy({ ...DEFAULT_REMINDER_POLICY, escalateAfterOverdue: true }),
    },
    state: 'open',
    createdAt: new Date('2025-04-03T08:00:00Z'),
    sentAt: SENT_AT,
    deadlineDate: '2025-04-30',
  };
}

export function nominee(roleId: string, name: string): Nominee {
  return { roleId, name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@vgregion.example` };
}

export class SimulatedRound {
  readonly answers = new Map<string, AnswerVersion>();
  readonly deliveries = new Map<string, Delivery>();
  /** `<local date> <slot> <org> <channel>[ cc]` for every reminder that went out, in order. */
  readonly sent: string[] = [];
  readonly summaries: string[] = [];
  readonly skipped: string[] = [];

  constructor(public record: CampaignRecord) {
    for (const o of record.campaign.organisations) {
      this.deliver(requestKey(C, o.id, 'email'), o.id, 'email', SENT_AT);
      if (o.teams) this.deliver(requestKey(C, o.id, 'teams'), o.id, 'teams', SENT_AT);
    }
  }

  answer(orgId: string, nominees: Nominee[], at: Date): void {
    this.answers.set(orgId, {
      campaignId: C,
      orgId,
      version: (this.answers.get(orgId)?.version ?? 0) + 1,
      nominees,
      submittedBy: { kind: 'web-declared', name: 'Anna Andersson' },
      submittedAt: at,
      channel: 'web',
      late: false,
    });
  }

  extend(orgId: string | undefined, until: string): void {
    this.record = orgId
      ? { ...this.record, orgDeadlines: { ...this.record.orgDeadlines, [orgId]: until } }
      : { ...this.record, deadlineDate: until };
  }

  tick(now: Date): void {
    const due = dueRounds(this.record, now);
    const day = localDate(now, TZ);
    for (const s of due.skipped) {
      this.skipped.push(`${day} ${s.key}`);
      this.finish(s.key, 'skipped', now);
    }
    for (const round of due.rounds) {
      const plan = planRound(this.record, round, this.answers, this.deliveries);
      for (const line of plan.lines.filter((l) => l.result === 'due')) {
        this.deliver(line.key, line.orgId, line.channel, now);
        this.sent.push(`${day} ${round.slot.id} ${line.orgId} ${line.channel}${line.escalated ? ' cc' : ''}`);
      }
      this.finish(round.key, 'done', now);
    }
    const summary = summaryDue(this.record, now);
    if (summary) {
      this.summaries.push(`${day} ${summary.reason}`);
      this.finish(summary.key, 'done', now);
    }
  }

  /** A tick every hour, on the hour, from `from` up to and including `to`. */
  run(from: string, to: string): void {
    for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += 3_600_000)
      this.tick(new Date(t));
  }

  private finish(key: string, state: 'done' | 'skipped', at: Date): void {
    if (this.record.reminderSlots?.[key]) return;
    this.record = { ...this.record, reminderSlots: { ...this.record.reminderSlots, [key]: { state, at } } };
  }

  private deliver(key: string, orgId: string, channel: DeliveryChannel, at: Date): void {
    this.deliveries.set(key, {
      key,
      campaignId: C,
      orgId,
      kind: key.startsWith('request') ? 'request' : 'reminder',
      channel,
      target: orgId,
      state: 'sent',
      attempts: 1,
      createdAt: at,
      updatedAt: at,
      sentAt: at,
    });
  }
}
