import type { Failure } from './retry-decision';

/** Thrown by the timeout behaviour when an attempt ran out of time (and by nothing else). */
export class AttemptTimeout extends Error {
  override readonly name = 'AttemptTimeout';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/** The connection was never made, so the request cannot have reached Graph. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * Sorts an error thrown while sending an attempt or reading its answer into a transport failure, or
 * undefined when it is not one (a programming error, a caller's own abort): those are thrown as they are.
 */
export function transportFailure(err: unknown): Failure | undefined {
  if (err instanceof AttemptTimeout) return { kind: 'timeout' };
  // Duck-typed, not instanceof: fetch's errors come from Node's own realm, which differs from the one
  // the code runs in under a test runner's VM context.
  if (typeof err !== 'object' || err === null) return undefined;
  const { name, message, cause } = err as { name?: unknown; message?: unknown; cause?: unknown };
  const code = errorCode(err) ?? errorCode(cause);
  if (code !== undefined && NOT_SENT_CODES.has(code)) return { kind: 'not-sent' };
  // undici reports a broken exchange as TypeError('fetch failed' | 'terminated') with the socket error as cause.
  if (name === 'TypeError' && (message === 'fetch failed' || message === 'terminated'))
    return { kind: 'connection' };
  if (code !== undefined && (code.startsWith('UND_ERR') || /^E[A-Z]+$/.test(code)))
    return { kind: 'connection' };
  return undefined;
}

function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
