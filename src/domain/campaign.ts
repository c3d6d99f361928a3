import type { CampaignFile, Language, LatePolicy } from './campaign-file';
import type { Organisation } from './organisation';
import { reminderPolicy, type ReminderPolicy } from './reminders/policy';

export interface Role {
  id: string;
  name: string;
  nameEn?: string;
  description?: string;
  min: number;
  max: number;
}

export interface Person {
  name: string;
  email: string;
  title?: string;
}

export interface Owner extends Person {
  aadObjectId?: string;
}

/** A date deadline is fixed in the letter; a window is counted from the day the request is sent. */
export type DeadlineRule = { kind: 'date'; date: string } | { kind: 'window'; days: number };

export type QuotaOverrides = Record<string, Record<string, { min?: number; max?: number }>>;

/** A campaign definition with its recipients resolved: what the chair decided, before anything is sent. */
export interface Campaign {
  id: string;
  title: string;
  subject: string;
  language: Language;
  message: string;
  requester: { group: string; chair: Person };
  replyTo: string;
  owners: Owner[];
  timeZone: string;
  deadline: DeadlineRule;
  roles: Role[];
  organisations: Organisation[];
  quotaOverrides: QuotaOverrides;
  latePolicy: LatePolicy;
  reminders: ReminderPolicy;
}

export type CampaignState = 'draft' | 'open' | 'closed';

/** A campaign as the store keeps it: the definition plus what has happened to it. */
export interface CampaignRecord {
  campaign: Campaign;
  state: CampaignState;
  createdAt: Date;
  /** Set at the first send; fixes an answer window to a date. */
  sentAt?: Date;
  /** Inclusive local date (YYYY-MM-DD) once known; an extension of the whole campaign moves it. */
  deadlineDate?: string;
  closedAt?: Date;
  /** Organisations given more time than the campaign: org id → inclusive local date. */
  orgDeadlines?: Record<string, string>;
  /**
   * Reminder rounds the scheduler has finished, keyed `<deadline date>:<slot id>` (a deadline moved by an
   * extension starts a fresh set). Lets a tick with nothing due stop at the campaign, without a look at
   * each organisation.
   */
  reminderSlots?: Record<string, ReminderSlotState>;
}

export interface ReminderSlotState {
  state: 'done' | 'skipped';
  at: Date;
}

/**
 * The deadline that applies to one organisation: its own extension, else the campaign's. An
 * extension only ever gives more time, so when the whole campaign is later moved past an
 * organisation's own date, the campaign's date applies to it too.
 */
export function deadlineFor(record: CampaignRecord, orgId: string): string | undefined {
  const own = record.orgDeadlines?.[orgId];
  const all = record.deadlineDate;
  if (own === undefined || all === undefined) return own ?? all;
  // YYYY-MM-DD strings order as the dates they name.
  return own > all ? own : all;
}

export function campaignFromFile(file: CampaignFile, organisations: Organisation[]): Campaign {
  return {
    id: file.id,
    title: file.title,
    subject: file.subject ?? file.title,
    language: file.language,
    message: file.message,
    requester: file.requester,
    replyTo: file.replyTo,
    owners: file.owners,
    timeZone: file.timeZone,
    deadline:
      file.deadline !== undefined
        ? { kind: 'date', date: file.deadline }
        : { kind: 'window', days: file.answerWindowDays ?? 14 },
    roles: file.roles,
    organisations,
    quotaOverrides: Object.fromEntries(
      Object.entries(file.overrides ?? {}).map(([org, o]) => [org, o.roles]),
    ),
    latePolicy: file.latePolicy,
    reminders: reminderPolicy(file.reminders),
  };
}

export function findOrganisation(campaign: Campaign, orgId: string): Organisation | undefined {
  return campaign.organisations.find((o) => o.id === orgId);
}

export function roleName(role: Role, language: Language): string {
  return language === 'en' && role.nameEn ? role.nameEn : role.name;
}
