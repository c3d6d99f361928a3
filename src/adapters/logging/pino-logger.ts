import pino, { type DestinationStream } from 'pino';
import type { Logger } from '../../app/ports/logger';
import { currentLogContext } from './log-context';
import { scrubText, scrubValue } from './log-scrub';

/** Keys that hold a person's name or address, or a secret, in the objects the SDKs and our code pass around. */
const PERSONAL_KEYS = [
  'name',
  'displayName',
  'givenName',
  'surname',
  'email',
  'mail',
  'userPrincipalName',
  'nominees',
  'from',
  'recipient',
  'to',
  'replyTo',
  'body',
  'text',
  'respondUrl',
  'authorization',
  'cookie',
  'token',
  'accessToken',
  'access_token',
];

/**
 * Names and addresses must never reach the logs. Code logs ids only; these paths (each key at the top
 * and two levels down, plus request headers) are the safety net for objects that slip through (a whole
 * activity, a nominee, a request body), and log-scrub.ts replaces anything shaped like an address or
 * a token wherever it is.
 */
const REDACT = [
  ...PERSONAL_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
  'req.headers.authorization',
  'req.headers.cookie',
];

/**
 * The service's JSON logger. Lines written while a request is handled carry its request id
 * (log-context.ts), whichever module writes them.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger & pino.Logger {
  return pino(
    {
      level,
      base: { service: 'contact-intake' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => ({ ...currentLogContext() }),
      formatters: { log: (obj) => scrubValue(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrubText(a) : a));
          return method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
