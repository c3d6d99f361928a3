import type { Nominee } from './answer';

export type AnswerChannel = 'teams' | 'web' | 'outlook';

/**
 * Who sent an answer. In Teams the name and id come from the validated activity; on the web page
 * the link itself identifies the organisation and the name is what the person typed, kept as declared.
 */
export interface Submitter {
  kind: 'teams-user' | 'web-declared';
  name: string;
  id?: string;
}

/** One version of one organisation's answer: the full set of its nominees at that moment. */
export interface AnswerVersion {
  campaignId: string;
  orgId: string;
  version: number;
  nominees: Nominee[];
  submittedBy: Submitter;
  submittedAt: Date;
  channel: AnswerChannel;
  late: boolean;
}
