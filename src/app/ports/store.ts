import type { Campaign, CampaignRecord } from '../../domain/campaign';
import type { AnswerChannel, AnswerVersion, Submitter } from '../../domain/answer-record';
import type { Nominee } from '../../domain/answer';
import type { ChannelLink, ChannelLinkState, LinkPerson } from '../../domain/channel-link';

/** Who caused a change, for the audit trail. Ids only where a validated identity exists. */
export interface Actor {
  kind: 'teams-user' | 'web' | 'cli' | 'system';
  id?: string;
  name?: string;
}

export interface AuditEntry {
  at: Date;
  actor: Actor;
  action: string;
  campaignId?: string;
  orgId?: string;
  detail?: Record<string, unknown>;
}

export interface NewAnswer {
  campaignId: string;
  orgId: string;
  nominees: Nominee[];
  submittedBy: Submitter;
  submittedAt: Date;
  channel: AnswerChannel;
  late: boolean;
  /** Same key, same submission: a retried invoke or a double click stores one version. */
  idempotencyKey: string;
  /** The version the person was looking at; a newer one means someone else answered meanwhile. */
  baseVersion?: number;
}

export type SaveAnswerOutcome =
  | { kind: 'saved'; answer: AnswerVersion }
  | { kind: 'duplicate'; answer: AnswerVersion }
  | { kind: 'unchanged'; answer: AnswerVersion }
  | { kind: 'conflict'; current: AnswerVersion };

export type DeliveryKind = 'request' | 'reminder' | 'receipt' | 'summary';
export type DeliveryChannel = 'email' | 'teams';
/** `waiting`: the Teams app is not yet installed in the organisation's team, so nothing can be posted. */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed' | 'waiting';

export interface Delivery {
  key: string;
  campaignId: string;
  orgId: string;
  kind: DeliveryKind;
  channel: DeliveryChannel;
  target: string;
  state: DeliveryState;
  attempts: number;
  lastError?: string;
  /** Where the message landed: a Teams conversation and activity id, or an e-mail message id. */
  externalRef?: Record<string, string>;
  createdAt: Date;
  updatedAt: Date;
  sentAt?: Date;
}

export interface DeliverySpec {
  key: string;
  campaignId: string;
  orgId: string;
  kind: DeliveryKind;
  channel: DeliveryChannel;
  target: string;
}

export interface DeliveryOutcome {
  state: Exclude<DeliveryState, 'pending' | 'sending'>;
  lastError?: string;
  externalRef?: Record<string, string>;
}

/** How to reach a Teams channel proactively, learnt from the activities Teams sends the bot. */
export interface ChannelEndpoint {
  channelId: string;
  teamId?: string;
  tenantId?: string;
  serviceUrl: string;
  updatedAt: Date;
}

/** Where to reach one person proactively in Teams (their personal chat with the bot). */
export interface UserEndpoint {
  aadObjectId: string;
  conversationId: string;
  serviceUrl: string;
  tenantId?: string;
  /** Directory e-mail or UPN, when known: owners in campaign files are often listed by e-mail only. */
  email?: string;
  updatedAt: Date;
}

export type SaveCampaignOutcome = 'created' | 'unchanged' | 'conflict';

/** A channel asking to be an organisation's: stored pending. */
export type ChannelLinkRequest = Omit<ChannelLink, 'state' | 'decidedBy' | 'decidedAt'>;

export interface ChannelLinkDecision {
  state: 'approved' | 'rejected';
  by: LinkPerson;
  at: Date;
}

export type DecideChannelLinkOutcome =
  /** This call decided it. */
  | { kind: 'decided'; link: ChannelLink }
  /** It already had that decision (a second press, a second approver at the same time). */
  | { kind: 'unchanged'; link: ChannelLink }
  /** It was decided the other way, superseded or replaced: nothing changed. */
  | { kind: 'closed'; link: ChannelLink }
  | { kind: 'not_found' };

export interface Store {
  saveCampaign(campaign: Campaign, at: Date, actor: Actor): Promise<SaveCampaignOutcome>;
  getCampaign(id: string): Promise<CampaignRecord | undefined>;
  listCampaigns(): Promise<CampaignRecord[]>;
  /** First send: fixes sentAt and the deadline date. Later calls return the record unchanged. */
  openCampaign(id: string, sentAt: Date, deadlineDate: string, actor: Actor): Promise<CampaignRecord>;
  closeCampaign(id: string, at: Date, actor: Actor): Promise<CampaignRecord>;

  saveAnswer(answer: NewAnswer): Promise<SaveAnswerOutcome>;
  currentAnswer(campaignId: string, orgId: string): Promise<AnswerVersion | undefined>;
  currentAnswers(campaignId: string): Promise<AnswerVersion[]>;
  answerHistory(campaignId: string, orgId: string): Promise<AnswerVersion[]>;

  /**
   * Records the delivery if new, then takes it for sending if nobody holds it and it is not sent.
   * `acquired` is true for exactly one caller at a time; a holder that died is replaced after `leaseMs`.
   */
  claimDelivery(
    spec: DeliverySpec,
    at: Date,
    leaseMs: number,
  ): Promise<{ delivery: Delivery; acquired: boolean }>;
  finishDelivery(key: string, outcome: DeliveryOutcome, at: Date): Promise<Delivery>;
  getDelivery(key: string): Promise<Delivery | undefined>;
  deliveries(campaignId: string): Promise<Delivery[]>;

  /**
   * Moves the deadline: of the whole campaign, or of one organisation when `orgId` is given (its own
   * date then wins over the campaign's). Audited. Refused for a closed campaign by the use case, not here.
   * `at` is the audit entry's time: pass the injected clock's now (the store reads the wall clock without it).
   */
  extendDeadline(
    id: string,
    until: string,
    orgId: string | undefined,
    actor: Actor,
    at?: Date,
  ): Promise<CampaignRecord>;
  /** Marks a reminder round finished for the whole campaign (idempotent; the first state recorded wins). */
  recordReminderSlot(campaignId: string, key: string, state: 'done' | 'skipped', at: Date): Promise<void>;

  saveChannelEndpoint(endpoint: ChannelEndpoint): Promise<void>;
  channelEndpoint(channelId: string): Promise<ChannelEndpoint | undefined>;

  /** A person's personal chat with the bot, learnt when they write to it; how owners get summaries in Teams. */
  saveUserEndpoint(endpoint: UserEndpoint): Promise<void>;
  userEndpoint(aadObjectId: string): Promise<UserEndpoint | undefined>;

  /**
   * Stores a pending link (the same id twice stores it once). A newer request for the same organisation
   * supersedes older pending ones ("newer": later requestedAt, then greater id), so exactly the newest
   * of them stays pending. Returns the link as stored.
   */
  requestChannelLink(request: ChannelLinkRequest): Promise<ChannelLink>;
  channelLink(id: string): Promise<ChannelLink | undefined>;
  /** Every link in that state (pending: the approvers' list; approved: what is in force, see linksInForce). */
  channelLinks(state: Extract<ChannelLinkState, 'pending' | 'approved'>): Promise<ChannelLink[]>;
  /**
   * Decides a pending link, once: concurrent decisions of one link leave exactly one `decided`. An
   * approval marks older approved links of the same organisation or channel `replaced`.
   */
  decideChannelLink(id: string, decision: ChannelLinkDecision): Promise<DecideChannelLinkOutcome>;

  audit(entry: AuditEntry): Promise<void>;
  auditTrail(campaignId: string): Promise<AuditEntry[]>;

  close(): Promise<void>;
}
