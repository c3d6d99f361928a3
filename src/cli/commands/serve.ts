import { listen } from '../../adapters/web/http-server';
import { createLogger } from '../../adapters/logging/pino-logger';
import { composeServices, createServiceServer } from '../../main/compose';
import { parse } from '../args';
import { runDemo } from '../demo';
import type { CliIo } from '../io';
import { configFrom } from '../services';

/** Keeps running; returns -1 so the entry point leaves the exit code alone. */
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
  if (values.demo) await runDemo(services, io);

  const stop = async () => {
    logger.info({}, 'shutting down');
    await running.close();
    await services.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return -1;
}
