import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../../src/app/ports/store';
import { createCampaign } from '../../../src/app/use-cases/create-campaign';
import { sendCampaign } from '../../../src/app/use-cases/send-campaign';
import { loadCampaignFile } from '../../../src/adapters/campaign-file/load-campaign-file';
import { ManualClock } from '../../../src/adapters/clock/system-clock';
import { createGraphClient, DEV_GRAPH_TOKEN } from '../../../src/adapters/graph';
import { provisionSharePoint } from '../../../src/adapters/store/sharepoint';
import { createLogger } from '../../../src/adapters/logging/pino-logger';
import { loadConfig } from '../../../src/config/config';
import { composeServices, type Services } from '../../../src/main/compose';
import type { SchedulerTimers, TimerHandle } from '../../../src/main/reminder-scheduler';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { EXAMPLE_FILE, ID, SENT } from './example-round';

/**
 * The service's parts as `serve` composes them, for the in-service scheduler's tests: the example
 * campaign sent, mail through Graph to the fake Graph server, and the mail pacer's sleep behind a gate
 * the test holds and releases, so a tick can be caught in the middle without waiting for real time.
 */

export const SENDER = 'intake@vgregion.example';
const SITE =
  'vgregion.sharepoint.example,1b5c6d7e-8f90-4a1b-b2c3-d4e5f6a7b8c9,2c6d7e8f-90a1-4b2c-83d4-e5f6a7b8c9d0';
const ACTOR: Actor = { kind: 'cli', id: 'test' };

/** Timers fired by hand. */
export class ManualTimers implements SchedulerTimers {
  readonly set: { kind: 'after' | 'every'; ms: number; fn: () => void; cancelled: boolean }[] = [];

  after(ms: number, fn: () => void): TimerHandle {
    return this.add('after', ms, fn);
  }
  every(ms: number, fn: () => void): TimerHandle {
    return this.add('every', ms, fn);
  }
  /** Fires every live timer of this kind and length, as if its time had come. */
  fire(kind: 'after' | 'every', ms: number): number {
    const due = this.set.filter((t) => t.kind === kind && t.ms === ms && !t.cancelled);
    for (const t of due) {
      if (t.kind === 'after') t.cancelled = true;
      t.fn();
    }
    return due.length;
  }
  live(): string[] {
    return this.set.filter((t) => !t.cancelled).map((t) => `${t.kind} ${t.ms}`);
  }
  private add(kind: 'after' | 'every', ms: number, fn: () => void): TimerHandle {
    const timer = { kind, ms, fn, cancelled: false };
    this.set.push(timer);
    return { cancel: () => void (timer.cancelled = true) };
  }
}

/** The mail pacer's sleep: passes at once while open; while held, waits until released. */
export class PaceGate {
  private opened: Promise<void> = Promise.resolve();
  private open: () => void = () => undefined;
  /** Sleeps that are waiting at the gate right now. */
  waiting = 0;
  private virtualNow = 0;

  /** Holds every sleep from now on. Time has passed since the last message (the send), as between ticks. */
  hold(): void {
    this.virtualNow += 3_600_000;
    this.opened = new Promise<void>((resolve) => (this.open = resolve));
  }
  release(): void {
    if (!this.abandoned) this.open();
  }
  private abandoned = false;
  /** The process is gone: what waits here never goes on (it would, in a test process, after the store closed). */
  abandon(): void {
    this.abandoned = true;
  }
  readonly timing = {
    now: () => this.virtualNow,
    sleep: async (ms: number) => {
      this.waiting++;
      await this.opened;
      this.waiting--;
      this.virtualNow += ms;
    },
  };
}

export interface ServiceWorld {
  services: Services;
  clock: ManualClock;
  fake: FakeGraph;
  gate: PaceGate;
  logs: string[];
  dir: string;
  /** Log messages (`msg`) in order. */
  messages(): string[];
  reminderMail(): number;
  /** The service started again on the same store, mailbox and configuration, its clock at `now`. */
  restart(now: Date): Promise<Services>;
  stop(): Promise<void>;
}

export async function startServiceWorld(
  store: 'sqlite' | 'sharepoint',
  env: NodeJS.ProcessEnv = {},
): Promise<ServiceWorld> {
  const fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, siteId: SITE, mailboxes: [SENDER] });
  const dir = mkdtempSync(join(tmpdir(), 'contact-intake-scheduler-'));
  const loaded = loadConfig(
    {
      PORT: '0',
      SQLITE_PATH: join(dir, 'intake.db'),
      DATA_DIR: dir,
      MAIL: 'graph',
      MAIL_SENDER: SENDER,
      GRAPH_BASE_URL: fake.baseUrl,
      ...(store === 'sharepoint' ? { STORE: 'sharepoint', SHAREPOINT_SITE_ID: SITE } : {}),
      ...env,
    },
    dir,
  );
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  if (store === 'sharepoint') {
    const graph = createGraphClient({
      baseUrl: fake.baseUrl,
      auth: { kind: 'dev-token' },
      clientOrganisation: 'VGR',
    });
    await provisionSharePoint(graph, SITE);
  }
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(line) });
  const clock = new ManualClock(SENT);
  const gate = new PaceGate();
  const services = await composeServices(loaded.config, {
    clock,
    logger,
    mailTiming: gate.timing,
    graph: { sleep: async () => undefined, random: () => 0.5 },
  });
  const file = await loadCampaignFile(EXAMPLE_FILE);
  if (!file.ok) throw new Error('the example campaign file is invalid');
  await createCampaign(services.ctx, file.campaign, ACTOR);
  await sendCampaign(services.ctx, ID, ACTOR);
  let stopped = false;
  const restarted: Services[] = [];
  return {
    services,
    clock,
    fake,
    gate,
    logs,
    dir,
    messages: () => logs.map((l) => (JSON.parse(l) as { msg: string }).msg),
    reminderMail: () =>
      fake.sentMail(SENDER).filter((m) => /^(Påminnelse|Svarstiden har gått ut): /.test(m.subject ?? ''))
        .length,
    restart: async (now) => {
      const again = await composeServices(loaded.config, {
        clock: new ManualClock(now),
        logger,
        mailTiming: new PaceGate().timing,
        graph: { sleep: async () => undefined, random: () => 0.5 },
      });
      restarted.push(again);
      return again;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      gate.release();
      for (const s of [services, ...restarted]) await s.close().catch(() => undefined);
      await fake.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
