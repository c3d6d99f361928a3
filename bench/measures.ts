import type { Actor } from '../src/app/ports/store';
import { campaignStatus } from '../src/app/use-cases/campaign-status';
import { createCampaign } from '../src/app/use-cases/create-campaign';
import { sendCampaign } from '../src/app/use-cases/send-campaign';
import { submitAnswer } from '../src/app/use-cases/submit-answer';
import type { Campaign } from '../src/domain/campaign';
import { campaignFixture, CONTACT, org } from '../tests/support/campaign-fixture';
import { commonest, describeSplit, max, median, splitOf, timed } from './figures';
import type { World } from './world';

/** One operation each, through the real use cases on a World; each returns the figures the tables print. */

const ACTOR: Actor = { kind: 'cli', id: 'bench' };

/** N administrations with one authority mailbox each (e-mail only: the send is all Graph mail). */
export function benchCampaign(id: string, size: number): Campaign {
  const organisations = Array.from({ length: size }, (_, i) =>
    org(`forvaltning-${String(i + 1).padStart(4, '0')}`),
  );
  return campaignFixture({ id, organisations, roles: [CONTACT], deadline: { windowDays: 14 } });
}

export interface Cost {
  ms: number;
  requests: number;
}

export async function create(world: World, campaign: Campaign): Promise<Cost> {
  world.counter.reset();
  const { ms } = await timed(() => createCampaign(world.ctx, campaign, ACTOR));
  return { ms, requests: world.counter.total() };
}

export interface SendFigures extends Cost {
  messages: number;
  intervalMs: number;
  /** (N - 1) intervals: the first message starts at once, then one per interval. */
  expectedMs: number;
  /** The time not spent waiting for the pace, per message: the store's claim and finish, and sendMail. */
  workPerMessageMs: number;
  /** Graph requests per message by method, e.g. "GET 1.0 · POST 3.0 · PATCH 1.0". */
  split: string;
}

export async function send(world: World, campaign: Campaign, intervalMs: number): Promise<SendFigures> {
  world.counter.reset();
  const pacedBefore = world.pacedMs();
  const { ms, value: report } = await timed(() => sendCampaign(world.ctx, campaign.id, ACTOR));
  const paced = world.pacedMs() - pacedBefore;
  const notSent = report.lines.filter((l) => l.result !== 'sent');
  if (notSent.length > 0)
    throw new Error(`send: ${notSent.length} requests not sent (first: ${JSON.stringify(notSent[0])})`);
  const messages = report.lines.length;
  return {
    ms,
    requests: world.counter.total(),
    messages,
    intervalMs,
    expectedMs: (messages - 1) * intervalMs,
    workPerMessageMs: (ms - paced) / messages,
    split: describeSplit(splitOf(world.counter), messages),
  };
}

function draftFor(orgId: string, n: number) {
  return { contact: [{ name: `Kontakt ${n}`, email: `kontakt.${orgId}@vgregion.example` }] };
}

/** Answers for `orgIds` straight into the store, `parallel` at a time: the campaign a status reads. */
export async function fill(world: World, campaign: Campaign, orgIds: string[], parallel = 16): Promise<void> {
  const now = world.ctx.clock.now();
  for (let i = 0; i < orgIds.length; i += parallel) {
    await Promise.all(
      orgIds.slice(i, i + parallel).map((orgId, j) =>
        world.ctx.store.saveAnswer({
          campaignId: campaign.id,
          orgId,
          nominees: [{ roleId: 'contact', ...draftFor(orgId, i + j).contact[0]! }],
          submittedBy: { kind: 'web-declared', name: 'Bänk Märk' },
          submittedAt: now,
          channel: 'web',
          late: false,
          idempotencyKey: `fill-${orgId}`,
        }),
      ),
    );
  }
}

export interface AnswerFigures {
  count: number;
  requestsMedian: number;
  requestsMax: number;
  /** The split of the commonest answer, e.g. "GET 3 · PATCH 2 · POST 1 (3 in $batch)". */
  split: string;
  msMedian: number;
  msMax: number;
}

/** One first answer per organisation, one after the other, through submitAnswer as the response page sends it. */
export async function answers(world: World, campaign: Campaign, orgIds: string[]): Promise<AnswerFigures> {
  const requests: number[] = [];
  const times: number[] = [];
  const splits: string[] = [];
  for (const [n, orgId] of orgIds.entries()) {
    world.counter.reset();
    const { ms, value } = await timed(() =>
      submitAnswer(world.ctx, {
        campaignId: campaign.id,
        orgId,
        draft: draftFor(orgId, n),
        submitter: { kind: 'web-declared', name: 'Bänk Märk' },
        channel: 'web',
        nonce: `bench-${orgId}`,
      }),
    );
    if (value.kind !== 'saved') throw new Error(`answer for ${orgId}: ${value.kind}, not saved`);
    const split = splitOf(world.counter);
    requests.push(split.total);
    splits.push(describeSplit(split));
    times.push(ms);
  }
  return {
    count: orgIds.length,
    requestsMedian: median(requests),
    requestsMax: max(requests),
    split: commonest(splits),
    msMedian: median(times),
    msMax: max(times),
  };
}

export interface StatusFigures extends Cost {
  answered: number;
  split: string;
}

/** campaignStatus once, checking it counted `answered` answers. */
export async function status(world: World, campaign: Campaign, answered: number): Promise<StatusFigures> {
  world.counter.reset();
  const { ms, value } = await timed(() => campaignStatus(world.ctx, campaign.id));
  if (value.progress.answered !== answered)
    throw new Error(`status: ${value.progress.answered} answered, expected ${answered}`);
  return { ms, requests: world.counter.total(), answered, split: describeSplit(splitOf(world.counter)) };
}

/** A running service's status (its caches warm): the median of `runs` after one to warm up. */
export async function warmStatus(
  world: World,
  campaign: Campaign,
  answered: number,
  runs = 3,
): Promise<StatusFigures> {
  await status(world, campaign, answered);
  const all: StatusFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await status(world, campaign, answered));
  const mid = [...all].sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)]!;
  return mid;
}
