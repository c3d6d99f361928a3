import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readZip } from './read-zip';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const MANIFEST_DIR = path.join(ROOT, 'manifest');
const PACKAGER = path.join(ROOT, 'scripts', 'package-app.js');

/** What an operator would set: the bot's app id, the Teams app id and the service's public address. */
export const PRODUCTION_ENV = {
  MicrosoftAppId: '6f0e1d2c-3b4a-4596-8877-a1b2c3d4e5f6',
  TEAMS_APP_ID: '0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f',
  PUBLIC_BASE_URL: 'https://intake.vgregion.example',
};

export interface PackagerRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `npm run package`'s script as its own process with exactly `env` (plus PATH), so nothing from the
 * developer's shell (a MicrosoftAppId, say) can make a test pass.
 */
export function runPackager(args: string[], env: Record<string, string>): Promise<PackagerRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [PACKAGER, ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        done({ code, out: stdout, err: stderr });
      },
    );
  });
}

const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'contact-intake-manifest-'));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir() made in this test file; call it from afterAll. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of manifest/ to break on purpose. */
export function manifestCopy(): string {
  const dir = path.join(tempDir(), 'manifest');
  cpSync(MANIFEST_DIR, dir, { recursive: true });
  return dir;
}

export interface BuiltPackage {
  run: PackagerRun;
  files: Map<string, Buffer>;
  manifest: Record<string, unknown>;
  english: Record<string, string>;
}

/** Builds a package into a temporary folder and opens it. */
export async function buildPackage(env: Record<string, string>, args: string[] = []): Promise<BuiltPackage> {
  const zip = path.join(tempDir(), 'contact-intake.zip');
  const run = await runPackager(['--out', zip, ...args], env);
  if (run.code !== 0) throw new Error(`the packager failed (${run.code}):\n${run.err}${run.out}`);
  const files = readZip(readFileSync(zip));
  const json = (name: string) => JSON.parse(files.get(name)?.toString('utf8') ?? 'null');
  return { run, files, manifest: json('manifest.json'), english: json('en.json') };
}
