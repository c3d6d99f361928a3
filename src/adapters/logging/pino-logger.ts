import pino, { type DestinationStream } from 'pino';
import type { Logger } from '../../app/ports/logger';

/**
 * Names and addresses must never reach the logs. Code logs ids only; these paths are the safety net
 * for objects that slip through (a whole activity, a nominee, a request body).
 */
const REDACT = [
  '*.name',
  '*.email',
  '*.mail',
  '*.userPrincipalName',
  '*.nominees',
  '*.from',
  '*.recipient',
  '*.to',
  '*.replyTo',
  '*.body',
  'req.headers.authorization',
  'req.headers.cookie',
];

export function createLogger(level: string, destination?: DestinationStream): Logger & pino.Logger {
  return pino(
    {
      level,
      base: { service: 'contact-intake' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
