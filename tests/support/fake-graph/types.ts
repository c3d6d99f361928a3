/**
 * The public surface of the fake Microsoft Graph server (see /tmp/graph-contract.md): other test
 * suites build against these names, so change them only by adding.
 */

export interface FakeGraphOptions {
  /** Default 'contoso.sharepoint.example,11111111-…,22222222-…' (the composite id Graph gives a site). */
  siteId?: string;
  /** Users that may sendMail, by user principal name, e.g. ['intake@vgregion.example']. */
  mailboxes?: string[];
  /** Server-side page size when $top is absent or larger (default 100). */
  pageSize?: number;
  /** Every Nth page of list items is empty but still has @odata.nextLink (Graph: "a page of results may contain zero or more results"). At least 2. */
  emptyPageEvery?: number;
  /** When set, any other bearer token is 401. Without it any bearer token is accepted. */
  token?: string;
  /** Seed of the fault dice (deterministic runs). Default 1. */
  seed?: number;
  /** The clock stamped on items, messages and recorded requests. Default: the system clock. */
  now?: () => Date;
}

export interface RecordedRequest {
  method: string;
  /** Path below the version segment, percent-decoded: '/sites/{site}/lists/{list}/items'. */
  path: string;
  /** Query string without '?', percent-decoded (so tests can read "$filter=fields/X eq 'v'"). */
  query: string;
  /** Status answered; 0 when the connection was dropped before an answer was written. */
  status: number;
  authorized: boolean;
  userAgent?: string;
  prefer?: string;
  ifMatch?: string;
  /** On a POST /$batch: how many sub-requests it carried (each is also recorded, with inBatch). */
  batchSize?: number;
  /** Set on the records of sub-requests of a $batch. */
  inBatch?: boolean;
  /** The fault injected into this request, if any. */
  fault?: FaultKind;
  at: number;
}

/** drop-after: the request WAS applied, then the socket is destroyed (an ambiguous failure). */
export type FaultKind = '429' | '503' | '504' | 'drop-before' | 'drop-after';

export interface FaultRule {
  kind: FaultKind;
  /** Probability 0..1 that a matching request gets this fault (seeded dice). */
  rate: number;
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Tested against RecordedRequest.path (any when absent). */
  path?: RegExp;
  /** Retry-After on 429 and 503, in seconds. Default 1. */
  retryAfterSeconds?: number;
  /** At most this many hits, then the rule is spent. */
  times?: number;
}

/** A message accepted by sendMail: the `message` JSON exactly as posted. */
export interface SentMessage {
  subject?: string;
  body?: { contentType?: string; content?: string };
  toRecipients?: Recipient[];
  ccRecipients?: Recipient[];
  bccRecipients?: Recipient[];
  replyTo?: Recipient[];
  from?: Recipient;
  internetMessageId?: string;
  internetMessageHeaders?: { name: string; value: string }[];
  [property: string]: unknown;
}

export interface Recipient {
  emailAddress: { address: string; name?: string };
}

/** A message as the Sent Items folder holds it (Graph's message resource, trimmed). */
export interface StoredMessage {
  id: string;
  internetMessageId: string;
  subject?: string;
  sentDateTime: string;
  [property: string]: unknown;
}

export type ColumnType =
  'text' | 'number' | 'boolean' | 'dateTime' | 'choice' | 'currency' | 'personOrGroup' | 'lookup';

export interface FakeColumn {
  id: string;
  name: string;
  displayName: string;
  type: ColumnType;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** The columnDefinition JSON Graph answers for this column. */
  definition: Record<string, unknown>;
}

export interface FakeItem {
  id: string;
  /** As Graph shows it, quoted: '"<guid>,<version>"'. */
  etag: string;
  version: number;
  /** The values written through the API (system fields such as Created are not included). */
  fields: Record<string, unknown>;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface FakeList {
  id: string;
  name: string;
  displayName: string;
  columns: FakeColumn[];
  items: FakeItem[];
}

export interface FakeGraph {
  /** https://127.0.0.1:<port>/v1.0 */
  baseUrl: string;
  /** Every request in order of arrival (and each sub-request of a $batch, after its outer request). */
  requests: RecordedRequest[];
  faults: { set(rules: FaultRule[]): void; clear(): void };
  /** Messages accepted by sendMail for this user (UPN or id), in order: the message JSON as posted. */
  sentMail(userId: string): SentMessage[];
  /** The user's Sent Items folder as Graph would list it. */
  sentItems(userId: string): StoredMessage[];
  /** A snapshot of a list (by id, name or display name) for assertions. */
  list(siteIdOrName: string, listName: string): FakeList | undefined;
  stop(): Promise<void>;
}
