import type { ReminderKind } from '../../../domain/reminders/schedule';
import type { SummaryReason } from '../../../domain/reminders/rounds';
import type { DeliveryChannel } from '../../ports/store';
import type { DeliveryResult } from '../deliver';

/**
 * What a tick decided and did, for the operator (`reminders run`) and the logs. Ids only: the CLI
 * looks names up in the campaign. `due` is what a dry run would send; `given_up` a delivery that
 * failed too often; `answered` an organisation that answered between planning and sending.
 */
export type ReminderResult = DeliveryResult | 'due' | 'given_up' | 'answered';

export interface ReminderLine {
  orgId: string;
  channel: DeliveryChannel;
  /** Why it is reminded: nothing registered, or not all that was asked for. */
  status: 'missing' | 'partial';
  key: string;
  /** The organisation's escalation address gets a copy (e-mail, overdue notices when the policy says so). */
  escalated: boolean;
  result: ReminderResult;
}

export interface RoundReport {
  /** The deadline this round counts from: the campaign's, or some organisations' own. */
  deadlineDate: string;
  slotId: string;
  kind: ReminderKind;
  /** When the round was due. */
  at: Date;
  key: string;
  lines: ReminderLine[];
  /** Organisations of the round that have answered: nothing to remind. */
  answered: string[];
  /** Not answered, but their request went out through no channel, so there is nothing to remind through. */
  unreachable: string[];
  /** Every organisation handled; recorded, so later ticks pass the round by. */
  done: boolean;
}

export interface SkippedSlot {
  deadlineDate: string;
  slotId: string;
  key: string;
}

export interface SummaryLine {
  /** The owner's place in the campaign file, from 0. */
  ownerIndex: number;
  channel: DeliveryChannel;
  key: string;
  result: ReminderResult;
}

export interface SummaryReport {
  reason: SummaryReason;
  key: string;
  lines: SummaryLine[];
  /** Owners without a personal chat with the bot: e-mail only. */
  withoutTeamsChat: number[];
  done: boolean;
}

export interface CampaignReminderReport {
  campaignId: string;
  rounds: RoundReport[];
  skipped: SkippedSlot[];
  summary?: SummaryReport;
}

export interface ReminderReport {
  now: Date;
  dryRun: boolean;
  /** Only campaigns with something due; the others were passed by on their record alone. */
  campaigns: CampaignReminderReport[];
}

/** Results after which nothing is left to do for a line. */
export function isHandled(result: ReminderResult): boolean {
  return result === 'sent' || result === 'already_sent' || result === 'given_up' || result === 'answered';
}
