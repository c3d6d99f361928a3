import type { Nominee } from '../../../domain/answer';
import type { AnswerChannel, AnswerVersion, Submitter } from '../../../domain/answer-record';
import type { CampaignRecord, CampaignState, ReminderSlotState } from '../../../domain/campaign';
import type {
  Actor,
  AuditEntry,
  ChannelEndpoint,
  UserEndpoint,
  Delivery,
  DeliveryChannel,
  DeliveryKind,
  DeliveryState,
} from '../../../app/ports/store';
import { withDefaults, type StoredDefinition } from '../stored-definition';

/** Row shapes as SQLite returns them, and their mapping to the port's types. */

export function toText(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid date given to the store');
  return at.toISOString();
}

export function toDate(text: string): Date {
  return new Date(text);
}

function optionalDate(text: string | null): Date | undefined {
  return text === null ? undefined : toDate(text);
}

/** Leaves a property out rather than setting it to undefined, so records compare equal after a round trip. */
function opt<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export interface CampaignRow {
  id: string;
  definition: string;
  state: CampaignState;
  created_at: string;
  sent_at: string | null;
  deadline_date: string | null;
  closed_at: string | null;
}

/** What a campaign record carries besides its row: deadline extensions and finished reminder rounds. */
export interface Schedule {
  orgDeadlines: Record<string, string>;
  reminderSlots: Record<string, ReminderSlotState>;
}

/** A record always has its extensions and finished reminder rounds, empty when there are none. */
export function campaignRecord(row: CampaignRow, schedule: Schedule): CampaignRecord {
  return {
    campaign: withDefaults(JSON.parse(row.definition) as StoredDefinition),
    state: row.state,
    createdAt: toDate(row.created_at),
    ...opt('sentAt', optionalDate(row.sent_at)),
    ...opt('deadlineDate', row.deadline_date),
    ...opt('closedAt', optionalDate(row.closed_at)),
    orgDeadlines: schedule.orgDeadlines,
    reminderSlots: schedule.reminderSlots,
  };
}

export interface AnswerVersionRow {
  campaign_id: string;
  org_id: string;
  version: number;
  submitted_by_kind: Submitter['kind'];
  submitted_by_name: string;
  submitted_by_id: string | null;
  submitted_at: string;
  channel: AnswerChannel;
  late: number;
}

export interface NomineeRow {
  org_id: string;
  version: number;
  role_id: string;
  name: string;
  email: string;
  phone: string | null;
  title: string | null;
}

export function nominee(row: NomineeRow): Nominee {
  return {
    roleId: row.role_id,
    name: row.name,
    email: row.email,
    ...opt('phone', row.phone),
    ...opt('title', row.title),
  };
}

export function answerVersion(row: AnswerVersionRow, nominees: Nominee[]): AnswerVersion {
  return {
    campaignId: row.campaign_id,
    orgId: row.org_id,
    version: row.version,
    nominees,
    submittedBy: {
      kind: row.submitted_by_kind,
      name: row.submitted_by_name,
      ...opt('id', row.submitted_by_id),
    },
    submittedAt: toDate(row.submitted_at),
    channel: row.channel,
    late: row.late === 1,
  };
}

export interface DeliveryRow {
  key: string;
  campaign_id: string;
  org_id: string;
  kind: DeliveryKind;
  channel: DeliveryChannel;
  target: string;
  state: DeliveryState;
  attempts: number;
  last_error: string | null;
  external_ref: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

export function delivery(row: DeliveryRow): Delivery {
  return {
    key: row.key,
    campaignId: row.campaign_id,
    orgId: row.org_id,
    kind: row.kind,
    channel: row.channel,
    target: row.target,
    state: row.state,
    attempts: row.attempts,
    ...opt('lastError', row.last_error),
    ...opt(
      'externalRef',
      row.external_ref === null ? null : (JSON.parse(row.external_ref) as Record<string, string>),
    ),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    ...opt('sentAt', optionalDate(row.sent_at)),
  };
}

export interface ChannelEndpointRow {
  channel_id: string;
  team_id: string | null;
  tenant_id: string | null;
  service_url: string;
  updated_at: string;
}

export function channelEndpoint(row: ChannelEndpointRow): ChannelEndpoint {
  return {
    channelId: row.channel_id,
    ...opt('teamId', row.team_id),
    ...opt('tenantId', row.tenant_id),
    serviceUrl: row.service_url,
    updatedAt: toDate(row.updated_at),
  };
}

export interface UserEndpointRow {
  aad_object_id: string;
  conversation_id: string;
  service_url: string;
  tenant_id: string | null;
  email: string | null;
  updated_at: string;
}

export function userEndpoint(row: UserEndpointRow): UserEndpoint {
  return {
    aadObjectId: row.aad_object_id,
    conversationId: row.conversation_id,
    serviceUrl: row.service_url,
    ...opt('tenantId', row.tenant_id),
    ...opt('email', row.email),
    updatedAt: toDate(row.updated_at),
  };
}

export interface AuditRow {
  at: string;
  actor_kind: Actor['kind'];
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  campaign_id: string | null;
  org_id: string | null;
  detail: string | null;
}

export function auditEntry(row: AuditRow): AuditEntry {
  return {
    at: toDate(row.at),
    actor: { kind: row.actor_kind, ...opt('id', row.actor_id), ...opt('name', row.actor_name) },
    action: row.action,
    ...opt('campaignId', row.campaign_id),
    ...opt('orgId', row.org_id),
    ...opt('detail', row.detail === null ? null : (JSON.parse(row.detail) as Record<string, unknown>)),
  };
}
