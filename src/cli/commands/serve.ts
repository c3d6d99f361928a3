import type { Logger } from '../../app/ports/logger';
import { DEFAULT_GRACE_MS, listen, type RunningServer } from '../../adapters/web/http-server';
import { createLogger } from '../../adapters/logging/pino-logger';
import { composeServices, createServiceServer, type Services } from '../../main/compose';
import { reminderSchedulerFor, type ReminderScheduler } from '../../main/reminder-scheduler';
import { parse } from '../args';
import { runDemo } from '../demo';
import type { CliIo } from '../io';
import { configFrom } from '../services';

/** One part of the running service that shutdown stops; `stop` resolves once it has finished its work. */
export interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

/**
 * Keeps running; returns -1 so the entry point leaves the exit code alone. A bad configuration is
 * refused before anything starts: every problem on stderr, exit 2 (configFrom).
 */
export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse('serve', args, { demo: { type: 'boolean' } }, 0);
  const config = configFrom(io);
  const logger = createLogger(config.logLevel);
  if (config.mode === 'local') {
    io.err(
      '\n*** LOKALT LÄGE: MicrosoftAppId saknas. Inkommande Bot Framework-anrop autentiseras INTE. ***\n' +
        '*** Tjänsten lyssnar bara på 127.0.0.1. Använd aldrig det här läget i produktion.          ***\n',
    );
    logger.warn(
      { mode: 'local', host: config.host },
      'local mode: inbound authentication is off, loopback only',
    );
  }
  const services = await composeServices(config, { logger });
  const server = createServiceServer(services);
  const running = await listen(server, config.host, config.port);
  logger.info({ url: running.url, mode: config.mode }, 'contact-intake listening');
  io.out(
    `contact-intake lyssnar på ${running.url} (${config.mode === 'local' ? 'lokalt läge' : 'produktion'})`,
  );

  const reminders = reminderSchedulerFor(services);
  if (reminders) reminders.start();
  else logger.info({}, 'reminder scheduler off (REMINDER_INTERVAL_SECONDS=0)');
  const stopOrder = serviceStopOrder({ running, reminders, services, logger });
  stopOnSignals(stopOrder, logger);

  if (values.demo) await runDemo(services, io);
  return -1;
}

/** What `serve` has running, for its stop order. */
export interface RunningService {
  running: RunningServer;
  reminders: ReminderScheduler | undefined;
  services: Services;
  logger: Logger;
}

/**
 * The order shutdown stops the parts in. The scheduler's timers first, so no tick starts while HTTP
 * drains. Then HTTP: no new work comes in, requests in flight finish. Then the reminder tick in
 * progress finishes (bounded wait). The store closes last, when nothing uses it any more.
 */
export function serviceStopOrder({ running, reminders, services, logger }: RunningService): Stoppable[] {
  return [
    ...(reminders ? [{ name: 'reminder timers', stop: async () => reminders.halt() }] : []),
    {
      name: 'http',
      stop: async () => {
        // shutdown() stops listening before it returns its promise; requests in flight go on.
        const finished = running.shutdown({ graceMs: DEFAULT_GRACE_MS });
        logger.info({ graceMs: DEFAULT_GRACE_MS }, 'no new connections; waiting for requests in flight');
        const result = await finished;
        if (!result.drained)
          logger.warn({ abandoned: result.abandoned }, 'requests still running were cut off');
      },
    },
    ...(reminders ? [{ name: 'reminders', stop: async () => void (await reminders.stop()) }] : []),
    { name: 'store', stop: () => services.close() },
  ];
}

/**
 * SIGTERM (App Service, Container Apps, docker stop) or SIGINT (Ctrl-C): stop every part in order and
 * exit 0, or 1 if a part failed to stop. A second signal exits at once.
 */
function stopOnSignals(stopOrder: Stoppable[], logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void stopAll(stopOrder, logger).then((ok) => {
      logger.info({ ok }, 'shut down');
      process.exitCode = ok ? 0 : 1;
      // Keep-alive sockets to other services (the Bot Connector) may hold the event loop a while.
      setTimeout(() => process.exit(), 1000).unref();
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

export async function stopAll(stopOrder: Stoppable[], logger: Logger): Promise<boolean> {
  let ok = true;
  for (const part of stopOrder) {
    try {
      await part.stop();
      logger.info({ part: part.name }, 'stopped');
    } catch (err) {
      ok = false;
      logger.error({ part: part.name, err: err instanceof Error ? err.name : 'unknown' }, 'could not stop');
    }
  }
  return ok;
}
