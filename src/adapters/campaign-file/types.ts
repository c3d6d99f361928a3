import type { Campaign } from '../../domain/campaign';
import type { CampaignFile } from '../../domain/campaign-file';

/** One thing wrong in a campaign file or its register, where it is and what to write instead. */
export interface CampaignFileProblem {
  /** The file the problem is in: the campaign file, or the register it points to. */
  file: string;
  /** Where in the document, e.g. `roles[0].min`; empty for the file as a whole. */
  path: string;
  /** 1-based, when the parser can place the problem. */
  line?: number;
  column?: number;
  message: string;
}

export type CampaignFileResult =
  { ok: true; campaign: Campaign; file: CampaignFile } | { ok: false; problems: CampaignFileProblem[] };

/** A problem before it is placed in a file: a document path, and which part of the node to point at. */
export interface Finding {
  path: PropertyKey[];
  /** `key` points at an entry's key (unknown keys); `value` at its value, or its parent if it is missing. */
  target: 'key' | 'value';
  message: string;
  /** Text inside the value to point at, e.g. an unknown placeholder in a long message. */
  needle?: string;
}
