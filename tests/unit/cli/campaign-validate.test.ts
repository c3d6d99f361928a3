import path from 'node:path';
import { campaignValidate } from '../../../src/cli/commands/campaign-validate';
import type { CliIo } from '../../../src/cli/io';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join('tests', 'unit', 'fixtures', 'campaign-files');

async function run(args: string[], cwd = ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd, env: {} };
  const code = await campaignValidate(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('contact-intake campaign validate', () => {
  it('accepts the project-work example and summarises it in Swedish', async () => {
    const r = await run(['examples/projektarbete-2025.yaml']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.split('\n')).toEqual([
      'Kampanjfilen är giltig: examples/projektarbete-2025.yaml',
      '  Kampanj:        projektarbete-2025 – Förvaltningars kontaktpersoner för regionalt stöd till och samordning av projektarbete',
      '  Svar senast:    2025-04-30 (onsdag 30 april 2025, Europe/Stockholm)',
      '  Organisationer: 16 (2 med Teams-kanal)',
      '  Roller:         Kontaktperson (contact) 1–1',
      '  Undantag:       inga',
      '  Sena svar:      tas emot och markeras som sena',
    ]);
  });

  it('shows an answer window and the overrides of the SHVO example', async () => {
    const r = await run(['examples/referensgrupp-shvo.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Svarstid:       21 dagar från utskick (Europe/Stockholm)');
    expect(r.out).toContain('Organisationer: 4 (0 med Teams-kanal)');
    expect(r.out).toContain('Roller:         Representant (representative) 1–2');
    expect(r.out).toContain('Undantag:       Vårdsamverkan i Göteborgsområdet: Representant 1–4');
  });

  it('summarises in English with --lang en', async () => {
    const r = await run(['examples/samordningsrad-kontaktperson.yaml', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Roles:          Contact person (contact) 1–1, Deputy (deputy) 0–1');
    expect(r.out).toContain('Late answers:   refused');
  });

  it('prints every problem as file:line:col: path: message on stderr and exits 2', async () => {
    const file = path.join(FIXTURES, 'many-problems.yaml');
    const r = await run([file]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.split('\n');
    expect(lines).toHaveLength(16);
    expect(lines[0]).toBe(`${file}:1:1: title: Nyckeln "title" saknas. Lägg till "title:" med en text.`);
    expect(lines).toContain(
      `${file}:12:11: deadline: Ange antingen deadline eller answerWindowDays, inte båda. Ta bort det ena.`,
    );
    expect(lines.slice(0, 15).every((l) => /^[^:]+:\d+:\d+: [\w.[\]]+: \S/.test(l))).toBe(true);
    expect(lines[15]).toBe('15 problem hittades. Rätta dem och kör kommandot igen.');
  });

  it('shows paths relative to the working directory, as typed', async () => {
    const r = await run(['many-problems.yaml'], path.join(ROOT, FIXTURES));
    expect(r.err.split('\n')[0]).toMatch(/^many-problems\.yaml:1:1: title: /);
  });

  it('writes the problems in English with --lang en', async () => {
    const r = await run(['--lang=en', path.join(FIXTURES, 'syntax-error.yaml')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${path.join(FIXTURES, 'syntax-error.yaml')}:2:8: YAML syntax error: The quote that starts here is never closed. End the value with the same kind of quote.\n` +
        '1 problem found. Fix it and run the command again.',
    );
  });

  it('names a file that does not exist and exits 2', async () => {
    const r = await run(['examples/finns-inte.yaml']);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: 'examples/finns-inte.yaml: Filen finns inte. Kontrollera sökvägen.\n1 problem hittades. Rätta det och kör kommandot igen.',
    });
  });

  it.each([
    [[], /ange kampanjfilen som ska kontrolleras/],
    [['a.yaml', 'b.yaml'], /en fil i taget \(fick 2\)/],
    [['a.yaml', '--lang', 'de'], /okänt språk "de"; välj sv eller en/],
    [['a.yaml', '--strict'], /kan inte tolka argumenten/],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).toContain('Användning: contact-intake campaign validate <fil> [--lang en]');
  });
});
