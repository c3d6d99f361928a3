import { join } from 'node:path';
import type { AppContext } from '../src/app/context';
import { ManualClock } from '../src/adapters/clock/system-clock';
import { createRequestCounter, type RequestCounter } from '../src/adapters/graph';
import { createLogger } from '../src/adapters/logging/pino-logger';
import { loadConfig } from '../src/config/config';
import { composeServices } from '../src/main/compose';
import { countStoreCalls, type CountedStore } from './store-calls';
import { SITE, type StoreKind } from './world';

/**
 * The service as `serve` composes it for the reminder tick's figures: one store (SharePoint over the
 * fake Graph, or SQLite), and MAIL=outbox so that every Graph request counted is the store's (a reminder
 * is an .eml file in a folder, not a paced sendMail). The clock is the benchmark's: each tick runs at
 * the moment it is given. `ctx.store` is wrapped in a call counter.
 */
export interface TickWorld {
  kind: StoreKind;
  ctx: AppContext;
  clock: ManualClock;
  /** Graph requests (SharePoint: all of them are the store's; SQLite: none). */
  graph: RequestCounter;
  /** Calls on the Store port, whatever the store. */
  calls: CountedStore;
  problems: string[];
  close(): Promise<void>;
}

export interface TickWorldOptions {
  /** The fake Graph serving this world's SharePoint site. */
  graphBaseUrl: string;
  /** The SQLite file's and the outbox's folder: a second world on the same folder reads the same data. */
  dir: string;
  signingSecret: string;
  now: Date;
}

export async function openTickWorld(kind: StoreKind, opts: TickWorldOptions): Promise<TickWorld> {
  const loaded = loadConfig(
    {
      STORE: kind,
      SHAREPOINT_SITE_ID: SITE,
      SQLITE_PATH: join(opts.dir, 'intake.db'),
      DATA_DIR: opts.dir,
      MAIL: 'outbox',
      OUTBOX_DIR: join(opts.dir, 'outbox'),
      GRAPH_BASE_URL: opts.graphBaseUrl,
      SIGNING_SECRET: opts.signingSecret,
      PORT: '0',
      LOG_LEVEL: 'warn',
    },
    opts.dir,
  );
  if (!loaded.ok) throw new Error(`benchmark configuration refused: ${loaded.problems.join('; ')}`);
  const problems: string[] = [];
  const logger = createLogger('warn', { write: (line: string) => void problems.push(line) });
  const graph = createRequestCounter();
  const clock = new ManualClock(opts.now);
  const services = await composeServices(loaded.config, {
    logger,
    clock,
    graph: { observers: [graph.observe] },
  });
  const calls = countStoreCalls(services.ctx.store);
  return {
    kind,
    ctx: { ...services.ctx, store: calls.store },
    clock,
    graph,
    calls,
    problems,
    close: () => services.close(),
  };
}
