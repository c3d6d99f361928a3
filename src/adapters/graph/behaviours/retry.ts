import type { Context, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../../../app/ports/logger';
import { AmbiguousResultError, GraphNetworkError, GraphThrottledError, type AmbiguousCause } from '../errors';
import { pathTemplate } from '../path-template';
import { parseRetryAfter } from '../retry-after';
import { backoffDelay, decide, isIdempotent, type BackoffPolicy, type Failure } from '../retry-decision';
import { transportFailure } from '../transport-failure';
import {
  behaviour,
  methodOf,
  urlOf,
  type AttemptContext,
  type NamedMiddleware,
  type Next,
} from './behaviour';

export interface RetryPolicy extends BackoffPolicy {
  /** Total attempts, the first included. */
  maxAttempts: number;
  /**
   * The longest Retry-After this client waits out. Graph and SharePoint can ask for minutes; a request
   * that would block longer fails with GraphThrottledError and the work is taken up again later.
   */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

export interface RetryDeps {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** 0 ≤ x < 1, for the jitter. */
  random: () => number;
  /** Epoch milliseconds, for a Retry-After given as a date. */
  now: () => number;
  logger?: Logger;
  /** The base URL's path (`/v1.0`), left out of logged path templates. */
  versionPath: string;
}

/**
 * Marks one request as safe to repeat although its method is POST: a `$batch` that only reads, or a
 * create the server deduplicates. Use: `client.api('/$batch').middlewareOptions([new SafeToRepeat()]).post(body)`.
 */
export class SafeToRepeat implements MiddlewareOptions {}

/**
 * Repeats what Graph asks to be repeated and nothing that might duplicate a side effect. The rules are
 * in retry-decision.ts: 429/503 are repeated for every method (Graph did not process them), honouring
 * Retry-After; 502/504, timeouts and broken connections only for idempotent or marked-safe requests,
 * and otherwise end in AmbiguousResultError. Failure handled: throttling and transient outages without
 * duplicate list items or e-mails, and without waiting unboundedly.
 *
 * This replaces the SDK's RetryHandler, which also repeats POSTs after a 504.
 */
export function retry(deps: RetryDeps): NamedMiddleware {
  return behaviour('retry', async (context, next) => {
    const url = urlOf(context);
    const request: RequestFacts = {
      method: methodOf(context),
      url,
      template: pathTemplate(url, deps.versionPath),
      repeatable: isIdempotent(methodOf(context)) || markedSafe(context),
    };
    for (let attempt = 1; ; attempt++) {
      const outcome = await send(next, forAttempt(context, attempt));
      const step = nextStep(request, outcome, attempt, deps);
      if ('error' in step) throw step.error;
      if ('response' in step) {
        context.response = step.response;
        return;
      }
      deps.logger?.info(
        {
          graph: {
            method: request.method,
            path: request.template,
            attempt,
            failure: describe(outcome.failure),
            waitMs: step.waitMs,
          },
        },
        'Graph request will be repeated',
      );
      await deps.sleep(step.waitMs);
    }
  });
}

interface RequestFacts {
  method: string;
  url: string;
  template: string;
  repeatable: boolean;
}

type Step = { response: Response } | { error: Error } | { waitMs: number };

/** What follows an attempt: hand the answer up, fail with a typed error, or wait and try again. */
function nextStep(request: RequestFacts, outcome: Outcome, attempt: number, deps: RetryDeps): Step {
  const { method, url, template } = request;
  const { policy } = deps;
  const { failure, response } = outcome;
  if (response?.ok) return { response };
  const decision = decide(failure, request.repeatable);
  if (decision === 'final' && response) return { response };
  if (decision === 'ambiguous')
    return {
      error: new AmbiguousResultError(method, url, template, ambiguousCause(failure), response?.status),
    };

  const lastAttempt = attempt >= policy.maxAttempts;
  if (!response) {
    const reason = failure.kind === 'timeout' ? 'timeout' : 'connection';
    if (lastAttempt)
      return { error: new GraphNetworkError(method, template, reason, attempt, { cause: outcome.cause }) };
    return { waitMs: backoffDelay(attempt, policy, deps.random) };
  }

  const askedMs = parseRetryAfter(response.headers.get('retry-after'), deps.now());
  const tooLong = askedMs !== undefined && askedMs > policy.maxRetryAfterMs;
  if (isThrottling(response.status) && (tooLong || lastAttempt)) {
    const reason = tooLong ? 'retry-after-too-long' : 'attempts-exhausted';
    const requestId = response.headers.get('request-id') ?? undefined;
    return {
      error: new GraphThrottledError(method, template, response.status, reason, askedMs, attempt, requestId),
    };
  }
  if (lastAttempt) return { response }; // a gateway error after the last attempt is reported as it is
  // A gateway's Retry-After beyond the cap is no reason to fail: it backs off as usual instead.
  return { waitMs: askedMs !== undefined && !tooLong ? askedMs : backoffDelay(attempt, policy, deps.random) };
}

type Outcome =
  | { response: Response; failure: Failure; cause?: undefined }
  | { response?: undefined; failure: Failure; cause: unknown };

/** One attempt, with a transport failure turned into a value; anything else is thrown as it is. */
async function send(next: Next, attemptContext: AttemptContext): Promise<Outcome> {
  try {
    await next(attemptContext);
  } catch (err) {
    const failure = transportFailure(err);
    if (!failure) throw err;
    return { failure, cause: err };
  }
  const response = attemptContext.response;
  if (!response) throw new Error('the Graph middleware chain returned no response');
  return { response, failure: { kind: 'status', status: response.status } };
}

function isThrottling(status: number): boolean {
  return status === 429 || status === 503;
}

function ambiguousCause(failure: Failure): AmbiguousCause {
  if (failure.kind === 'timeout') return 'timeout';
  if (failure.kind === 'status') return failure.status === 504 ? 'gateway-timeout' : 'bad-gateway';
  return 'connection-lost';
}

function markedSafe(context: Context): boolean {
  return context.middlewareControl?.getMiddlewareOptions(SafeToRepeat) !== undefined;
}

/** Each attempt gets its own options and headers, so nothing one attempt sets (a signal) leaks into the next. */
function forAttempt(context: Context, attempt: number): AttemptContext {
  const options = context.options ?? {};
  const headers = options.headers;
  return {
    ...context,
    options: {
      ...options,
      headers: headers && !(headers instanceof Headers) && !Array.isArray(headers) ? { ...headers } : headers,
    },
    response: undefined,
    attempt,
  } as AttemptContext;
}

function describe(failure: Failure): string {
  return failure.kind === 'status' ? String(failure.status) : failure.kind;
}
