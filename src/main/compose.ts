import type { AppContext } from '../app/context';
import type { Clock } from '../app/ports/clock';
import type { Logger } from '../app/ports/logger';
import type { Mailer } from '../app/ports/messaging';
import type { Store } from '../app/ports/store';
import { Links } from '../app/security/links';
import { TokenSigner } from '../app/security/signed-token';
import { systemClock } from '../adapters/clock/system-clock';
import { createLogger } from '../adapters/logging/pino-logger';
import { GraphMailer } from '../adapters/mail/graph/graph-mailer';
import { OutboxMailer } from '../adapters/mail/outbox-mailer';
import { createMailPacer, type PaceTiming } from '../adapters/mail/pacing/mail-pacer';
import type { GraphClientOptions } from '../adapters/graph';
import { openSharePointStore } from '../adapters/store/sharepoint';
import { openSqliteStore } from '../adapters/store/sqlite/sqlite-store';
import type { RetryPolicy } from '../adapters/teams/retry';
import { createTeamsConnection, type TeamsConnection } from '../adapters/teams/teams-connection';
import { createHttpServer } from '../adapters/web/http-server';
import { webRoutes } from '../adapters/web/routes';
import type { Config } from '../config/config';
import { graphClientFor } from './graph';
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
  /** Microsoft Graph client settings for tests (waits, jitter); production uses the defaults. */
  graph?: GraphClientOptions;
  /** The mail pacer's clock and sleep, and the waits between looks in Sent Items, for tests. */
  mailTiming?: PaceTiming;
}

/** The composition root: the only place that knows which adapter implements which port. */
export async function composeServices(config: Config, opts: ComposeOptions = {}): Promise<Services> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const clock = opts.clock ?? systemClock;
  const store = openStore(config, logger, opts);
  const mailer = openMailer(config, clock, logger, opts);
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

function openStore(config: Config, logger: Logger, opts: ComposeOptions): Store {
  if (config.store.kind === 'sqlite') return openSqliteStore(config.store.path);
  return openSharePointStore({
    graph: graphClientFor(config, logger, opts.graph),
    siteId: config.store.siteId,
    logger,
  });
}

function openMailer(config: Config, clock: Clock, logger: Logger, opts: ComposeOptions): Mailer {
  if (config.mail.kind === 'outbox')
    return new OutboxMailer({ dir: config.mail.dir, from: config.mailFrom, clock });
  return new GraphMailer({
    graph: graphClientFor(config, logger, opts.graph),
    sender: { address: config.mail.sender },
    pacer: createMailPacer(config.mailPace, opts.mailTiming),
    ...(config.outlookOriginatorId ? { outlookOriginatorId: config.outlookOriginatorId } : {}),
    logger,
    ...(opts.mailTiming ? { sleep: opts.mailTiming.sleep } : {}),
  });
}
