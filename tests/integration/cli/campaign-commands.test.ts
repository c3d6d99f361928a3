import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/run';
import type { CliIo } from '../../../src/cli/io';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'examples', 'projektarbete-2025.yaml');

interface Run {
  code: number;
  out: string;
  err: string;
}

describe('contact-intake campaign commands (SQLite + outbox, as an operator runs them)', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  const cli = async (...argv: string[]): Promise<Run> => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir, env };
    const code = await runCli(argv, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ci-cli-'));
    env = {
      SQLITE_PATH: path.join(dir, 'intake.db'),
      OUTBOX_DIR: path.join(dir, 'outbox'),
      LOG_LEVEL: 'silent',
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates, sends once however often it is run, reports status and exports for Excel', async () => {
    const created = await cli('campaign', 'create', EXAMPLE);
    expect(created).toMatchObject({ code: 0 });
    expect(created.out).toContain('projektarbete-2025');

    const again = await cli('campaign', 'create', EXAMPLE);
    expect(again.code).toBe(0);
    expect(again.out).toContain('samma innehåll');

    const sent = await cli('campaign', 'send', 'projektarbete-2025');
    expect(sent.code).toBe(0);
    const files = readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(sent.out).toContain(`E-post: ${files.length} skickade`);

    const resent = await cli('campaign', 'send', 'projektarbete-2025');
    expect(resent.out).toContain(`E-post: 0 skickade, ${files.length} redan skickade`);
    expect(readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(
      files.length,
    );

    const status = await cli('campaign', 'status', 'projektarbete-2025');
    expect(status.code).toBe(0);
    expect(status.out).toContain(`0 av ${files.length} har svarat`);
    expect(status.out).toContain('Inte svarat');

    const json = JSON.parse((await cli('campaign', 'status', 'projektarbete-2025', '--json')).out);
    expect(json.progress).toEqual({ total: files.length, answered: 0, partial: 0, missing: files.length });
    expect(json.campaign.deadlineDate).toBe('2025-04-30');

    const exported = await cli(
      'campaign',
      'export',
      'projektarbete-2025',
      '--format',
      'csv',
      '--out',
      'svar.csv',
    );
    expect(exported.code).toBe(0);
    const csv = readFileSync(path.join(dir, 'svar.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'Organisation;Status;Roll;Namn;E-post;Telefon;Titel;Inskickat av;Inskickat;Kanal;Version;Sent svar',
    );
    expect(text).toContain('Närhälsan;Inte svarat');

    const closed = await cli('campaign', 'close', 'projektarbete-2025');
    expect(closed.code).toBe(0);
    expect((await cli('campaign', 'send', 'projektarbete-2025')).code).toBe(2);
  });

  it('exits 2 with a message naming the problem for bad input', async () => {
    const unknown = await cli('campaign', 'status', 'finns-inte');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('finns-inte');

    const usage = await cli('campaign', 'status');
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/argument/);

    const badFormat = await cli('campaign', 'export', 'x', '--format', 'pdf');
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain('pdf');

    const badEnv = await runCli(['campaign', 'status', 'x'], {
      out: () => undefined,
      err: (t) => expect(t).toContain('STORE'),
      cwd: dir,
      env: { ...env, STORE: 'oracle' },
    });
    expect(badEnv).toBe(2);

    expect((await cli('nonsense')).code).toBe(2);
  });
});
