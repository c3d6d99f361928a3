import type { Actor } from '../src/app/ports/store';
import { createCampaign } from '../src/app/use-cases/create-campaign';
import { DELIVERY_LEASE_MS } from '../src/app/use-cases/deliver';
import { requestKey } from '../src/app/use-cases/send-campaign';
import type { Campaign } from '../src/domain/campaign';
import { campaignFixture, CONTACT, org } from '../tests/support/campaign-fixture';
import type { TickWorld } from './tick-world';

/**
 * The round every tick campaign is in: sent Friday 4 April 2025, deadline Wednesday 30 April, the
 * default reminder policy (the first reminder a week before: Wednesday 23 April, 09:00 Stockholm).
 */
export const SENT_AT = new Date('2025-04-04T08:00:00Z');
export const DEADLINE = '2025-04-30';
/** The afternoon before the first reminder: nothing is due. */
export const NOTHING_DUE = new Date('2025-04-22T12:00:00Z');
/** The first reminder's moment: every organisation of every campaign is due (none has answered). */
export const ALL_DUE = new Date('2025-04-23T07:00:00Z');
/** The same afternoon, the round recorded finished: nothing is due again. */
export const AFTER_ROUND = new Date('2025-04-23T12:00:00Z');

const ACTOR: Actor = { kind: 'cli', id: 'bench' };

/** `count` campaigns of `size` administrations, each with one authority mailbox (e-mail only). */
export function tickCampaigns(count: number, size: number): Campaign[] {
  const organisations = Array.from({ length: size }, (_, i) =>
    org(`forvaltning-${String(i + 1).padStart(4, '0')}`),
  );
  return Array.from({ length: count }, (_, c) =>
    campaignFixture({
      id: `tick-${size}-${String(c + 1).padStart(2, '0')}`,
      organisations,
      roles: [CONTACT],
      deadline: DEADLINE,
    }),
  );
}

async function inParallel<T>(
  items: T[],
  parallel: number,
  run: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}

/** The campaigns created and opened, as a send opens them. Enough for a tick with nothing due. */
export async function openCampaigns(world: TickWorld, campaigns: Campaign[]): Promise<void> {
  world.clock.set(SENT_AT);
  for (const campaign of campaigns) {
    await createCampaign(world.ctx, campaign, ACTOR);
    await world.ctx.store.openCampaign(campaign.id, SENT_AT, DEADLINE, ACTOR);
  }
}

/**
 * Each organisation's e-mail request recorded as sent, as a send leaves it: claimed and finished
 * through the Store port as deliverOnce does (no mail written: the send is not what is measured).
 * Only an organisation whose request went out is reminded, so this makes everything due.
 */
export async function recordRequestsSent(
  world: TickWorld,
  campaigns: Campaign[],
  parallel: number,
): Promise<void> {
  const { store } = world.ctx;
  const requests = campaigns.flatMap((c) => c.organisations.map((o) => ({ campaignId: c.id, org: o })));
  await inParallel(requests, parallel, async ({ campaignId, org: o }) => {
    const key = requestKey(campaignId, o.id, 'email');
    const spec = { key, campaignId, orgId: o.id, kind: 'request' as const, channel: 'email' as const };
    await store.claimDelivery({ ...spec, target: o.mailboxes.join(',') }, SENT_AT, DELIVERY_LEASE_MS);
    await store.finishDelivery(key, { state: 'sent', externalRef: { messageId: `<${key}@bench>` } }, SENT_AT);
  });
}
