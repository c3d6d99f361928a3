import type { Logger } from '../../../app/ports/logger';
import { pathTemplate } from '../path-template';
import { transportFailure } from '../transport-failure';
import { behaviour, methodOf, urlOf, type AttemptContext, type NamedMiddleware } from './behaviour';

/** One attempt sent to Graph, as logs and request counters see it: no ids, no query values, no bodies. */
export interface GraphAttempt {
  method: string;
  /** e.g. `/sites/{id}/lists/{id}/items?$expand&$filter` */
  pathTemplate: string;
  /** 1 for the first try, 2 for the first repeat… */
  attempt: number;
  /** The answer's status, or undefined when none came (timeout, broken connection). */
  status?: number;
  /** Why no answer came. */
  failure?: 'timeout' | 'connection' | 'not-sent';
  durationMs: number;
  /** For `$batch`: how many requests it carried (SharePoint counts each one against the quota). */
  batchSize?: number;
}

export type GraphObserver = (attempt: GraphAttempt) => void;

/**
 * Records every attempt on the wire: a debug log line and the observers (the benchmark's request counter).
 * It sits inside the retry loop, so repeats are counted — Graph counts them against the quota too.
 */
export function attemptLog(deps: {
  logger?: Logger;
  observers: GraphObserver[];
  now: () => number;
  versionPath: string;
}): NamedMiddleware {
  return behaviour('attempt-log', async (context, next) => {
    const started = deps.now();
    const base = {
      method: methodOf(context),
      pathTemplate: pathTemplate(urlOf(context), deps.versionPath),
      attempt: (context as AttemptContext).attempt ?? 1,
      ...batchSizeOf(urlOf(context), context.options?.body),
    };
    const report = (outcome: { status?: number; failure?: GraphAttempt['failure'] }): void => {
      const entry: GraphAttempt = { ...base, ...outcome, durationMs: deps.now() - started };
      deps.logger?.debug({ graph: entry }, 'Graph request');
      for (const observe of deps.observers) observe(entry);
    };
    try {
      await next(context);
    } catch (err) {
      const failure = transportFailure(err);
      if (failure && failure.kind !== 'status') report({ failure: failure.kind });
      throw err;
    }
    report(context.response ? { status: context.response.status } : {});
  });
}

function batchSizeOf(url: string, body: unknown): { batchSize?: number } {
  if (typeof body !== 'string' || !new URL(url).pathname.endsWith('/$batch')) return {};
  try {
    const parsed = JSON.parse(body) as { requests?: unknown };
    return Array.isArray(parsed.requests) ? { batchSize: parsed.requests.length } : {};
  } catch {
    return {};
  }
}
