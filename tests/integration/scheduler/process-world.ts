import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_GRAPH_TOKEN } from '../../../src/adapters/graph';
import { messageIdFor } from '../../../src/adapters/mail/mime/message-id';
import { runCommand } from '../../support/cli-run';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { spawn } from 'node:child_process';
import { runNode, serviceEnv, type CommandRun } from '../../support/serve-process';
import { ID, startRoundWorld, type RoundWorld } from './example-round';

/**
 * The example round sent, with `contact-intake reminders run` to be started as separate processes (the
 * built CLI, `node dist/src/cli/main.js`), on either back end. Mail goes through Graph to the fake Graph
 * server for both, so every message that left is counted there, by its Message-ID.
 */

export type Backend = 'sqlite' | 'sharepoint';
export const BACKENDS: Backend[] = ['sqlite', 'sharepoint'];

const SITE =
  'vgregion.sharepoint.example,9f3a4b5c-6d7e-4f80-9192-a3b4c5d6e7f8,0a4b5c6d-7e8f-4091-a2b3-c4d5e6f7a8b9';
export const SENDER = 'intake@vgregion.example';

export interface ProcessWorld {
  round: RoundWorld;
  fake: FakeGraph;
  /** `reminders run --now <at> --send --json` to its end, in a process of its own. */
  run(at: string, env?: NodeJS.ProcessEnv): Promise<CommandRun>;
  /** The same, left running. */
  start(at: string, env?: NodeJS.ProcessEnv): Running;
  /** How many messages with this delivery key's Message-ID sendMail accepted. */
  copiesOf(key: string): number;
  stop(): Promise<void>;
}

export async function startProcessWorld(backend: Backend, main: string): Promise<ProcessWorld> {
  const fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, siteId: SITE, mailboxes: [SENDER] });
  const operatorDir = mkdtempSync(join(tmpdir(), 'contact-intake-ticks-'));
  const env: NodeJS.ProcessEnv = {
    MAIL: 'graph',
    MAIL_SENDER: SENDER,
    GRAPH_BASE_URL: fake.baseUrl,
    MAIL_PER_MINUTE: '600',
    ...(backend === 'sharepoint' ? { STORE: 'sharepoint', SHAREPOINT_SITE_ID: SITE } : {}),
  };
  let round: RoundWorld | undefined;
  const stop = async () => {
    await round?.app.stop();
    await fake.stop();
    rmSync(operatorDir, { recursive: true, force: true });
  };
  try {
    if (backend === 'sharepoint') {
      const provisioned = await runCommand(['sharepoint', 'provision'], {
        env: { ...env, LOG_LEVEL: 'warn' },
        cwd: operatorDir,
      });
      if (provisioned.code !== 0) throw new Error(`provisioning failed: ${provisioned.err}`);
    }
    round = await startRoundWorld(env);
  } catch (err) {
    await stop();
    throw err;
  }
  const r = round;
  const where = (more: NodeJS.ProcessEnv = {}) => ({
    cwd: r.app.dataDir,
    env: { ...r.app.env, LOG_LEVEL: 'warn', ...more },
  });
  const args = (at: string) => ['reminders', 'run', '--now', at, '--send', '--json'];
  return {
    round: r,
    fake,
    run: (at, more) => runNode(main, args(at), where(more)),
    start: (at, more) => spawnNode(main, args(at), where(more)),
    copiesOf: (key) =>
      fake.sentMail(SENDER).filter((m) => m.internetMessageId === messageIdFor(key, SENDER)).length,
    stop,
  };
}

export interface Running {
  pid: number;
  /** Resolves when the process has ended, however it ended. */
  ended: Promise<CommandRun & { signal: NodeJS.Signals | null }>;
}

function spawnNode(script: string, args: string[], where: { cwd: string; env: NodeJS.ProcessEnv }): Running {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: where.cwd,
    env: serviceEnv(where.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => void (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString('utf8')));
  const ended = new Promise<CommandRun & { signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code: code ?? -1, out, err, signal })),
  );
  return { pid: child.pid!, ended };
}

/** The reminder deliveries of the round as the store holds them. */
export async function reminderDeliveries(world: ProcessWorld) {
  return (await world.round.app.store.deliveries(ID)).filter((d) => d.kind === 'reminder');
}

/** Results of one `reminders run --json`, as `orgId channel result`. */
export function resultsOf(run: CommandRun): string[] {
  const json = JSON.parse(run.out) as {
    campaigns: {
      rounds: { reminders: { orgId: string; channels: { channel: string; result: string }[] }[] }[];
    }[];
  };
  return json.campaigns.flatMap((c) =>
    c.rounds.flatMap((r) =>
      r.reminders.flatMap((o) => o.channels.map((ch) => `${o.orgId} ${ch.channel} ${ch.result}`)),
    ),
  );
}
