import type { AppContext } from '../context';
import type { Delivery, DeliveryOutcome, DeliverySpec, DeliveryState } from '../ports/store';

/** How long a sender may hold a delivery before another process may assume it died and take over. */
export const DELIVERY_LEASE_MS = 5 * 60 * 1000;

export type DeliveryResult = DeliveryState | 'already_sent' | 'busy';

/**
 * Sends at most once per key: the store hands the delivery to one sender at a time, a sent one is
 * never sent again, and a failed or waiting one is taken up again by the next run.
 */
export async function deliverOnce(
  ctx: AppContext,
  spec: DeliverySpec,
  /** Gets the claimed delivery: `attempts` above 1 means an earlier attempt may have gone out. */
  send: (delivery: Delivery) => Promise<DeliveryOutcome>,
): Promise<DeliveryResult> {
  const { delivery, acquired } = await ctx.store.claimDelivery(spec, ctx.clock.now(), DELIVERY_LEASE_MS);
  if (!acquired) return delivery.state === 'sent' ? 'already_sent' : 'busy';
  let outcome: DeliveryOutcome;
  try {
    outcome = await send(delivery);
  } catch (err) {
    outcome = { state: 'failed', lastError: describeError(err) };
  }
  await ctx.store.finishDelivery(spec.key, outcome, ctx.clock.now());
  const log =
    outcome.state === 'failed' ? ctx.logger.warn.bind(ctx.logger) : ctx.logger.info.bind(ctx.logger);
  log({ delivery: spec.key, state: outcome.state, error: outcome.lastError }, 'delivery finished');
  return outcome.state;
}

/** Error text kept for the operator; stripped of anything that looks like an address. */
export function describeError(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.replace(/[^\s@<>"]+@[^\s@<>"]+/g, '<address>').slice(0, 500);
}
