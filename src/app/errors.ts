export type AppErrorCode =
  | 'campaign_not_found'
  | 'campaign_exists'
  | 'campaign_closed'
  | 'campaign_not_sent'
  | 'organisation_not_found'
  | 'deadline_invalid';

/** A refusal the caller caused (bad id, wrong state): the CLI exits 2 and says why. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
