import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { PlaygroundClient } from './client';
import { assertLoopbackOnly } from './namespace';

export interface StartPlaygroundOptions {
  /** The bot's messaging endpoint, e.g. `http://127.0.0.1:3978/api/messages`. */
  botEndpoint: string;
  /** 0 picks a free port. A taken fixed port is an error (the playground itself would silently move). */
  port: number;
  /** A `.m365agentsplayground.yml`. Must exist: without it the playground quietly uses its built-in sample. */
  configPath: string;
  /** Where the playground logs (truncated at start). Startup errors, such as a bad config, appear only here. */
  logFile: string;
  /** Sets TZ for the playground, which reports it as `localTimezone`; defaults to Europe/Stockholm. */
  timeZone?: string;
  /** Readiness polls of `/_debug/ping`, 100 ms apart (default 150). */
  readyAttempts?: number;
}

export interface PlaygroundHandle {
  port: number;
  /** `http://localhost:<port>`: the web UI and the API. */
  baseUrl: string;
  /** The Bot Connector URL the playground puts in activities and proactive messages must use. */
  serviceUrl: string;
  pid: number;
  logFile: string;
  client: PlaygroundClient;
  /** Stops exactly the process this handle started and waits for it to exit. */
  stop(): Promise<void>;
}

const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
const LISTENING_TIMEOUT_MS = 30_000;
const FORCE_KILL_AFTER_MS = 5_000;

/** Without these the playground may pick up a developer's overrides or send its calls through a proxy. */
function childEnvironment(opts: StartPlaygroundOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(M365_AGENTS_PLAYGROUND_|TEAMSAPPTESTER_|TEAMS_APP_TEST_TOOL_)/.test(key)) continue;
    if (/^(https?|all|no)_proxy$/i.test(key)) continue;
    env[key] = value;
  }
  return {
    ...env,
    APPLICATION_INSIGHTS_NO_STATSBEAT: '1',
    TEAMSAPPTESTER_BROWSER: 'none',
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: opts.configPath,
    M365_AGENTS_PLAYGROUND_LOGFILE: opts.logFile,
    TZ: opts.timeZone ?? 'Europe/Stockholm',
  };
}

function tail(path: string, lines = 30): string {
  if (!existsSync(path)) return '(no log file)';
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(-lines)
    .map((line) => (line.length > 400 ? `${line.slice(0, 400)}…` : line))
    .join('\n');
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child) || child.pid === undefined) return;
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(pid, 'SIGTERM');
  const force = setTimeout(() => {
    if (!hasExited(child)) process.kill(pid, 'SIGKILL');
  }, FORCE_KILL_AFTER_MS);
  await exited;
  clearTimeout(force);
}

/** The playground prints exactly `Listening on <port>` on stdout when stdout is not a terminal. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error('no "Listening on" line within 30 s')),
      LISTENING_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /Listening on (\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the playground exited (code ${code}, signal ${signal}) before listening`));
    });
  });
}

async function waitForPong(child: ChildProcess, baseUrl: string, attempts: number): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (hasExited(child)) throw new Error(`the playground exited with code ${child.exitCode} while starting`);
    try {
      const response = await fetch(`${baseUrl}/_debug/ping`);
      if ((await response.text()) === 'pong') return;
    } catch {
      // Not accepting connections yet.
    }
    await delay(100);
  }
  throw new Error(`${baseUrl}/_debug/ping did not answer "pong" after ${attempts} attempts`);
}

export async function startPlayground(opts: StartPlaygroundOptions): Promise<PlaygroundHandle> {
  assertLoopbackOnly();
  if (!existsSync(opts.configPath)) {
    throw new Error(
      `playground config ${opts.configPath} does not exist (the playground would use its own sample)`,
    );
  }
  mkdirSync(dirname(opts.logFile), { recursive: true });
  writeFileSync(opts.logFile, '');

  const args = [CLI, '-e', opts.botEndpoint, '-c', 'msteams', '-p', String(opts.port), '--disable-telemetry'];
  const child = spawn(process.execPath, args, {
    cwd: dirname(opts.logFile),
    env: childEnvironment(opts),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });

  try {
    const port = await listeningPort(child);
    if (opts.port !== 0 && port !== opts.port) {
      throw new Error(`port ${opts.port} is in use: the playground moved to ${port}`);
    }
    const baseUrl = `http://localhost:${port}`;
    await waitForPong(child, baseUrl, opts.readyAttempts ?? 150);
    return {
      port,
      baseUrl,
      serviceUrl: `${baseUrl}/_connector`,
      pid: child.pid ?? -1,
      logFile: opts.logFile,
      client: new PlaygroundClient(baseUrl),
      stop: () => stopChild(child),
    };
  } catch (error) {
    await stopChild(child);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Agents Playground did not start: ${reason}\n--- ${opts.logFile} (tail) ---\n${tail(opts.logFile)}` +
        (stderr ? `\n--- stderr ---\n${stderr}` : ''),
      { cause: error },
    );
  }
}
