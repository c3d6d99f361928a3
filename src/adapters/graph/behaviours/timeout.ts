import { AttemptTimeout } from '../transport-failure';
import { behaviour, type NamedMiddleware } from './behaviour';

/** Starts a timer and returns how to cancel it; injected so tests fire timeouts without waiting. */
export type StartTimer = (ms: number, fire: () => void) => () => void;

export const realTimer: StartTimer = (ms, fire) => {
  const handle = setTimeout(fire, ms);
  return () => clearTimeout(handle);
};

/** A status that carries no body by definition; the Response constructor refuses a body for them. */
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/**
 * One deadline per attempt. Failure handled: a Graph call that never answers (a half-open connection,
 * a stalled proxy) would hold a delivery or an answer forever. The deadline covers the whole exchange,
 * headers and body: the body is read here, so a response that stops half-way also times out, and the
 * answer handed up the chain is complete (retry and error mapping may read it; the SDK parses it after).
 *
 * A completed empty answer loses its Content-Type: Graph answers sendMail with 202 and no body, and the
 * SDK would otherwise try to parse nothing as JSON.
 */
export function timeout(timeoutMs: number, startTimer: StartTimer = realTimer): NamedMiddleware {
  return behaviour('timeout', async (context, next) => {
    const controller = new AbortController();
    const callerSignal = context.options?.signal ?? undefined;
    const signal = callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal;
    context.options = { ...context.options, signal };
    const cancel = startTimer(timeoutMs, () => controller.abort(new AttemptTimeout(timeoutMs)));
    try {
      await next(context);
      const response = context.response;
      if (!response) return;
      const body = NULL_BODY_STATUS.has(response.status) ? new ArrayBuffer(0) : await response.arrayBuffer();
      const headers = new Headers(response.headers);
      if (body.byteLength === 0) headers.delete('content-type');
      context.response = new Response(body.byteLength === 0 ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    } catch (err) {
      // Whatever broke (fetch, or the body stream), the deadline is the cause when ours fired.
      if (controller.signal.aborted && controller.signal.reason instanceof AttemptTimeout)
        throw controller.signal.reason;
      throw err;
    } finally {
      cancel();
    }
  });
}
