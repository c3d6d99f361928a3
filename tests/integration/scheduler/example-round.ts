import { join, resolve } from 'node:path';
import type { Store } from '../../../src/app/ports/store';
import { extendCampaign } from '../../../src/app/use-cases/extend-campaign';
import { sendCampaign } from '../../../src/app/use-cases/send-campaign';
import { submitAnswer } from '../../../src/app/use-cases/submit-answer';
import { runCommand, type CliRun } from '../../support/cli-run';
import { startTestApp, TEST_ACTOR, type TestApp } from '../../support/test-app';

/**
 * The spring round of examples/projektarbete-2025.yaml (16 administrations, deadline Wednesday 30 April
 * 2025, the default policy written out: 7 and 2 days before, the deadline morning, 1 working day
 * after), played day by day through the command line as an external timer runs it. Sent on Friday
 * 4 April; answers arrive on some days through submitAnswer; Skaraborgs Sjukhus is given until 9 May.
 * The SQLite and the SharePoint suites play the same round and expect the same timeline.
 */

export const ROOT = resolve(__dirname, '../../..');
export const EXAMPLE_FILE = join(ROOT, 'examples/projektarbete-2025.yaml');
export const ID = 'projektarbete-2025';
export const SENT = new Date('2025-04-04T08:00:00Z');
export const OWNERS = ['Sven Tåpptorp', 'Maria Lindqvist'];

/** The register's administrations, in its order. */
export const ORGS = [
  'sahlgrenska',
  'sodra-alvsborgs-sjukhus',
  'skaraborgs-sjukhus',
  'nu-sjukvarden',
  'sjukhusen-i-vaster',
  'narhalsan',
  'folktandvarden',
  'habilitering-och-halsa',
  'regionhalsan',
  'koncernkontoret',
  'koncernservice',
  'vastfastigheter',
  'vastarvet',
  'kultur-i-vast',
  'naturbruksforvaltningen',
  'folkhogskolorna',
];

type RoundEvent = { at: string } & ({ answer: string; name: string } | { extend: string; until: string });

/** What happens in the round besides the ticks, in order. */
export const EVENTS: RoundEvent[] = [
  // Before any reminder: never reminded.
  { at: '2025-04-10T10:00:00Z', answer: 'sahlgrenska', name: 'Sara Svensson' },
  // After the week-before reminder: no more.
  { at: '2025-04-24T10:00:00Z', answer: 'narhalsan', name: 'Nils Nilsson' },
  // The same day as the two-days-before reminder, after it went.
  { at: '2025-04-28T12:00:00Z', answer: 'koncernkontoret', name: 'Karin Kontakt' },
  { at: '2025-04-29T08:00:00Z', extend: 'skaraborgs-sjukhus', until: '2025-05-09' },
  // On the deadline day, after its reminder.
  { at: '2025-04-30T12:00:00Z', answer: 'folktandvarden', name: 'Frida Fransson' },
];

const except = (...ids: string[]) => ORGS.filter((o) => !ids.includes(o));

/**
 * Each reminder that goes out, as `<when> <slot> (<deadline>): <organisations>`: 09:00 Swedish summer
 * time is 07:00 UTC; 1 May is a holiday, so the overdue notice and the summary go on Friday 2 May.
 */
export const EXPECTED_TIMELINE = [
  `2025-04-23T07:00:00.000Z before-7 (2025-04-30): ${except('sahlgrenska').join(' ')}`,
  `2025-04-28T07:00:00.000Z before-2 (2025-04-30): ${except('sahlgrenska', 'narhalsan').join(' ')}`,
  `2025-04-30T07:00:00.000Z deadline-day (2025-04-30): ${except('sahlgrenska', 'narhalsan', 'skaraborgs-sjukhus', 'koncernkontoret').join(' ')}`,
  `2025-05-02T07:00:00.000Z overdue-1 (2025-04-30): ${except('sahlgrenska', 'narhalsan', 'skaraborgs-sjukhus', 'koncernkontoret', 'folktandvarden').join(' ')}`,
  '2025-05-02T07:00:00.000Z before-7 (2025-05-09): skaraborgs-sjukhus',
  '2025-05-07T07:00:00.000Z before-2 (2025-05-09): skaraborgs-sjukhus',
  '2025-05-09T07:00:00.000Z deadline-day (2025-05-09): skaraborgs-sjukhus',
  '2025-05-12T07:00:00.000Z overdue-1 (2025-05-09): skaraborgs-sjukhus',
];
export const EXPECTED_REMINDERS = EXPECTED_TIMELINE.reduce(
  (n, l) => n + l.split(': ')[1]!.split(' ').length,
  0,
);

/** The ticks of the round: every day at 09:00 and 15:00 Swedish time, Saturday 5 April to Tuesday 13 May. */
export function tickTimes(): Date[] {
  const out: Date[] = [];
  for (let day = Date.UTC(2025, 3, 5); day <= Date.UTC(2025, 4, 13); day += 86_400_000) {
    out.push(new Date(day + 7 * 3_600_000), new Date(day + 13 * 3_600_000));
  }
  return out;
}

export interface RoundWorld {
  app: TestApp;
  /** `contact-intake <argv>` on the service's data, as the operator or the timer runs it. */
  cli(...argv: string[]): Promise<CliRun>;
}

/** The test service on `env`'s back end, its clock at the sending; the campaign is created from the file. */
export async function startRoundWorld(env: NodeJS.ProcessEnv = {}): Promise<RoundWorld> {
  const app = await startTestApp({ now: SENT, logLevel: 'warn', env });
  const cli = (...argv: string[]) =>
    runCommand(argv, { env: { ...app.env, LOG_LEVEL: 'warn' }, cwd: app.dataDir });
  const created = await cli('campaign', 'create', EXAMPLE_FILE);
  if (created.code !== 0) throw new Error(`campaign create failed: ${created.err}`);
  // Sent by the service at its (manual) clock: the CLI's own would be today's.
  const report = await sendCampaign(app.ctx, ID, TEST_ACTOR);
  const failed = report.lines.filter((l) => l.result === 'failed');
  if (failed.length > 0) throw new Error(`send failed for ${failed.map((l) => l.orgId).join(', ')}`);
  return { app, cli };
}

async function apply(world: RoundWorld, e: RoundEvent): Promise<void> {
  const { app } = world;
  app.clock.set(new Date(e.at));
  if ('extend' in e) {
    await extendCampaign(app.ctx, ID, e.until, e.extend, TEST_ACTOR);
    return;
  }
  const result = await submitAnswer(app.ctx, {
    campaignId: ID,
    orgId: e.answer,
    draft: { contact: [{ name: e.name, email: `${e.answer}.kontakt@vgregion.example` }] },
    submitter: { kind: 'web-declared', name: 'Anna Andersson' },
    channel: 'web',
    nonce: `${e.answer}-${e.at}`,
  });
  if (result.kind !== 'saved') throw new Error(`the answer of ${e.answer} was not saved: ${result.kind}`);
}

export interface TickRun {
  at: Date;
  run: CliRun;
  json: TickJson;
}

/** The part of `reminders run --json` the round reads. */
export interface TickJson {
  dryRun: boolean;
  campaigns: {
    id: string;
    rounds: {
      slot: string;
      deadlineDate: string;
      at: string;
      reminders: {
        orgId: string;
        name: string;
        line: string;
        channels: { channel: string; result: string }[];
      }[];
    }[];
    skipped: unknown[];
    summary: { reason: string; owners: { name: string; channels: { result: string }[] }[] } | null;
  }[];
}

/**
 * Plays the round: the events in their order and `reminders run --now <tick> --send --json` at every
 * tick. `beforeTick` runs first at each tick time (after that time's events).
 */
export async function playRound(
  world: RoundWorld,
  beforeTick?: (at: Date) => Promise<void>,
): Promise<TickRun[]> {
  const events = [...EVENTS];
  const runs: TickRun[] = [];
  for (const at of tickTimes()) {
    while (events.length > 0 && new Date(events[0]!.at) <= at) await apply(world, events.shift()!);
    world.app.clock.set(at);
    await beforeTick?.(at);
    const run = await world.cli('reminders', 'run', '--now', at.toISOString(), '--send', '--json');
    if (run.code !== 0)
      throw new Error(`reminders run at ${at.toISOString()} exited ${run.code}: ${run.err}`);
    runs.push({ at, run, json: JSON.parse(run.out) as TickJson });
  }
  return runs;
}

/** The timeline the ticks reported: what each tick sent, as EXPECTED_TIMELINE writes it. */
export function reportedTimeline(runs: TickRun[]): string[] {
  return runs.flatMap(({ at, json }) =>
    json.campaigns.flatMap((c) =>
      c.rounds
        .map((r) => {
          const sent = r.reminders.filter((o) => o.channels.some((ch) => ch.result === 'sent'));
          return sent.length === 0
            ? undefined
            : `${at.toISOString()} ${r.slot} (${r.deadlineDate}): ${sent.map((o) => o.orgId).join(' ')}`;
        })
        .filter((l): l is string => l !== undefined),
    ),
  );
}

/** The same timeline from the store's deliveries: sent reminders grouped by when, slot and deadline. */
export async function storedTimeline(store: Store): Promise<string[]> {
  const reminders = (await store.deliveries(ID)).filter((d) => d.kind === 'reminder');
  const groups = new Map<string, string[]>();
  for (const d of reminders) {
    const [, , orgId, deadline, slot] = d.key.split(':');
    const head = `${d.sentAt?.toISOString()} ${slot} (${deadline})`;
    groups.set(head, [...(groups.get(head) ?? []), orgId!]);
  }
  const order = (id: string) => ORGS.indexOf(id);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([head, ids]) => `${head}: ${ids.sort((a, b) => order(a) - order(b)).join(' ')}`);
}
