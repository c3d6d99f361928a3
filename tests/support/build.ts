import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

const ROOT = resolve(__dirname, '../..');
/** What `npm run build` produces and the README runs: `node dist/src/cli/main.js …`. */
export const DIST_MAIN = join(ROOT, 'dist/src/cli/main.js');
const BUILD_INFO = join(ROOT, 'dist/.tsbuildinfo');
const TSC = require.resolve('typescript/bin/tsc');
/** One lock per checkout, outside it: jest workers and other people's test runs share the tree. */
const LOCK = join(
  tmpdir(),
  `contact-intake-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`,
);
const LOCK_WAIT_MS = 120_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockAgeMs(): number {
  try {
    return Date.now() - statSync(LOCK).mtimeMs;
  } catch {
    return 0;
  }
}

/** Holds a directory lock; a lock whose holder died is taken over. */
async function withLock<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {
        // The holder has made the folder but not yet written its pid (or died in between).
      }
      if (Number.isInteger(holder) && holder > 0 ? !alive(holder) : lockAgeMs() > 10_000) {
        rmSync(LOCK, { recursive: true, force: true });
      } else if (Date.now() > deadline)
        throw new Error(`another build has held ${LOCK} for ${LOCK_WAIT_MS} ms`, { cause: err });
      else await delay(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * `npm run build` (tsc -p tsconfig.json), made safe for parallel test runs: one build at a time per
 * checkout, incremental so an unchanged tree takes seconds. Fails with the compiler's output when the
 * build would fail for a newcomer too.
 */
export async function buildDist(): Promise<string> {
  await withLock(async () => {
    // Incremental builds trust their build info; without the output it must not be trusted.
    if (!existsSync(DIST_MAIN)) rmSync(BUILD_INFO, { force: true });
    const args = [TSC, '-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', BUILD_INFO];
    await new Promise<void>((done, fail) => {
      execFile(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) => {
        if (err) fail(new Error(`the build (tsc -p tsconfig.json) failed:\n${stdout}${stderr}`));
        else done();
      });
    });
  });
  if (!existsSync(DIST_MAIN)) throw new Error(`the build did not produce ${DIST_MAIN}`);
  return DIST_MAIN;
}
