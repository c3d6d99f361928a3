import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formOn, load } from '../../support/browser-like';
import { buildDist } from '../../support/build';
import { freePort, runNode, serviceEnv } from '../../support/serve-process';
import { accepts, slowRequest } from './slow-request';

/**
 * `contact-intake serve` as an operator (or App Service, or `docker stop`) runs and stops it: the built
 * CLI as a child process. A bad production environment is refused before anything starts; SIGTERM
 * lets the answer being sent finish, and the process exits 0.
 */

let main: string;
let dir: string;

beforeAll(async () => {
  main = await buildDist();
}, 120_000);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'contact-intake-serve-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Child {
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once `pattern` is in stdout; rejects if the process ends first. */
  said(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function serve(args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, [main, 'serve', ...args], {
    cwd: dir,
    env: serviceEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiting = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const check of [...waiting]) check();
  });
  child.stderr!.on('data', (chunk: Buffer) => void (err += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
      for (const check of [...waiting]) check();
    }),
  );
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    exited,
    said: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = out.match(pattern);
          if (match) {
            waiting.delete(check);
            resolve(match);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            waiting.delete(check);
            reject(new Error(`serve ended before saying ${pattern}:\n${out}\n${err}`));
          }
        };
        waiting.add(check);
        check();
      }),
  };
}

describe('a production environment with problems', () => {
  it('is refused: every problem on stderr, exit 2, nothing listening and no data touched', async () => {
    const port = await freePort();
    const child = serve([], {
      PORT: String(port),
      MicrosoftAppId: '5d2c7a91-3e4f-4b6a-8c1d-0e9f8a7b6c5d',
      MicrosoftAppType: 'SingleTenant',
      SIGNING_SECRET: 'kort-hemlighet',
      PUBLIC_BASE_URL: 'https://localhost',
      GRAPH_BASE_URL: 'http://graph.microsoft.example/v1.0',
      ToBotFromChannelOpenIdMetadataUrl:
        'http://login.botframework.example/v1/.well-known/openidconfiguration',
      SQLITE_PATH: join(dir, 'intake.db'),
      OUTBOX_DIR: join(dir, 'outbox'),
      LOG_LEVEL: 'info',
    });

    expect(await child.exited).toEqual({ code: 2, signal: null });
    const err = child.stderr();
    for (const problem of [
      'MicrosoftAppPassword: required in production unless MicrosoftAppType=UserAssignedMSI',
      'MicrosoftAppTenantId: required in production',
      'SIGNING_SECRET: required in production, at least 32 characters of random data',
      'PUBLIC_BASE_URL: a loopback address is for local mode; production needs its public host name',
      'GRAPH_BASE_URL: must use https:// in production',
      'ToBotFromChannelOpenIdMetadataUrl: must use https:// in production',
    ]) {
      expect(err).toContain(problem);
    }
    expect(child.stdout()).not.toMatch(/lyssnar|listening/);
    expect(await accepts(port)).toBe(false);
    expect(existsSync(join(dir, 'intake.db'))).toBe(false);
  });
});

describe('SIGTERM', () => {
  it('lets an answer being sent finish, stores it, and exits 0', async () => {
    const port = await freePort();
    const env = {
      PORT: String(port),
      SQLITE_PATH: join(dir, 'intake.db'),
      OUTBOX_DIR: join(dir, 'outbox'),
      DATA_DIR: dir,
      LOG_LEVEL: 'info',
    };
    const child = serve(['--demo'], env);
    try {
      const [, shown] = await child.said(/Svarssida för Närhälsan: (\S+)/);
      const link = shown!.replace('//localhost:', '//127.0.0.1:');
      const form = formOn(await load(link), link);
      const body = new URLSearchParams({
        ...form.fields,
        'contact.1.name': 'Karin Kontakt',
        'contact.1.email': 'karin.kontakt@vgregion.example',
        declaredName: 'Lena Ledningsstöd',
      }).toString();

      // The answer's headers are in; its body is still on the way when the service is told to stop.
      const answer = slowRequest(form.action, body);
      await answer.taken;
      child.process.kill('SIGTERM');
      await child.said(/"msg":"no new connections; waiting for requests in flight"/);
      expect(await accepts(port)).toBe(false);

      const sent = await answer.finish();
      expect(sent.status).toBe(303);
      expect(await child.exited).toEqual({ code: 0, signal: null });
      expect(child.stdout()).toMatch(/"part":"http".*"msg":"stopped"[\s\S]*"part":"store".*"msg":"stopped"/);
      expect(child.stdout()).toContain('"msg":"shut down"');
    } finally {
      if (child.process.exitCode === null) child.process.kill('SIGKILL');
    }

    const status = await runNode(main, ['campaign', 'status', 'projektarbete-demo', '--json'], {
      cwd: dir,
      env: { ...env, LOG_LEVEL: 'silent' },
    });
    expect(status.code).toBe(0);
    const narhalsan = (
      JSON.parse(status.out) as {
        organisations: { id: string; answer: { nominees: { name: string }[] } | null }[];
      }
    ).organisations.find((o) => o.id === 'narhalsan');
    expect(narhalsan?.answer?.nominees.map((n) => n.name)).toEqual(['Karin Kontakt']);
  }, 60_000);
});
