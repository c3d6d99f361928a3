import { Client, HTTPMessageHandler, type Middleware } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../../app/ports/logger';
import type { GraphConfig } from '../../config/config';
import { runBatch, type BatchItem, type BatchOptions, type BatchResult } from './batch';
import { attemptLog, type GraphObserver } from './behaviours/attempt-log';
import { authentication, tokenProvider } from './behaviours/auth';
import { errorMapping } from './behaviours/error-mapping';
import { originGuard } from './behaviours/origin-guard';
import { defaultRetryPolicy, retry, type RetryPolicy } from './behaviours/retry';
import { realTimer, timeout, type StartTimer } from './behaviours/timeout';
import { userAgent, userAgentValue } from './behaviours/user-agent';
import { azureCredentialFactory, type CredentialFactory } from './credentials';
import { packageVersion } from './package-version';
import { getAllPages, pages, type PageOptions } from './paging';

export interface GraphClientOptions {
  /** How Entra ID credentials are made; tests inject one that cannot reach the network. */
  credentialFactory?: CredentialFactory;
  logger?: Logger;
  /** Told about every attempt sent (the benchmark's request counter: `createRequestCounter().observe`). */
  observers?: GraphObserver[];
  retry?: Partial<RetryPolicy>;
  /** Per attempt, headers and body included. Default 30 s. */
  timeoutMs?: number;
  /** Injected for tests: they check the waits instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Epoch milliseconds (Retry-After dates, token expiry, durations). */
  now?: () => number;
  startTimer?: StartTimer;
  /** For the User-Agent; default: package.json's version. */
  version?: string;
}

/**
 * The one Microsoft Graph client of the service, shared by the SharePoint store and the Graph mailer.
 *
 * `client.api(path)` takes paths under the base URL (`/sites/{id}/lists`), like the SDK. Every request
 * gets the token, the User-Agent, the retry rules and the timeout; a non-2xx answer throws a
 * GraphRequestError (GraphThrottledError, AmbiguousResultError, GraphNetworkError for the transient ones).
 * A POST that may be repeated safely is marked with `.middlewareOptions([new SafeToRepeat()])`.
 */
export interface GraphClient {
  readonly client: Client;
  /** GRAPH_BASE_URL without a trailing slash, e.g. `https://graph.microsoft.com/v1.0`. */
  readonly baseUrl: string;
  /** All items of a collection, following `@odata.nextLink` to the end (empty pages included). */
  getAllPages<T>(path: string, options?: PageOptions): Promise<T[]>;
  /** The same, page by page, for reads too large to hold at once. */
  pages<T>(path: string, options?: PageOptions): AsyncGenerator<T[], void, undefined>;
  /** Requests in `$batch` calls of at most 20, throttled ones repeated; results in the order given. */
  batch(items: BatchItem[], options?: BatchOptions): Promise<BatchResult[]>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createGraphClient(config: GraphConfig, opts: GraphClientOptions = {}): GraphClient {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const base = new URL(baseUrl);
  const versionPath = base.pathname.replace(/\/+$/, '');
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = opts.random ?? Math.random;
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...opts.retry };
  const provider = tokenProvider(config.auth, baseUrl, opts.credentialFactory ?? azureCredentialFactory, now);
  const logger = opts.logger;

  // The order is the design: refuse foreign hosts before anything else; map final errors once; take
  // the token and set the User-Agent once per request; then retry, and inside the retry loop each attempt
  // is logged/counted and has its own deadline. The SDK's RetryHandler, RedirectHandler and
  // TelemetryHandler are deliberately absent (the RetryHandler repeats POSTs after a 504).
  const chain: Middleware[] = [
    originGuard(baseUrl),
    errorMapping(versionPath),
    authentication(provider),
    userAgent(userAgentValue(config.clientOrganisation, opts.version ?? packageVersion())),
    retry({ policy, sleep, random, now, versionPath, ...(logger ? { logger } : {}) }),
    attemptLog({ observers: opts.observers ?? [], now, versionPath, ...(logger ? { logger } : {}) }),
    timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.startTimer ?? realTimer),
    new HTTPMessageHandler(),
  ];
  const client = Client.initWithMiddleware({
    middleware: chain,
    baseUrl: base.origin,
    defaultVersion: versionPath.replace(/^\//, ''),
    // The SDK's auth handler attaches the token only to Graph hosts and these (host names, no port).
    customHosts: new Set([base.hostname]),
  });

  return {
    client,
    baseUrl,
    getAllPages: (path, options) => getAllPages(client, baseUrl, path, options),
    pages: (path, options) => pages(client, baseUrl, path, options),
    batch: (items, options) =>
      runBatch(
        { client, baseUrl, policy, sleep, random, now, ...(logger ? { logger } : {}) },
        items,
        options,
      ),
  };
}
