import { planReminders, runReminders } from '../src/app/use-cases/reminders';
import type { ReminderReport } from '../src/app/use-cases/reminders/report';
import { describeSplit, splitOf, timed } from './figures';
import type { TickWorld } from './tick-world';

/** One tick (or its plan) on a TickWorld at a given moment: its time, Graph requests and Store calls. */

export interface TickCost {
  ms: number;
  /** Graph requests (SharePoint); 0 on SQLite. */
  requests: number;
  /** "GET 3 · POST 1 …" of the Graph requests. */
  split: string;
  /** Calls on the Store port. */
  calls: number;
  /** "listCampaigns 1 · currentAnswers 20 · …". */
  callSplit: string;
  /** Reminders the report holds (due in a plan, sent in a tick). */
  reminders: number;
}

async function cost(
  world: TickWorld,
  at: Date,
  run: () => Promise<ReminderReport>,
  result: 'due' | 'sent',
): Promise<TickCost> {
  world.clock.set(at);
  world.graph.reset();
  world.calls.reset();
  const { ms, value } = await timed(run);
  const reminders = value.campaigns
    .flatMap((c) => c.rounds.flatMap((r) => r.lines))
    .filter((l) => l.result === result).length;
  return {
    ms,
    requests: world.graph.total(),
    split: describeSplit(splitOf(world.graph)),
    calls: world.calls.total(),
    callSplit: world.calls.describe(),
    reminders,
  };
}

/** A tick at a moment with nothing due: it must report nothing and send nothing. */
export async function nothingDue(world: TickWorld, at: Date): Promise<TickCost> {
  const figures = await cost(world, at, () => runReminders(world.ctx, at), 'sent');
  if (figures.reminders > 0) throw new Error(`a tick at ${at.toISOString()} sent ${figures.reminders}`);
  return figures;
}

/** What a tick at `at` would send (`reminders run --now`): every one of `expected` organisations. */
export async function planAllDue(world: TickWorld, at: Date, expected: number): Promise<TickCost> {
  const figures = await cost(world, at, () => planReminders(world.ctx, at), 'due');
  if (figures.reminders !== expected)
    throw new Error(`the plan at ${at.toISOString()} holds ${figures.reminders}, expected ${expected}`);
  return figures;
}

/** The tick at `at`, sending a reminder to each of `expected` organisations. */
export async function sendAllDue(world: TickWorld, at: Date, expected: number): Promise<TickCost> {
  const figures = await cost(world, at, () => runReminders(world.ctx, at), 'sent');
  if (figures.reminders !== expected)
    throw new Error(`the tick at ${at.toISOString()} sent ${figures.reminders}, expected ${expected}`);
  return figures;
}

/** The run with the median time of `runs`: for the cheap measurements that change nothing (nothing due, a plan). */
export async function medianOf(runs: number, measure: () => Promise<TickCost>): Promise<TickCost> {
  const all: TickCost[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure());
  return [...all].sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)]!;
}
