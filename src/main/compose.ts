import type { AppContext } from '../app/context';
import type { Clock } from '../app/ports/clock';
import type { Logger } from '../app/ports/logger';
import type { Mailer } from '../app/ports/messaging';
import type { Store } from '../app/ports/store';
import { Links } from '../app/security/links';
import { TokenSigner } from '../app/security/signed-token';
import { systemClock } from '../adapters/clock/system-clock';
import { createLogger } from '../adapters/logging/pino-logger';
import { OutboxMailer } from '../adapters/mail/outbox-mailer';
import { openSqliteStore } from '../adapters/store/sqlite/sqlite-store';
import type { RetryPolicy } from '../adapters/teams/retry';
import { createTeamsConnection, type TeamsConnection } from '../adapters/teams/teams-connection';
import { createHttpServer } from '../adapters/web/http-server';
import { webRoutes } from '../adapters/web/routes';
import type { Config } from '../config/config';
import { signingKey } from './signing-secret';

export interface Services {
  config: Config;
  ctx: AppContext;
  teams: TeamsConnection;
  close(): Promise<void>;
}

export interface ComposeOptions {
  clock?: Clock;
  logger?: Logger;
  /** How Bot Connector calls are retried; tests pin the waits and the jitter. Production uses the default. */
  teamsRetry?: RetryPolicy;
}

/** The composition root: the only place that knows which adapter implements which port. */
export async function composeServices(config: Config, opts: ComposeOptions = {}): Promise<Services> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const clock = opts.clock ?? systemClock;
  const store = openStore(config);
  const mailer = openMailer(config, clock);
  const teams = createTeamsConnection({
    bot: config.bot,
    store,
    logger,
    ...(opts.teamsRetry ? { retry: opts.teamsRetry } : {}),
  });
  const links = new Links(new TokenSigner(signingKey(config)), config.publicBaseUrl);
  const ctx: AppContext = { store, mailer, teams: teams.messenger, clock, links, logger };
  return { config, ctx, teams, close: () => store.close() };
}

/**
 * The service's HTTP side: the Bot Framework endpoint, the health checks and the web pages, on the
 * configured host and port. `serve` and the tests' app both start this one.
 */
export function createServiceServer(services: Services): ReturnType<typeof createHttpServer> {
  const { ctx, config } = services;
  return createHttpServer({
    ctx,
    messages: services.teams.handler(ctx),
    host: config.host,
    port: config.port,
    logger: ctx.logger,
    routes: webRoutes(ctx),
  });
}

function openStore(config: Config): Store {
  if (config.store.kind === 'sqlite') return openSqliteStore(config.store.path);
  throw new Error('STORE=sharepoint is not available in this version of contact-intake; use STORE=sqlite');
}

function openMailer(config: Config, clock: Clock): Mailer {
  if (config.mail.kind === 'outbox')
    return new OutboxMailer({ dir: config.mail.dir, from: config.mailFrom, clock });
  throw new Error('MAIL=graph is not available in this version of contact-intake; use MAIL=outbox');
}
