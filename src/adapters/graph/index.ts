/** The Graph client's surface for the SharePoint store, the Graph mailer and the composition root. */
export {
  createGraphClient,
  DEFAULT_TIMEOUT_MS,
  type GraphClient,
  type GraphClientOptions,
} from './graph-client';
export { MAX_BATCH_SIZE, type BatchItem, type BatchOptions, type BatchResult } from './batch';
export { SafeToRepeat, defaultRetryPolicy, type RetryPolicy } from './behaviours/retry';
export type { GraphAttempt, GraphObserver } from './behaviours/attempt-log';
export { createRequestCounter, type PatternCount, type RequestCounter } from './counting';
export { azureCredentialFactory, type CredentialFactory, type EntraAuth } from './credentials';
export { DEV_GRAPH_TOKEN } from './dev-token';
export {
  AmbiguousResultError,
  ForeignHostError,
  GraphAuthenticationError,
  GraphNetworkError,
  GraphRequestError,
  GraphThrottledError,
} from './errors';
export type { PageOptions } from './paging';
