import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { AppContext } from '../src/app/context';
import { createRequestCounter, type RequestCounter } from '../src/adapters/graph';
import { createLogger } from '../src/adapters/logging/pino-logger';
import { loadConfig, type Config } from '../src/config/config';
import { composeServices, type Services } from '../src/main/compose';

export const SITE =
  'vgregion.sharepoint.example,0b3e6a1c-4d2f-4e8a-9c7b-5a6d7e8f9a0b,1c4f7b2d-5e3a-4f9b-8d8c-6b7e8f9a0b1c';
export const SENDER = 'intake@vgregion.example';
/** The highest MAIL_PER_MINUTE the configuration accepts (src/config/env-schema.ts). */
export const MAX_CONFIGURED_PACE = 600;

export type StoreKind = 'sharepoint' | 'sqlite';

/** The service as the composition root wires it for one store, with its Graph requests counted. */
export interface World {
  kind: StoreKind;
  ctx: AppContext;
  config: Config;
  /** Every Graph request the world sends (for SQLite: only the mail's). */
  counter: RequestCounter;
  /** Warnings and errors the service logged (ids and counts only, by design). */
  problems: string[];
  /** How long the mail pacer has waited for the pace, in all (real waits, only counted). */
  pacedMs(): number;
  close(): Promise<void>;
}

export interface WorldOptions {
  graphBaseUrl: string;
  /** The SQLite file's folder (and DATA_DIR). */
  dir: string;
  /** Messages per minute. Above MAX_CONFIGURED_PACE the pacer gets it directly, past the schema. */
  perMinute: number;
  signingSecret: string;
}

export function newSigningSecret(): string {
  return randomBytes(32).toString('hex');
}

/**
 * `composeServices` on a configuration read from the environment a deployment would set (STORE,
 * MAIL=graph, GRAPH_BASE_URL on loopback so the development token is used), as `serve` and the CLI
 * build it. A fresh world has cold caches, as a new process has.
 */
export async function openWorld(kind: StoreKind, opts: WorldOptions): Promise<World> {
  const loaded = loadConfig(
    {
      STORE: kind,
      SHAREPOINT_SITE_ID: SITE,
      SQLITE_PATH: join(opts.dir, 'intake.db'),
      DATA_DIR: opts.dir,
      MAIL: 'graph',
      MAIL_SENDER: SENDER,
      GRAPH_BASE_URL: opts.graphBaseUrl,
      MAIL_PER_MINUTE: String(Math.min(opts.perMinute, MAX_CONFIGURED_PACE)),
      SIGNING_SECRET: opts.signingSecret,
      PORT: '0',
      LOG_LEVEL: 'warn',
    },
    opts.dir,
  );
  if (!loaded.ok) throw new Error(`benchmark configuration refused: ${loaded.problems.join('; ')}`);
  const config: Config = {
    ...loaded.config,
    mailPace: { ...loaded.config.mailPace, perMinute: opts.perMinute },
  };
  const problems: string[] = [];
  const logger = createLogger('warn', { write: (line: string) => void problems.push(line) });
  const counter = createRequestCounter();
  let paced = 0;
  const mailTiming = {
    now: () => Date.now(),
    sleep: async (ms: number) => {
      paced += ms;
      await delay(ms);
    },
  };
  const services: Services = await composeServices(config, {
    logger,
    graph: { observers: [counter.observe] },
    mailTiming,
  });
  return {
    kind,
    ctx: services.ctx,
    config,
    counter,
    problems,
    pacedMs: () => paced,
    close: () => services.close(),
  };
}
