import { loadConfig, type Config } from '../config/config';
import { createLogger } from '../adapters/logging/pino-logger';
import { composeServices, type ComposeOptions, type Services } from '../main/compose';
import { UsageError, type CliIo } from './io';
import pino from 'pino';

/** Reads the environment the way the service does; configuration problems are the operator's input, so exit 2. */
export function configFrom(io: CliIo): Config {
  const result = loadConfig(io.env, io.cwd);
  if (!result.ok) {
    throw new UsageError(`Felaktig konfiguration:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return result.config;
}

/**
 * Runs a one-shot command against the same store and channels as the service. Its logs go to stderr
 * (warnings only unless LOG_LEVEL says otherwise) so stdout stays the command's answer.
 */
export async function withServices<T>(
  io: CliIo,
  run: (s: Services) => Promise<T>,
  opts: ComposeOptions = {},
): Promise<T> {
  const config = configFrom(io);
  const level = io.env.LOG_LEVEL ?? 'warn';
  const logger = opts.logger ?? createLogger(level, pino.destination(2));
  const services = await composeServices(config, { ...opts, logger });
  try {
    return await run(services);
  } finally {
    await services.close();
  }
}
