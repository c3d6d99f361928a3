import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { envSchema } from '../../src/config/env-schema';

/** `node dist/src/cli/main.js …` as an operator runs it: a child process with its own environment. */

export interface CommandRun {
  code: number;
  out: string;
  err: string;
}

/**
 * The child's environment: this process's, minus every variable the service reads (a developer's
 * MicrosoftAppId or PUBLIC_BASE_URL must not leak in), plus `env`.
 */
export function serviceEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(envSchema.shape)) delete clean[key];
  return { ...clean, ...env };
}

/** A port nothing listens on right now. Another process may take it before we do; callers retry. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Runs a command to its end. */
export function runNode(script: string, args: string[], where: { cwd: string; env: NodeJS.ProcessEnv }) {
  return new Promise<CommandRun>((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: where.cwd, env: serviceEnv(where.env), encoding: 'utf8', timeout: 30_000 },
      (err, out, errText) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, out, err: errText });
      },
    );
  });
}

export interface LongRunning {
  pid: number;
  /** Everything it wrote to stdout so far. */
  output(): string;
  /** Resolves with stdout so far once `pattern` appears in it; rejects if the process ends first. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGTERM to exactly this process, as Ctrl-C would; SIGKILL if it has not ended within 5 s. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a long-running command (`serve`) and keeps what it says. */
export function startNode(
  script: string,
  args: string[],
  where: { cwd: string; env: NodeJS.ProcessEnv },
): LongRunning {
  const child: ChildProcess = spawn(process.execPath, [script, ...args], {
    cwd: where.cwd,
    env: serviceEnv(where.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    for (const listener of [...listeners]) listener();
  });
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
      for (const listener of [...listeners]) listener();
    }),
  );
  const ended = () => child.exitCode !== null || child.signalCode !== null;

  return {
    pid: child.pid ?? -1,
    output: () => stdout,
    waitForOutput(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = stdout.match(pattern);
          if (match) finish(() => resolve(match));
          else if (ended()) {
            finish(() =>
              reject(
                new Error(
                  `the process ended (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${stdout}\n${stderr}`,
                ),
              ),
            );
          }
        };
        const timer = setTimeout(
          () =>
            finish(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${stdout}\n${stderr}`))),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      if (!ended() && child.pid !== undefined) {
        child.kill('SIGTERM');
        const force = setTimeout(() => {
          if (!ended()) child.kill('SIGKILL');
        }, 5000);
        await exited;
        clearTimeout(force);
      }
      return exited;
    },
  };
}
