import type { Nominee } from '../../../domain/answer';
import type { AnswerChannel, AnswerVersion, Submitter } from '../../../domain/answer-record';
import type { NewAnswer } from '../../../app/ports/store';
import type { ListItem } from './list-items';
import { CHANNEL_LABELS } from './lists';
import { line, noteJson, numberOf, parseJson, toDateField, type Fields } from './values';

/**
 * The Svar item of one campaign and organisation: the commit point of its answers. It holds the current
 * version exactly (JSON), the idempotency keys of recent submissions, and how far the projection into
 * Nomineringar, Svarshistorik and Händelselogg has come (`ProjectedVersion`, and the Nomineringar item
 * ids of that version, so the next version can mark them replaced without a query).
 */

/** A submission seen: its idempotency key, the version it made, and the random id of the call that committed it. */
export type SubmissionKey = [key: string, version: number, commitId: string];

/** Enough for any retry: a retried submission arrives seconds or minutes later, not 100 versions later. */
export const MAX_SUBMISSION_KEYS = 100;

export const ANSWER_SELECT = ['AnswerKey', 'Answer', 'SubmissionKeys', 'ProjectedVersion', 'RowIds'] as const;

export interface AnswerState {
  item: ListItem;
  current: AnswerVersion;
  keys: SubmissionKey[];
  /** The version whose rows, history item and audit entry are all written. */
  projected: number;
  /** Nomineringar item ids of the projected version, in nominee order. */
  rowIds: string[];
}

interface StoredAnswer {
  campaignId: string;
  orgId: string;
  version: number;
  nominees: Nominee[];
  submittedBy: Submitter;
  submittedAt: string;
  channel: AnswerChannel;
  late: boolean;
}

export function answerKey(campaignId: string, orgId: string): string {
  return `${campaignId}|${orgId}`;
}

export function versionKey(answer: { campaignId: string; orgId: string; version: number }): string {
  return `${answerKey(answer.campaignId, answer.orgId)}|${answer.version}`;
}

export function newVersion(a: NewAnswer, version: number): AnswerVersion {
  return {
    campaignId: a.campaignId,
    orgId: a.orgId,
    version,
    nominees: a.nominees,
    submittedBy: a.submittedBy,
    submittedAt: a.submittedAt,
    channel: a.channel,
    late: a.late,
  };
}

export function answerJson(v: AnswerVersion): string {
  const stored: StoredAnswer = { ...v, submittedAt: v.submittedAt.toISOString() };
  return noteJson(stored, 'Svaret');
}

export function versionOf(fields: Fields): AnswerVersion {
  const stored = parseJson<StoredAnswer>(fields, 'Answer');
  if (!stored) throw new Error('SharePoint answer item without its answer');
  return { ...stored, submittedAt: new Date(stored.submittedAt) };
}

export function answerState(item: ListItem): AnswerState {
  return {
    item,
    current: versionOf(item.fields),
    keys: parseJson<SubmissionKey[]>(item.fields, 'SubmissionKeys') ?? [],
    projected: numberOf(item.fields, 'ProjectedVersion') ?? 0,
    rowIds: parseJson<string[]>(item.fields, 'RowIds') ?? [],
  };
}

/** What a commit writes: the new version, shown and exact, and the submission keys with this one added. */
export function commitFields(next: AnswerVersion, keys: SubmissionKey[]): Fields {
  return {
    Version: next.version,
    SubmittedBy: line(next.submittedBy.name),
    SubmittedAt: toDateField(next.submittedAt),
    Channel: CHANNEL_LABELS[next.channel],
    Late: next.late,
    Answer: answerJson(next),
    SubmissionKeys: noteJson(keys.slice(-MAX_SUBMISSION_KEYS), 'Inskickningsnycklarna'),
  };
}

/** The columns a new Svar item gets once, besides the commit's. */
export function identityFields(campaignId: string, orgId: string, orgName: string): Fields {
  return {
    Title: line(orgName),
    AnswerKey: answerKey(campaignId, orgId),
    CampaignId: campaignId,
    OrgId: orgId,
    ProjectedVersion: 0,
    RowIds: '[]',
  };
}
