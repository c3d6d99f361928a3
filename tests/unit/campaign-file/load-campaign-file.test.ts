import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  loadCampaignFile,
  type CampaignFileProblem,
} from '../../../src/adapters/campaign-file/load-campaign-file';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'campaign-files');
const fixture = (name: string) => path.join(FIXTURES, name);

async function problemsOf(file: string, lang?: 'sv' | 'en'): Promise<CampaignFileProblem[]> {
  const r = await loadCampaignFile(file, lang ? { lang } : {});
  if (r.ok) throw new Error(`expected problems in ${file}`);
  return r.problems;
}

function at(problems: CampaignFileProblem[], p: string): CampaignFileProblem[] {
  return problems.filter((x) => x.path === p);
}

describe('loadCampaignFile: a file with many problems', () => {
  let problems: CampaignFileProblem[];
  beforeAll(async () => {
    problems = await problemsOf(fixture('many-problems.yaml'));
  });

  it('reports every problem in one run, in file order', () => {
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path}`)).toEqual([
      '1:1 title',
      '1:5 id',
      '2:1 titel',
      '5:14 message',
      '8:3 requester.chair.email',
      '10:10 replyTo',
      '11:9 owners',
      '12:11 deadline',
      '12:11 deadline',
      '14:13 latePolicy',
      '18:10 roles[0].min',
      '20:9 roles[1].id',
      '22:10 roles[1].min',
      '25:13 recipients.register',
      '29:7 overrides.narhalsan.roles.deputy',
    ]);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set([fixture('many-problems.yaml')]));
  });

  it('names a misspelt key and the key that was meant, on the line of the misspelt key', () => {
    expect(at(problems, 'titel')[0]!.message).toMatch(/Okänd nyckel "titel"\. Menade du "title"\?/);
    expect(at(problems, 'title')[0]!.message).toBe('Nyckeln "title" saknas. Lägg till "title:" med en text.');
  });

  it('points a missing key at the mapping that should hold it', () => {
    const [p] = at(problems, 'requester.chair.email');
    expect(p).toMatchObject({ line: 8, column: 3 });
    expect(p!.message).toContain('"email" saknas');
  });

  it('points an unknown placeholder at its own line inside the message', () => {
    const [p] = at(problems, 'message');
    expect(p).toMatchObject({ line: 5, column: 14 });
    expect(p!.message).toContain('{{sista_dag}}');
    expect(p!.message).toContain('{{deadline}}');
  });

  it('says what to write instead for each domain rule', () => {
    const messages = problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id: "Projekt 2025" är inget giltigt id\..*t\.ex\. "projekt-2025"/),
        expect.stringMatching(/^replyTo: "projekt@vgregion" är ingen giltig e-postadress/),
        expect.stringMatching(/^deadline: "2025-02-30" finns inte i kalendern/),
        'deadline: Ange antingen deadline eller answerWindowDays, inte båda. Ta bort det ena.',
        expect.stringMatching(
          /^latePolicy: "maybe" är inget tillåtet värde\. Skriv ett av: accept, refuse\./,
        ),
        expect.stringMatching(
          /^roles\[0\]\.min: Här ska stå ett tal, men "1" är text\. Ta bort citattecknen/,
        ),
        expect.stringMatching(/^roles\[1\]\.id: Roll-id "contact" används redan/),
        expect.stringMatching(/^roles\[1\]\.min: min \(3\) är större än max \(2\)/),
        expect.stringMatching(
          /^recipients\.register: Registerfilen "\.\.\/organisations\/missing\.yaml" finns inte/,
        ),
        expect.stringMatching(
          /^overrides\.narhalsan\.roles\.deputy: Rollen "deputy" finns inte bland kampanjens roller \(contact\)/,
        ),
      ]),
    );
  });

  it('writes the same problems in English when asked', async () => {
    const en = await problemsOf(fixture('many-problems.yaml'), 'en');
    expect(en.map((p) => p.path)).toEqual(problems.map((p) => p.path));
    expect(at(en, 'titel')[0]!.message).toMatch(/^Unknown key "titel"\. Did you mean "title"\?/);
    expect(at(en, 'deadline').map((p) => p.message)).toContain(
      'Give either deadline or answerWindowDays, not both. Remove one of them.',
    );
  });
});

describe('loadCampaignFile: types and shapes', () => {
  it('says which kind of value belongs where, on the line of the wrong value', async () => {
    const problems = await problemsOf(fixture('wrong-types.yaml'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`)).toEqual([
      '6:10 requester.chair: Här ska stå en mappning (rader med nyckel: värde), men det står texten "Sven Tåpptorp".',
      expect.stringMatching(/^9:3 owners: Här ska stå en lista .*men det står en mappning/),
      '11:19 answerWindowDays: 2.5 är inget heltal. Skriv ett heltal, t.ex. 3.',
      expect.stringMatching(/^12:8 roles: Här ska stå en lista .*men det står texten "contact"/),
      expect.stringMatching(/^15:7 recipients\.organisations\[0\]\.mailboxes: Nyckeln "mailboxes" saknas/),
      expect.stringMatching(
        /^17:7 recipients\.organisations\[0\]\.mailbox: Okänd nyckel "mailbox"\. Menade du "mailboxes"\?/,
      ),
      '18:13 recipients.organisations[0].teams: Värdet är tomt. Skriv en mappning (rader med nyckel: värde).',
    ]);
  });
});

describe('loadCampaignFile: YAML syntax', () => {
  it('reports a quote that is never closed where it opens, not where the file ends', async () => {
    const [p, ...rest] = await problemsOf(fixture('syntax-error.yaml'));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ path: '', line: 2, column: 8 });
    expect(p!.message).toMatch(/^YAML-fel: Citattecknet som börjar här stängs aldrig/);
  });

  it('reports tab indentation on its line', async () => {
    const problems = await problemsOf(fixture('tab-indent.yaml'));
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, column: 1, message: expect.stringContaining('Tabbtecken') }),
    ]);
  });

  describe('in a temporary folder', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'campaign-file-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });
    const write = async (name: string, text: string) => {
      const file = path.join(dir, name);
      await writeFile(file, text);
      return file;
    };

    it('reports a key written twice at the second one', async () => {
      const problems = await problemsOf(await write('dup.yaml', 'id: a1\ntitle: Ett\ntitle: Två\n'));
      expect(problems).toEqual([
        expect.objectContaining({
          line: 3,
          column: 1,
          message: expect.stringMatching(/Nyckeln står två gånger/),
        }),
      ]);
    });

    it('reports an empty file as empty, and a list as the wrong kind of file', async () => {
      expect((await problemsOf(await write('empty.yaml', '# bara en kommentar\n')))[0]!.message).toMatch(
        /^Filen är tom/,
      );
      expect((await problemsOf(await write('list.yaml', '- id: a\n')))[0]!.message).toMatch(
        /^Filen ska vara en YAML-mappning.*men den är en lista/,
      );
    });

    it('reports a file that does not exist, or a folder, without a line', async () => {
      expect(await problemsOf(path.join(dir, 'finns-inte.yaml'))).toEqual([
        {
          file: path.join(dir, 'finns-inte.yaml'),
          path: '',
          message: 'Filen finns inte. Kontrollera sökvägen.',
        },
      ]);
      expect((await problemsOf(dir))[0]!.message).toMatch(/är en mapp/);
    });
  });
});

describe('loadCampaignFile: the register', () => {
  it("reports the register's own problems with the register's path and lines", async () => {
    const problems = await problemsOf(fixture('bad-register.yaml'));
    const register = fixture('organisations/broken-register.yaml');
    expect(problems.map((p) => [p.file, `${p.line}:${p.column} ${p.path}`])).toEqual([
      [register, '5:9 organisations[1].id'],
      [register, '6:11 organisations[1].name'],
      [register, '7:16 organisations[1].mailboxes'],
      [register, '8:5 organisations[1].teams.channelId'],
      [register, '8:14 organisations[1].teams.channel'],
      [register, '9:9 organisations[2].id'],
    ]);
    expect(problems[0]!.message).toContain('t.ex. "folktandvarden"');
    expect(problems[4]!.message).toMatch(/Okänd nyckel "channel"\. Menade du "channelId"\?/);
    expect(problems[5]!.message).toMatch(/"narhalsan" finns med mer än en gång/);
  });

  it('checks included ids, overrides and channels against the register, suggesting the id that was meant', async () => {
    const problems = await problemsOf(fixture('unknown-recipients.yaml'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path}`)).toEqual([
      '13:1 recipients',
      '15:40 recipients.include[2]',
      '16:13 recipients.exclude[0]',
      '18:3 overrides.regionhalsan',
      '23:7 overrides.folktandvarden.roles.contact',
    ]);
    const [shared, include, exclude, override, quota] = problems.map((p) => p.message);
    expect(shared).toMatch(/"narhalsan" och "folktandvarden" har samma Teams-kanal/);
    expect(include).toBe(
      'Organisationen "narhalsn" finns inte i registret organisations/register.yaml. Menade du "narhalsan"? Använd ett id från registret.',
    );
    expect(exclude).toMatch(/"koncernkontoret" finns inte i registret/);
    expect(override).toMatch(/Undantaget gäller "regionhalsan", som inte är mottagare/);
    expect(quota).toMatch(/min \(2\) större än max \(1\)/);
  });
});

describe('loadCampaignFile: a valid file', () => {
  it('returns the campaign with its recipients resolved from the register', async () => {
    const r = await loadCampaignFile(
      path.join(__dirname, '..', '..', '..', 'examples', 'referensgrupp-shvo.yaml'),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.campaign.organisations.map((o) => o.id)).toEqual([
      'fyrbodal',
      'goteborgsomradet',
      'skaraborg',
      'sodra-alvsborg',
    ]);
    expect(r.campaign.quotaOverrides).toEqual({ goteborgsomradet: { representative: { max: 4 } } });
    expect(r.file.answerWindowDays).toBe(21);
  });
});
