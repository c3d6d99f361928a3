import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphClient } from '../src/adapters/graph';
import { provisionSharePoint } from '../src/adapters/store/sharepoint';
import { startFakeGraphChild } from './fake-graph-child';
import { ms, timed } from './figures';
import { medianOf, nothingDue, planAllDue, sendAllDue, type TickCost } from './tick-measures';
import {
  ALL_DUE,
  AFTER_ROUND,
  NOTHING_DUE,
  openCampaigns,
  recordRequestsSent,
  SENT_AT,
  tickCampaigns,
} from './tick-setup';
import { openTickWorld, type TickWorld, type TickWorldOptions } from './tick-world';
import { newSigningSecret, SENDER, SITE, type StoreKind } from './world';

/**
 * The reminder tick's part of `npm run bench`: `campaigns` campaigns of each size, on SharePoint over
 * a fresh fake Graph (its own process) and on SQLite. Per size and store: the tick with nothing due,
 * in a running service (warm) and in a new process (cold, as `reminders run` from a timer); then, with
 * every request recorded as sent, the plan with everything due (`reminders run --now`, cold and warm),
 * the tick that sends all those reminders (warm), and a tick with nothing due once the round has gone.
 */

export interface StoreTick {
  kind: StoreKind;
  /** Creating and opening the campaigns; recording the requests sent (when everything due is measured). */
  createMs: number;
  requestsMs?: number;
  nothingWarm: TickCost;
  nothingCold: TickCost;
  /** Everything due: measured at every size on SQLite, on SharePoint where the part is asked to. */
  due?: { planCold: TickCost; planWarm: TickCost; send: TickCost; nothingAfter: TickCost };
  problems: string[];
}

export interface TickSize {
  campaigns: number;
  size: number;
  organisations: number;
  sharepoint: StoreTick;
  sqlite: StoreTick;
  /** CPU time of the fake Graph during the SharePoint run, and that run's wall time. */
  fakeCpuMs: number;
  sharepointMs: number;
}

export interface TickPartOptions {
  sizes: number[];
  campaigns: number;
  /**
   * Where SharePoint measures everything due: at the smallest size (by default) or at every size. The
   * fake Graph scans a whole list for each delivery it looks up, so recording 10,000 requests and
   * sending 10,000 reminders over it takes about five minutes (a tenant indexes the key; the fake not).
   */
  sharepointDue: 'smallest' | 'all';
}

/** The cheap measurements (nothing due, the plans) are the median of this many runs; the sending tick runs once. */
const RUNS = 3;

const label = (kind: StoreKind, campaigns: number, size: number) =>
  `tick ${campaigns} × ${size.toLocaleString('en-US')}, ${kind === 'sqlite' ? 'SQLite' : 'SharePoint'}:`;

async function step<T>(text: string, run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  process.stderr.write(`bench: ${text} … `);
  const result = await timed(run);
  process.stderr.write(`${ms(result.ms)}\n`);
  return result;
}

async function inWorld<T>(
  kind: StoreKind,
  opts: TickWorldOptions,
  run: (w: TickWorld) => Promise<T>,
): Promise<T> {
  const world = await openTickWorld(kind, opts);
  try {
    return await run(world);
  } finally {
    await world.close();
  }
}

async function storeTick(
  kind: StoreKind,
  campaigns: number,
  size: number,
  opts: TickWorldOptions,
  how: { parallel: number; due: boolean },
): Promise<StoreTick> {
  const name = label(kind, campaigns, size);
  const all = campaigns * size;
  const round = tickCampaigns(campaigns, size);
  const world = await openTickWorld(kind, opts);
  try {
    const created = await step(`${name} create and open`, () => openCampaigns(world, round));
    const figures: StoreTick = {
      kind,
      createMs: created.ms,
      nothingWarm: await medianOf(RUNS, () => nothingDue(world, NOTHING_DUE)),
      nothingCold: await medianOf(RUNS, () => inWorld(kind, opts, (w) => nothingDue(w, NOTHING_DUE))),
      problems: world.problems,
    };
    if (how.due) {
      const requests = await step(`${name} record ${all.toLocaleString('en-US')} requests sent`, () =>
        recordRequestsSent(world, round, how.parallel),
      );
      figures.requestsMs = requests.ms;
      const planCold = await medianOf(RUNS, () => inWorld(kind, opts, (w) => planAllDue(w, ALL_DUE, all)));
      const planWarm = await medianOf(RUNS, () => planAllDue(world, ALL_DUE, all));
      const sent = await step(`${name} tick sending ${all.toLocaleString('en-US')} reminders`, () =>
        sendAllDue(world, ALL_DUE, all),
      );
      const nothingAfter = await medianOf(RUNS, () => nothingDue(world, AFTER_ROUND));
      figures.due = { planCold, planWarm, send: sent.value, nothingAfter };
    }
    return figures;
  } finally {
    await world.close();
  }
}

export async function runTickPart(opts: TickPartOptions): Promise<TickSize[]> {
  const results: TickSize[] = [];
  const signingSecret = newSigningSecret();
  const smallest = Math.min(...opts.sizes);
  for (const size of opts.sizes) {
    // A fresh site per size: the fake's filters scan whole lists, so lists left full by the previous
    // size would slow this one's requests for a reason a tenant does not have.
    const fake = await startFakeGraphChild(SITE, SENDER);
    const spDir = mkdtempSync(join(tmpdir(), 'contact-intake-bench-tick-'));
    const sqDir = mkdtempSync(join(tmpdir(), 'contact-intake-bench-tick-'));
    try {
      const graph = createGraphClient({
        baseUrl: fake.baseUrl,
        auth: { kind: 'dev-token' },
        clientOrganisation: 'VGR',
      });
      await provisionSharePoint(graph, SITE);
      const base = { graphBaseUrl: fake.baseUrl, signingSecret, now: SENT_AT };
      const cpuBefore = (await fake.stats()).cpuMs;
      const started = Date.now();
      // Recording the requests goes 16 at a time on SharePoint (round trips overlap); SQLite is synchronous.
      const sharepoint = await storeTick(
        'sharepoint',
        opts.campaigns,
        size,
        { ...base, dir: spDir },
        { parallel: 16, due: opts.sharepointDue === 'all' || size === smallest },
      );
      const sharepointMs = Date.now() - started;
      const fakeCpuMs = (await fake.stats()).cpuMs - cpuBefore;
      const sqlite = await storeTick(
        'sqlite',
        opts.campaigns,
        size,
        { ...base, dir: sqDir },
        { parallel: 1, due: true },
      );
      results.push({
        campaigns: opts.campaigns,
        size,
        organisations: opts.campaigns * size,
        sharepoint,
        sqlite,
        fakeCpuMs,
        sharepointMs,
      });
    } finally {
      await fake.stop();
      rmSync(spDir, { recursive: true, force: true });
      rmSync(sqDir, { recursive: true, force: true });
    }
  }
  return results;
}
