import './quiet';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphClient } from '../src/adapters/graph';
import { provisionSharePoint } from '../src/adapters/store/sharepoint';
import { resolveDeadlineDate } from '../src/domain/deadline';
import { parseArgs, USAGE, type BenchArgs } from './args';
import { startFakeGraphChild, type FakeGraphChild } from './fake-graph-child';
import { ms, timed } from './figures';
import * as measure from './measures';
import { report, type Machine, type SizeResult } from './report';
import { runTickPart } from './tick-part';
import { tickReport } from './tick-report';
import {
  MAX_CONFIGURED_PACE,
  newSigningSecret,
  openWorld,
  SITE,
  SENDER,
  type World,
  type WorldOptions,
} from './world';

/**
 * `npm run bench`: what the Microsoft 365 back end costs for campaigns of 30, 300 and 3,000
 * administrations, against the fake Graph server in a child process — Graph requests per submitted
 * answer, requests and time for a campaign's status, and a full send's time against the mail pace —
 * with the SQLite store's times for the same operations beside them. Figures only; nothing is asserted.
 */

/**
 * The configured maximum (600 a minute: 300 messages take 30 s), and for larger campaigns one message
 * per organisation a minute, so a send takes about a minute (set on the pacer directly, past the schema).
 */
function paceFor(size: number): number {
  return Math.max(MAX_CONFIGURED_PACE, size);
}

/** Runs one phase, telling stderr what it does and how long it took (the figures go to stdout). */
async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  process.stderr.write(`bench: ${label} … `);
  const { ms: took, value } = await timed(run);
  process.stderr.write(`${ms(took)}\n`);
  return value;
}

async function withWorld<T>(world: World, run: (w: World) => Promise<T>): Promise<T> {
  try {
    return await run(world);
  } finally {
    await world.close();
  }
}

async function runSize(
  size: number,
  answerCount: number,
  fake: FakeGraphChild,
  base: Omit<WorldOptions, 'perMinute'>,
): Promise<SizeResult> {
  const perMinute = paceFor(size);
  const intervalMs = Math.ceil(60_000 / perMinute);
  const opts = { ...base, perMinute };
  // Most administrations have answered (the status reads them all), the measured ones answer last,
  // a tenth have not answered yet.
  const measured = Math.min(answerCount, size - 1);
  const unanswered = Math.max(1, Math.floor(size / 10));
  const filled = Math.max(0, size - measured - unanswered);
  const answered = filled + measured;
  const campaign = measure.benchCampaign(`bench-${size}`, size);
  const ids = campaign.organisations.map((o) => o.id);
  const fillIds = ids.slice(0, filled);
  const answerIds = ids.slice(filled, filled + measured);

  const sp = `${size.toLocaleString('en-US')} orgs, SharePoint:`;
  const cpuBefore = (await fake.stats()).cpuMs;
  const spStart = Date.now();
  const sharepoint = await withWorld(await openWorld('sharepoint', opts), async (w) => {
    const create = await step(`${sp} create`, () => measure.create(w, campaign));
    const send = await step(`${sp} send at ${perMinute}/min`, () => measure.send(w, campaign, intervalMs));
    await step(`${sp} fill ${fillIds.length} answers`, () => measure.fill(w, campaign, fillIds));
    const answers = await step(`${sp} ${answerIds.length} answers`, () =>
      measure.answers(w, campaign, answerIds),
    );
    const warm = await step(`${sp} status`, () => measure.warmStatus(w, campaign, answered));
    return { create, send, answers, warm, problems: w.problems };
  });
  const cold = await withWorld(await openWorld('sharepoint', opts), (w) =>
    measure.status(w, campaign, answered),
  );
  const fakeCpuMs = (await fake.stats()).cpuMs - cpuBefore;
  const sharepointMs = Date.now() - spStart;

  const sq = `${size.toLocaleString('en-US')} orgs, SQLite:`;
  const sqlite = await withWorld(await openWorld('sqlite', opts), async (w) => {
    const create = await step(`${sq} create`, () => measure.create(w, campaign));
    // No send: it would take the same paced time again. The campaign is opened as the send opens it.
    const now = w.ctx.clock.now();
    const deadline = resolveDeadlineDate(campaign.deadline, now, campaign.timeZone);
    await w.ctx.store.openCampaign(campaign.id, now, deadline, { kind: 'cli', id: 'bench' });
    await step(`${sq} fill ${fillIds.length} answers`, () => measure.fill(w, campaign, fillIds));
    const answers = await step(`${sq} ${answerIds.length} answers`, () =>
      measure.answers(w, campaign, answerIds),
    );
    const warm = await step(`${sq} status`, () => measure.warmStatus(w, campaign, answered));
    return { create, answers, warm, problems: w.problems };
  });
  const sqliteCold = await withWorld(await openWorld('sqlite', opts), (w) =>
    measure.status(w, campaign, answered),
  );

  return {
    size,
    answered,
    perMinute,
    sharepoint: { ...sharepoint, cold, fakeCpuMs, wallMs: sharepointMs },
    sqlite: { ...sqlite, cold: sqliteCold },
  };
}

/** The intake part: answers, status, a full send and creating a campaign, for each of `args.sizes`. */
async function intakePart(args: BenchArgs, machine: Omit<Machine, 'totalMs'>): Promise<string> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'contact-intake-bench-data-'));
  const fake = await startFakeGraphChild(SITE, SENDER);
  try {
    const graph = createGraphClient({
      baseUrl: fake.baseUrl,
      auth: { kind: 'dev-token' },
      clientOrganisation: 'VGR',
    });
    await provisionSharePoint(graph, SITE);
    const base = { graphBaseUrl: fake.baseUrl, dir, signingSecret: newSigningSecret() };
    const results: SizeResult[] = [];
    for (const size of args.sizes) results.push(await runSize(size, args.answers, fake, base));
    return report(results, { ...machine, totalMs: Date.now() - started });
  } finally {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('help' in args) {
    console.log(USAGE);
    return 0;
  }
  if ('problem' in args) {
    console.error(`bench: ${args.problem}\n${USAGE}`);
    return 2;
  }
  const cpu = cpus();
  const machine = { node: process.version, cpus: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}` };
  if (args.parts.includes('intake')) console.log(await intakePart(args, machine));
  if (args.parts.includes('tick')) {
    const started = Date.now();
    const results = await runTickPart({
      sizes: args.tickSizes,
      campaigns: args.campaigns,
      sharepointDue: args.sharepointDue,
    });
    console.log(tickReport(results, { ...machine, totalMs: Date.now() - started }));
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('bench failed:', err);
    process.exit(1);
  },
);
