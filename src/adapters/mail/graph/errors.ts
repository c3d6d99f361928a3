/**
 * Why a Graph send ended without a confirmed message. Messages carry counts and reasons only: never an
 * address, a subject or a body (deliverOnce keeps the message as the delivery's last error, which the
 * status report shows).
 */
export class MailNotSentError extends Error {
  override readonly name: string = 'MailNotSentError';
  constructor(
    /**
     * `outcome-unknown`: a send may have gone out and the look in Sent Items could not settle it, so it was
     * not sent again (`attempts` is 0 when the doubt came from an earlier run). `not-sent`: every attempt's outcome was unknown and none was found in Sent Items.
     */
    readonly reason: 'outcome-unknown' | 'not-sent',
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(
      reason === 'outcome-unknown'
        ? 'a sendMail may have gone out and Sent Items could not be read to tell; not sent again'
        : `sendMail outcome unknown after ${attempts} attempt(s) and not found in Sent Items`,
    );
    Object.setPrototypeOf(this, new.target.prototype);
    // The cause may be a Graph error holding a URL with the mailbox: kept for debugging, never enumerated.
    if (options?.cause !== undefined)
      Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false });
  }
}
