/**
 * The slice of pino the application uses. Objects passed here must never hold names or e-mail
 * addresses: log ids (campaign, organisation, delivery key) and counts instead.
 */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}
