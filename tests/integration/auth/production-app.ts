import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../../../src/app/context';
import { createCampaign } from '../../../src/app/use-cases/create-campaign';
import { sendCampaign } from '../../../src/app/use-cases/send-campaign';
import type { Campaign } from '../../../src/domain/campaign';
import { ManualClock } from '../../../src/adapters/clock/system-clock';
import { createLogger } from '../../../src/adapters/logging/pino-logger';
import { listen, type RunningServer } from '../../../src/adapters/web/http-server';
import { loadConfig, type Config } from '../../../src/config/config';
import { composeServices, createServiceServer, type Services } from '../../../src/main/compose';
import { SENT_AT, TEST_ACTOR } from '../../support/test-app';

/**
 * The service in production mode (MicrosoftAppId set), started as `serve` starts it: the environment read
 * by loadConfig, wired by composeServices, served by createServiceServer. SQLite and the outbox keep
 * Microsoft Graph out of it (production refuses a loopback Graph, and nothing here may leave loopback);
 * the Bot Framework side is whatever the test points the bot settings at. Listens on 127.0.0.1 port 0,
 * where `serve` would take every interface.
 */

export const APP_ID = '5d2c7a91-3e4f-4b6a-8c1d-0e9f8a7b6c5d';
export const PUBLIC_BASE_URL = 'https://intake.vgregion.example';

export interface ProductionAppOptions {
  /** Added to (and overriding) the production environment below. */
  env: NodeJS.ProcessEnv;
  logLevel?: string;
  /** Created, and sent unless `send` is false, before the app is returned. */
  campaign?: Campaign;
  send?: boolean;
}

export interface ProductionApp {
  url: string;
  messagesUrl: string;
  config: Config;
  services: Services;
  ctx: AppContext;
  clock: ManualClock;
  env: NodeJS.ProcessEnv;
  outboxDir: string;
  /** The listening server, for tests of its shutdown. */
  running: RunningServer;
  /** Every line the service logged. */
  logs: string[];
  /** A link the service made (https://intake.vgregion.example/…) as reachable on loopback. */
  local(publicUrl: string): string;
  stop(): Promise<void>;
}

export function productionEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PORT: '0',
    MicrosoftAppId: APP_ID,
    MicrosoftAppType: 'UserAssignedMSI',
    MicrosoftAppTenantId: '7c1d2f0e-0000-4000-8000-00000000a001',
    SIGNING_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_BASE_URL,
    STORE: 'sqlite',
    SQLITE_PATH: join(dataDir, 'intake.db'),
    MAIL: 'outbox',
    OUTBOX_DIR: join(dataDir, 'outbox'),
    ...extra,
  };
}

export async function startProductionApp(opts: ProductionAppOptions): Promise<ProductionApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'contact-intake-production-'));
  const env = productionEnv(dataDir, { LOG_LEVEL: opts.logLevel ?? 'info', ...opts.env });
  const loaded = loadConfig(env, dataDir);
  if (!loaded.ok) throw new Error(`production configuration refused: ${loaded.problems.join('; ')}`);
  const config = loaded.config;
  if (config.mode !== 'production') throw new Error('expected production mode');
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, { write: (line: string) => void logs.push(line) });
  const clock = new ManualClock(SENT_AT);
  const services = await composeServices(config, { clock, logger });
  let running: RunningServer | undefined;
  const stop = async () => {
    if (running) await running.shutdown({ graceMs: 0 });
    await services.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    running = await listen(createServiceServer(services), '127.0.0.1', 0);
    const url = `http://127.0.0.1:${running.port}`;
    if (opts.campaign) {
      await createCampaign(services.ctx, opts.campaign, TEST_ACTOR);
      if (opts.send !== false) await sendCampaign(services.ctx, opts.campaign.id, TEST_ACTOR);
    }
    return {
      url,
      messagesUrl: `${url}/api/messages`,
      config,
      services,
      ctx: services.ctx,
      clock,
      env,
      outboxDir: join(dataDir, 'outbox'),
      running,
      logs,
      local: (publicUrl) => publicUrl.replace(PUBLIC_BASE_URL, url),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
