import { mkdtemp, rm } from 'node:fs/promises';
import type { Server as HttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../../src/app/context';
import type { Actor, Store } from '../../src/app/ports/store';
import { Links } from '../../src/app/security/links';
import { TokenSigner } from '../../src/app/security/signed-token';
import { createCampaign } from '../../src/app/use-cases/create-campaign';
import { sendCampaign } from '../../src/app/use-cases/send-campaign';
import type { Campaign } from '../../src/domain/campaign';
import { ManualClock } from '../../src/adapters/clock/system-clock';
import { createLogger } from '../../src/adapters/logging/pino-logger';
import type { RetryPolicy } from '../../src/adapters/teams/retry';
import { listen, type RunningServer } from '../../src/adapters/web/http-server';
import { loadConfig, type Config } from '../../src/config/config';
import { composeServices, createServiceServer, type Services } from '../../src/main/compose';
import { signingKey } from '../../src/main/signing-secret';

/** Two weeks before the seed letter's deadline ("senast 2025-04-30"): when the test app's clock starts. */
export const SENT_AT = new Date('2025-04-14T08:00:00.000Z');

/** Who creates and sends the campaign a test app starts with. */
export const TEST_ACTOR: Actor = { kind: 'cli', id: 'test' };

export interface TestAppOptions {
  /** Created, and sent unless `send` is false, before `startTestApp` returns. */
  campaign?: Campaign;
  send?: boolean;
  /** Where the clock starts; `SENT_AT` by default. Tests move it with `clock.set`. */
  now?: Date;
  /** `info` by default; every line is kept in `logs`. */
  logLevel?: string;
  /** Pins the Bot Connector retries (waits, jitter); the production policy otherwise. */
  teamsRetry?: RetryPolicy;
  /** More environment variables (e.g. MicrosoftAppTenantId), added to the test app's own. */
  env?: NodeJS.ProcessEnv;
}

export interface TestApp {
  /** `http://localhost:<port>`, as `serve` prints it; the Bot Framework endpoint is `${url}/api/messages`. */
  url: string;
  messagesUrl: string;
  config: Config;
  services: Services;
  ctx: AppContext;
  clock: ManualClock;
  store: Store;
  /** Signs tokens with the app's own key, for tests that forge or reuse one. */
  signer: TokenSigner;
  /** The environment the app was configured from: give it to `runCli` to work on the same data. */
  env: NodeJS.ProcessEnv;
  dataDir: string;
  outboxDir: string;
  /** Every log line the app wrote, to check that no name or address reaches the log. */
  logs: string[];
  stop(): Promise<void>;
}

/**
 * The service as `contact-intake serve` runs it in local mode, on loopback port 0: configuration read
 * from the environment, the composition root's wiring (SQLite and the outbox in a temporary folder,
 * the Teams connection, signed links), the HTTP server with the Bot Framework endpoint and the web
 * pages. Only the clock is a test's: a ManualClock.
 */
export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'contact-intake-app-'));
  const outboxDir = join(dataDir, 'outbox');
  const env: NodeJS.ProcessEnv = {
    PORT: '0',
    SQLITE_PATH: join(dataDir, 'intake.db'),
    OUTBOX_DIR: outboxDir,
    DATA_DIR: dataDir,
    LOG_LEVEL: opts.logLevel ?? 'info',
    ...opts.env,
  };
  const loaded = loadConfig(env, dataDir);
  if (!loaded.ok) throw new Error(`test app configuration refused: ${loaded.problems.join('; ')}`);
  const config = loaded.config;
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, { write: (line: string) => void logs.push(line) });
  const clock = new ManualClock(opts.now ?? SENT_AT);
  let services: Services;
  try {
    services = await composeServices(config, {
      clock,
      logger,
      ...(opts.teamsRetry ? { teamsRetry: opts.teamsRetry } : {}),
    });
  } catch (err) {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  const { ctx } = services;
  const server = createServiceServer(services);

  let running: RunningServer | undefined;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    if (running) {
      const closed = running.close();
      // Keep-alive connections (the playground's, fetch's) would hold the close open until they time out.
      (running.server.server as HttpServer).closeAllConnections();
      await closed;
    }
    await services.close();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    running = await listen(server, config.host, config.port);
    // serve takes its public URL from PORT; with port 0 the port is only known now, so the links the
    // app signs (and a CLI run on the same data) must be told where it really listens.
    const signer = new TokenSigner(signingKey(config));
    ctx.links = new Links(signer, running.url);
    env.PUBLIC_BASE_URL = running.url;
    if (opts.campaign) {
      await createCampaign(ctx, opts.campaign, TEST_ACTOR);
      if (opts.send !== false) await sendCampaign(ctx, opts.campaign.id, TEST_ACTOR);
    }
    return {
      url: running.url,
      messagesUrl: `${running.url}/api/messages`,
      config,
      services,
      ctx,
      clock,
      store: ctx.store,
      signer,
      env,
      dataDir,
      outboxDir,
      logs,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
