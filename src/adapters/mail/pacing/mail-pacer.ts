import { Slots } from './slots';
import { realTiming, Spacing, type PaceTiming } from './spacing';

export { realTiming, type PaceTiming } from './spacing';

/** Exchange Online's limits per mailbox, as configured (MAIL_PER_MINUTE, MAIL_CONCURRENCY). */
export interface MailPace {
  perMinute: number;
  /** Outlook allows 4 concurrent requests per app and mailbox. */
  concurrency: number;
}

export const MAX_CONCURRENCY = 4;

/**
 * Keeps one mailbox within Exchange's limits: at most `concurrency` requests in flight, and message
 * submissions started at most `perMinute` a minute.
 *
 * Why fixed spacing and not a token bucket: a bucket that holds N tokens and refills N a minute lets 2N
 * messages through in some 60-second window (a full bucket spent at once, then the refill), and Exchange
 * counts per window. Starting one message every 60/perMinute seconds can never exceed perMinute in any
 * 60-second window, spreads the load evenly, and makes a campaign's send time predictable (N messages take
 * (N-1) intervals). The price is no burst at the start, which a mailbox that sends a few hundred requests
 * a day does not need.
 *
 * A message first takes a slot, then waits for its start time while holding it. The other order (reserve
 * a time, then wait for a slot) would let starts delayed by a busy slot bunch up behind it and break the
 * spacing. Holding a slot while waiting only leaves fewer requests in flight than allowed, never more.
 *
 * One pacer per process and mailbox: two processes sending from the same mailbox at once (the service and
 * a CLI run) each keep their own pace, and Exchange answers the excess with 429, which the Graph client
 * waits out.
 */
export interface MailPacer {
  /** One message submission (a sendMail POST): a slot, and the next start time. */
  message<T>(fn: () => Promise<T>): Promise<T>;
  /** Another request to the same mailbox (a look in Sent Items): a slot only, no message is sent. */
  request<T>(fn: () => Promise<T>): Promise<T>;
  readonly intervalMs: number;
}

export function createMailPacer(pace: MailPace, timing: PaceTiming = realTiming): MailPacer {
  if (!(Number.isInteger(pace.perMinute) && pace.perMinute >= 1))
    throw new Error('mail pace: perMinute must be a positive integer');
  if (!(Number.isInteger(pace.concurrency) && pace.concurrency >= 1 && pace.concurrency <= MAX_CONCURRENCY))
    throw new Error(`mail pace: concurrency must be an integer from 1 to ${MAX_CONCURRENCY}`);
  const slots = new Slots(pace.concurrency);
  // Rounded up: a millisecond too slow is harmless, one too fast could put perMinute + 1 in a window.
  const spacing = new Spacing(Math.ceil(60_000 / pace.perMinute), timing);
  return {
    intervalMs: spacing.intervalMs,
    message: (fn) =>
      slots.run(async () => {
        await spacing.wait();
        return fn();
      }),
    request: (fn) => slots.run(fn),
  };
}
