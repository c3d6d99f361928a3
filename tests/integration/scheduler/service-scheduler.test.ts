import { join } from 'node:path';
import { DELIVERY_LEASE_MS } from '../../../src/app/use-cases/deliver';
import { runReminders } from '../../../src/app/use-cases/reminders';
import { messageIdFor } from '../../../src/adapters/mail/mime/message-id';
import { openSqliteStore } from '../../../src/adapters/store/sqlite/sqlite-store';
import { listen } from '../../../src/adapters/web/http-server';
import { serviceStopOrder, stopAll } from '../../../src/cli/commands/serve';
import { loadConfig } from '../../../src/config/config';
import { createServiceServer } from '../../../src/main/compose';
import {
  FIRST_TICK_DELAY_MS,
  reminderSchedulerFor,
  STOP_WAIT_MS,
} from '../../../src/main/reminder-scheduler';
import { waitUntil } from '../../support/wait-until';
import { ID, ORGS } from './example-round';
import { ManualTimers, SENDER, startServiceWorld, type ServiceWorld } from './service-world';

/**
 * The scheduler inside the service (`serve`): REMINDER_INTERVAL_SECONDS, a tick shortly after start
 * and then every interval on the app's clock, never two ticks at once, a failed tick logged and the
 * next one run, and on shutdown the tick in progress finished before the store closes. Its timers are
 * fired by hand, and the tick is caught half-way by holding the mail pacer's sleep, so nothing here
 * waits for real time.
 */

const WEEK_BEFORE = new Date('2025-04-23T07:00:00Z');
const TWO_DAYS_BEFORE = new Date('2025-04-28T07:00:00Z');
const INTERVAL_MS = 300_000;

let world: ServiceWorld | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

describe('REMINDER_INTERVAL_SECONDS', () => {
  const read = (value?: string) =>
    loadConfig(value === undefined ? {} : { REMINDER_INTERVAL_SECONDS: value }, '/srv/contact-intake');

  it('is 300 by default, 0 turns the scheduler off, and nonsense is refused with the reason', () => {
    expect(read()).toMatchObject({ ok: true, config: { reminderIntervalSeconds: 300 } });
    expect(read('60')).toMatchObject({ ok: true, config: { reminderIntervalSeconds: 60 } });
    expect(read('0')).toMatchObject({ ok: true, config: { reminderIntervalSeconds: 0 } });
    // An empty setting (a template parameter left blank) is the default, never "off".
    expect(read('')).toMatchObject({ ok: true, config: { reminderIntervalSeconds: 300 } });
    expect(read('  ')).toMatchObject({ ok: true, config: { reminderIntervalSeconds: 300 } });
    expect(read('5')).toEqual({ ok: false, problems: ['REMINDER_INTERVAL_SECONDS: 0 (off) or at least 10'] });
    expect(read('ofta')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^REMINDER_INTERVAL_SECONDS: /)],
    });
    expect(read('90000')).toEqual({
      ok: false,
      problems: ['REMINDER_INTERVAL_SECONDS: at most 86400 (a day)'],
    });
  });

  it('0 gives the service no scheduler', async () => {
    world = await startServiceWorld('sqlite', { REMINDER_INTERVAL_SECONDS: '0' });
    expect(reminderSchedulerFor(world.services, { timers: new ManualTimers() })).toBeUndefined();
  });
});

describe('the in-service scheduler', () => {
  it('ticks shortly after start, then every interval, at the app clock’s time', async () => {
    world = await startServiceWorld('sqlite', { REMINDER_INTERVAL_SECONDS: '300' });
    const w = world;
    const timers = new ManualTimers();
    const scheduler = reminderSchedulerFor(w.services, { timers })!;
    scheduler.start();
    expect(timers.live()).toEqual([`after ${FIRST_TICK_DELAY_MS}`, `every ${INTERVAL_MS}`]);

    // Started before the first reminder's time: the first tick finds nothing due.
    w.clock.set(new Date('2025-04-22T12:00:00Z'));
    timers.fire('after', FIRST_TICK_DELAY_MS);
    await scheduler.whenIdle();
    expect(w.reminderMail()).toBe(0);

    w.clock.set(WEEK_BEFORE);
    timers.fire('every', INTERVAL_MS);
    await scheduler.whenIdle();
    expect(w.reminderMail()).toBe(ORGS.length);

    timers.fire('every', INTERVAL_MS);
    await scheduler.whenIdle();
    expect(w.reminderMail()).toBe(ORGS.length);

    w.clock.set(TWO_DAYS_BEFORE);
    timers.fire('every', INTERVAL_MS);
    await scheduler.whenIdle();
    expect(w.reminderMail()).toBe(2 * ORGS.length);
    const sent = (await w.services.ctx.store.deliveries(ID)).filter((d) => d.kind === 'reminder');
    expect(new Set(sent.map((d) => d.sentAt?.toISOString()))).toEqual(
      new Set([WEEK_BEFORE.toISOString(), TWO_DAYS_BEFORE.toISOString()]),
    );
    expect(w.messages().filter((m) => m === 'reminder tick failed')).toEqual([]);
    await scheduler.stop();
    expect(timers.live()).toEqual([]);
  });

  it('never runs two ticks at once: a tick that outlasts the interval makes the next one skip, with a log line', async () => {
    world = await startServiceWorld('sqlite');
    const w = world;
    const timers = new ManualTimers();
    const scheduler = reminderSchedulerFor(w.services, { timers })!;
    scheduler.start();
    w.clock.set(WEEK_BEFORE);
    w.gate.hold();
    timers.fire('after', FIRST_TICK_DELAY_MS);
    // The tick has sent its first reminder and waits for the mail pace before the second.
    await waitUntil('the tick waits for the mail pace', () => w.gate.waiting > 0);
    expect(w.reminderMail()).toBe(1);

    timers.fire('every', INTERVAL_MS);
    expect(await scheduler.tickNow()).toBe('skipped');
    expect(w.messages().filter((m) => m === 'reminder tick still running; this one is skipped')).toHaveLength(
      2,
    );
    expect(w.reminderMail()).toBe(1);

    w.gate.release();
    await scheduler.whenIdle();
    expect(w.reminderMail()).toBe(ORGS.length);
    expect(await scheduler.tickNow()).toBe('ran');
    expect(w.reminderMail()).toBe(ORGS.length);
    await scheduler.stop();
  });

  it('logs a failed tick without names or addresses, and the next tick runs as usual', async () => {
    world = await startServiceWorld('sharepoint');
    const w = world;
    const timers = new ManualTimers();
    const scheduler = reminderSchedulerFor(w.services, { timers })!;
    scheduler.start();
    w.clock.set(WEEK_BEFORE);
    // SharePoint unavailable for longer than the Graph client's retries.
    w.fake.faults.set([{ kind: '503', rate: 1, retryAfterSeconds: 1 }]);
    timers.fire('after', FIRST_TICK_DELAY_MS);
    await scheduler.whenIdle();
    const failed = w.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'reminder tick failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ level: 50, tick: 1, err: expect.stringContaining('503') });
    expect(w.reminderMail()).toBe(0);

    w.fake.faults.clear();
    timers.fire('every', INTERVAL_MS);
    await scheduler.whenIdle();
    expect(w.reminderMail()).toBe(ORGS.length);
    expect(w.logs.join('')).not.toMatch(/vgregion\.example|Tåpptorp|Lindqvist/);
    await scheduler.stop();
  });
});

describe('shutdown with a tick in progress', () => {
  async function running(w: ServiceWorld) {
    const timers = new ManualTimers();
    const reminders = reminderSchedulerFor(w.services, { timers })!;
    const http = await listen(createServiceServer(w.services), '127.0.0.1', 0);
    reminders.start();
    w.clock.set(WEEK_BEFORE);
    w.gate.hold();
    timers.fire('after', FIRST_TICK_DELAY_MS);
    await waitUntil('the tick waits for the mail pace', () => w.gate.waiting > 0);
    const order = serviceStopOrder({
      running: http,
      reminders,
      services: w.services,
      logger: w.services.ctx.logger,
    });
    return { timers, reminders, http, order };
  }

  const refused = async (url: string) => {
    try {
      await fetch(`${url}/healthz`);
      return false;
    } catch {
      return true;
    }
  };

  it('stops the tick timers, then HTTP, lets the tick finish, starts no new one, and closes the store last', async () => {
    world = await startServiceWorld('sqlite');
    const w = world;
    const { timers, reminders, http, order } = await running(w);
    expect(order.map((p) => p.name)).toEqual(['reminder timers', 'http', 'reminders', 'store']);

    let done: boolean | undefined;
    const stopping = stopAll(order, w.services.ctx.logger).then((ok) => (done = ok));
    await waitUntil('HTTP refuses connections', () => refused(http.url));
    // No tick timer left, only the bound on the wait for the tick in progress.
    await waitUntil('the scheduler is stopping', () =>
      w.messages().includes('waiting for the reminder tick in progress'),
    );
    expect(timers.live()).toEqual([`after ${STOP_WAIT_MS}`]);
    expect(await reminders.tickNow()).toBe('stopped');
    expect(done).toBeUndefined();
    // The store is still open for the tick in progress.
    expect((await w.services.ctx.store.deliveries(ID)).length).toBeGreaterThan(0);

    w.gate.release();
    expect(await stopping).toBe(true);
    expect(
      w.logs
        .map((l) => JSON.parse(l) as { msg: string; part?: string })
        .filter((l) => l.msg === 'stopped')
        .map((l) => l.part),
    ).toEqual(['reminder timers', 'http', 'reminders', 'store']);
    expect(w.reminderMail()).toBe(ORGS.length);
    // Everything the tick did was recorded before the store closed.
    const reopened = openSqliteStore(join(w.dir, 'intake.db'));
    try {
      const reminders = (await reopened.deliveries(ID)).filter((d) => d.kind === 'reminder');
      expect(reminders).toHaveLength(ORGS.length);
      expect(reminders.every((d) => d.state === 'sent')).toBe(true);
      expect((await reopened.getCampaign(ID))?.reminderSlots?.['2025-04-30:before-7']?.state).toBe('done');
    } finally {
      await reopened.close();
    }
  });

  it('waits for the tick only so long, then closes the store anyway; the lease lets the next start finish it', async () => {
    world = await startServiceWorld('sqlite');
    const w = world;
    const { timers, order } = await running(w);

    const stopping = stopAll(order, w.services.ctx.logger);
    await waitUntil('the scheduler waits for its tick', () =>
      w.messages().includes('waiting for the reminder tick in progress'),
    );
    timers.fire('after', STOP_WAIT_MS);
    expect(await stopping).toBe(true);
    expect(w.messages()).toContain('reminder tick still running at shutdown; the next start finishes it');
    expect(w.reminderMail()).toBe(1);
    // The process exits here; its tick never goes on.
    w.gate.abandon();

    // Started again after the delivery lease: the claim the old process held is taken over.
    const next = await w.restart(new Date(WEEK_BEFORE.getTime() + DELIVERY_LEASE_MS + 1000));
    await runReminders(next.ctx, next.ctx.clock.now());
    const deliveries = (await next.ctx.store.deliveries(ID)).filter((d) => d.kind === 'reminder');
    expect(deliveries.map((d) => d.orgId).sort()).toEqual([...ORGS].sort());
    expect(deliveries.every((d) => d.state === 'sent')).toBe(true);
    expect(deliveries.filter((d) => d.attempts === 2)).toHaveLength(1);
    const ids = w.fake.sentMail(SENDER).map((m) => m.internetMessageId);
    expect(deliveries.map((d) => ids.filter((id) => id === messageIdFor(d.key, SENDER)).length)).toEqual(
      deliveries.map(() => 1),
    );
  });
});
