import type { Clock } from '../app/ports/clock';
import type { Logger } from '../app/ports/logger';
import { describeError } from '../app/use-cases/deliver';
import { runReminders } from '../app/use-cases/reminders';
import type { Services } from './compose';

/** A timer the scheduler can cancel. */
export interface TimerHandle {
  cancel(): void;
}

/**
 * The timers the scheduler runs on. Production uses Node's (unref'd: they never keep a process alive on
 * their own); tests pass their own and fire them by hand, so nothing waits for real time.
 */
export interface SchedulerTimers {
  /** Calls `fn` once after `ms`. */
  after(ms: number, fn: () => void): TimerHandle;
  /** Calls `fn` every `ms`. */
  every(ms: number, fn: () => void): TimerHandle;
}

export const nodeTimers: SchedulerTimers = {
  after(ms, fn) {
    const t = setTimeout(fn, ms);
    t.unref();
    return { cancel: () => clearTimeout(t) };
  },
  every(ms, fn) {
    const t = setInterval(fn, ms);
    t.unref();
    return { cancel: () => clearInterval(t) };
  },
};

/**
 * The first tick comes this long after start: soon enough that a restart catches up at once, late
 * enough that the service is listening (and a crash loop is not also a reminder loop).
 */
export const FIRST_TICK_DELAY_MS = 5_000;

/**
 * How long shutdown waits for a tick in progress. A tick sends at the mail pace, so a large round can
 * take longer than any platform's grace period: what is left is finished by the next tick (every
 * reminder is a delivery claimed in the store, so nothing goes twice and nothing is lost).
 */
export const STOP_WAIT_MS = 20_000;

export interface ReminderSchedulerOptions {
  intervalMs: number;
  /** The tick itself: `runReminders(ctx, now)` in the service. */
  tick: (now: Date) => Promise<unknown>;
  /** The app's clock: each tick runs at its `now()`. */
  clock: Clock;
  logger: Logger;
  timers?: SchedulerTimers;
  firstDelayMs?: number;
  stopWaitMs?: number;
}

export type TickOutcome = 'ran' | 'failed' | 'skipped' | 'stopped';

export interface ReminderScheduler {
  start(): void;
  /** One tick now, unless one is running (skipped) or the scheduler is stopped. */
  tickNow(): Promise<TickOutcome>;
  /** True while a tick runs. */
  readonly busy: boolean;
  /** Resolves when no tick is running (at once if none is). */
  whenIdle(): Promise<void>;
  /** Starts no more ticks; the one in progress goes on. The first thing shutdown does. */
  halt(): void;
  /**
   * Starts no more ticks, and waits for the one in progress (at most `stopWaitMs`). Resolves `true` if it
   * finished, `false` if it was left running.
   */
  stop(): Promise<boolean>;
}

/**
 * The in-service reminder scheduler: a tick shortly after start, then one every interval. Never two
 * ticks at once in one process: a tick that outlasts the interval (a large round at the Graph mail
 * pace) makes the next one skip, with a log line, instead of stacking up behind it. A failed tick is
 * logged and the next one runs as usual. Other instances and `reminders run` may tick at the same
 * time; the store keeps each reminder to one sending.
 */
export function createReminderScheduler(opts: ReminderSchedulerOptions): ReminderScheduler {
  const timers = opts.timers ?? nodeTimers;
  const { logger } = opts;
  const handles: TimerHandle[] = [];
  let running: Promise<TickOutcome> | undefined;
  let stopped = false;
  let ticks = 0;

  const tickNow = (): Promise<TickOutcome> => {
    if (stopped) return Promise.resolve('stopped');
    if (running) {
      logger.warn({ tick: ticks }, 'reminder tick still running; this one is skipped');
      return Promise.resolve('skipped');
    }
    const n = ++ticks;
    const now = opts.clock.now();
    const started = Date.now();
    running = opts
      .tick(now)
      .then(
        (): TickOutcome => {
          logger.debug({ tick: n, ms: Date.now() - started }, 'reminder tick done');
          return 'ran';
        },
        (err: unknown): TickOutcome => {
          // Ids and counts only: describeError strips addresses; the next tick tries again.
          logger.error({ tick: n, err: describeError(err) }, 'reminder tick failed');
          return 'failed';
        },
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const fire = () => void tickNow();
  const halt = () => {
    stopped = true;
    for (const h of handles.splice(0)) h.cancel();
  };

  return {
    start() {
      if (stopped || handles.length > 0) return;
      logger.info({ intervalMs: opts.intervalMs }, 'reminder scheduler started');
      handles.push(timers.after(opts.firstDelayMs ?? FIRST_TICK_DELAY_MS, fire));
      handles.push(timers.every(opts.intervalMs, fire));
    },
    tickNow,
    get busy() {
      return running !== undefined;
    },
    async whenIdle() {
      await running;
    },
    halt,
    async stop() {
      halt();
      const current = running;
      if (!current) return true;
      const waitMs = opts.stopWaitMs ?? STOP_WAIT_MS;
      logger.info({ tick: ticks, waitMs }, 'waiting for the reminder tick in progress');
      let timer: TimerHandle | undefined;
      const gaveUp = new Promise<'timeout'>((resolve) => {
        timer = timers.after(waitMs, () => resolve('timeout'));
      });
      const result = await Promise.race([current, gaveUp]);
      timer?.cancel();
      if (result === 'timeout') {
        logger.warn({ tick: ticks }, 'reminder tick still running at shutdown; the next start finishes it');
        return false;
      }
      return true;
    },
  };
}

/**
 * The service's scheduler, from its configuration: `runReminders` every REMINDER_INTERVAL_SECONDS on
 * the app's clock, or none when that is 0 (an external timer runs `contact-intake reminders run`).
 */
export function reminderSchedulerFor(
  services: Services,
  over: Pick<ReminderSchedulerOptions, 'timers' | 'firstDelayMs' | 'stopWaitMs'> = {},
): ReminderScheduler | undefined {
  const seconds = services.config.reminderIntervalSeconds;
  if (seconds === 0) return undefined;
  const { ctx } = services;
  return createReminderScheduler({
    intervalMs: seconds * 1000,
    tick: (now) => runReminders(ctx, now),
    clock: ctx.clock,
    logger: ctx.logger,
    ...over,
  });
}
