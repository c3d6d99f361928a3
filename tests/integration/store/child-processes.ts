import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/**
 * Compiles the SQLite store (and only what it imports) to plain JavaScript in `outDir`, so a child
 * process can run the project's own store without a TypeScript loader. Type errors are the type
 * check's business; the test only needs the emitted files.
 */
export function compileStore(outDir: string): string {
  const config = join(outDir, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: {
        rootDir: ROOT,
        outDir,
        typeRoots: [join(ROOT, 'node_modules/@types')],
        sourceMap: false,
        noEmitOnError: false,
      },
      files: [join(ROOT, 'src/adapters/store/sqlite/sqlite-store.ts')],
      include: [],
    }),
  );
  let output = '';
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', config], {
      encoding: 'utf8',
    });
  } catch (err) {
    output = String((err as { stdout?: string }).stdout ?? err);
  }
  const modulePath = join(outDir, 'src/adapters/store/sqlite/sqlite-store.js');
  if (!existsSync(modulePath)) throw new Error(`could not compile the store:\n${output}`);
  return modulePath;
}

export interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  /** The job's JSON result; rejects when the child fails. */
  result: Promise<unknown>;
  /** How the child ended: its exit code, or the signal that killed it. */
  ended: Promise<number | NodeJS.Signals | null>;
}

const running = new Set<ChildProcess>();

/** Kills children a failed test left behind; call it from afterEach. */
export function stopChildren(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Starts a child on the database file; it waits for "go" on stdin before running its job. */
export function startChild(modulePath: string, dbPath: string, job: object): Child {
  const child = spawn(
    process.execPath,
    [join(__dirname, 'store-child.js'), modulePath, dbPath, JSON.stringify(job)],
    {
      // The compiled store lives outside the repository; let it find better-sqlite3 and zod here.
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  let signalReady: () => void = () => undefined;
  const ready = new Promise<void>((res) => (signalReady = res));
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.startsWith('ready\n')) signalReady();
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<number | NodeJS.Signals | null>((res) =>
    child.on('exit', (code, signal) => res(signal ?? code)),
  );
  const result = ended.then((how) => {
    if (how !== 0) throw new Error(`child ended with ${String(how)}: ${stderr}`);
    return JSON.parse(stdout.slice('ready\n'.length)) as unknown;
  });
  // A child that dies before "ready" must fail the test, not hang it.
  const readyOrFail = Promise.race([
    ready,
    ended.then((how) => Promise.reject(new Error(`child ended early (${String(how)}): ${stderr}`))),
  ]);
  result.catch(() => undefined);
  return { process: child, ready: readyOrFail, result, ended };
}

/** Waits until every child has opened the store, then lets them all start at once. */
export async function runTogether(children: Child[]): Promise<unknown[]> {
  try {
    await Promise.all(children.map((c) => c.ready));
  } catch (err) {
    for (const c of children) c.process.kill('SIGKILL');
    throw err;
  }
  for (const c of children) c.process.stdin!.write('go\n');
  return Promise.all(children.map((c) => c.result));
}
