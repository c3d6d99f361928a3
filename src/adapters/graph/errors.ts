import { GraphClientError } from '@microsoft/microsoft-graph-client';

/**
 * The errors the Graph client throws. They extend the SDK's GraphClientError because GraphRequest passes
 * those through unchanged (anything else it rewraps as a GraphError and the type is lost).
 *
 * Messages carry the method, a path template (ids replaced, query values dropped) and status codes only:
 * paths and filters can hold e-mail addresses, and bodies hold names. Where the full URL or Graph's own
 * message is kept for the caller, it is a non-enumerable property, so log serialisers skip it.
 */
export class GraphRequestError extends GraphClientError {
  override readonly name: string = 'GraphRequestError';
  /** Graph's message; may name people or values, so never log it. */
  declare readonly graphMessage?: string;

  constructor(
    readonly method: string,
    readonly pathTemplate: string,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    /** Graph's `error.code`, e.g. `itemNotFound`, `invalidRequest`, `activityLimitReached`. */
    readonly code?: string,
    readonly requestId?: string,
    graphMessage?: string,
    message?: string,
  ) {
    super(message ?? `Graph ${method} ${pathTemplate} failed: ${status}${code ? ` ${code}` : ''}`);
    Object.setPrototypeOf(this, new.target.prototype);
    hidden(this, 'graphMessage', graphMessage);
  }
}

/**
 * Graph kept throttling (429/503) after the allowed attempts, or asked for a longer wait than the service
 * is willing to block for. The request was not processed: repeating it later is safe.
 */
export class GraphThrottledError extends GraphRequestError {
  override readonly name: string = 'GraphThrottledError';
  constructor(
    method: string,
    pathTemplate: string,
    status: number,
    /** Why the client stopped: Graph asked for a longer wait than allowed, or the attempts ran out. */
    readonly reason: 'retry-after-too-long' | 'attempts-exhausted',
    /** The wait Graph asked for, when it said. */
    readonly retryAfterMs: number | undefined,
    readonly attempts: number,
    requestId?: string,
  ) {
    super(
      method,
      pathTemplate,
      status,
      'throttled',
      requestId,
      undefined,
      reason === 'retry-after-too-long'
        ? `Graph ${method} ${pathTemplate} throttled (${status}); Retry-After ${Math.round((retryAfterMs ?? 0) / 1000)} s is longer than this client waits`
        : `Graph ${method} ${pathTemplate} still throttled (${status}) after ${attempts} attempts`,
    );
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export type AmbiguousCause = 'gateway-timeout' | 'bad-gateway' | 'timeout' | 'connection-lost';

/**
 * A request that is not safe to repeat (a POST: create an item, send a mail) failed in a way that leaves
 * its outcome unknown: Graph may have applied it. It is not repeated; the caller looks (by its own
 * client-generated key) whether it took effect before trying again.
 */
export class AmbiguousResultError extends GraphClientError {
  override readonly name: string = 'AmbiguousResultError';
  /** The full URL, for the caller's look-up; may contain ids or addresses, so never log it. */
  declare readonly url: string;

  constructor(
    readonly method: string,
    url: string,
    readonly pathTemplate: string,
    readonly reason: AmbiguousCause,
    /** The status when a gateway answered (502/504), else undefined. */
    readonly status?: number,
  ) {
    super(`Graph ${method} ${pathTemplate}: outcome unknown (${reason}); not repeated`);
    Object.setPrototypeOf(this, new.target.prototype);
    hidden(this, 'url', url);
  }
}

/** A request that is safe to repeat kept failing without an answer (timeouts, dropped connections). */
export class GraphNetworkError extends GraphClientError {
  override readonly name: string = 'GraphNetworkError';
  constructor(
    readonly method: string,
    readonly pathTemplate: string,
    readonly reason: 'timeout' | 'connection',
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(`Graph ${method} ${pathTemplate}: no answer (${reason}) after ${attempts} attempts`);
    Object.setPrototypeOf(this, new.target.prototype);
    if (options?.cause !== undefined) hidden(this, 'cause', options.cause);
  }
}

/**
 * A URL outside the configured Graph origin: a nextLink or a caller's URL pointing elsewhere. Refused
 * before anything is sent, so the bearer token never reaches another host.
 */
export class ForeignHostError extends GraphClientError {
  override readonly name: string = 'ForeignHostError';
  constructor(readonly host: string) {
    super(
      `Refusing a Graph request to ${host}: only the configured Graph origin gets requests and the token`,
    );
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** No token could be obtained (credential misconfigured, identity endpoint unreachable). Nothing was sent to Graph. */
export class GraphAuthenticationError extends GraphClientError {
  override readonly name: string = 'GraphAuthenticationError';
  constructor(
    readonly authKind: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not get a Microsoft Graph token (${authKind})`);
    Object.setPrototypeOf(this, new.target.prototype);
    if (options?.cause !== undefined) hidden(this, 'cause', options.cause);
  }
}

function hidden(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: false, writable: false, configurable: true });
}
