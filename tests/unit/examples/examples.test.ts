import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCampaignFile } from '../../../src/adapters/campaign-file/load-campaign-file';
import type { Campaign } from '../../../src/domain/campaign';
import { fillMessage } from '../../../src/domain/message';
import { quotasFor } from '../../../src/domain/quota';

const ROOT = path.join(__dirname, '..', '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
/** The source letters live outside the repository; where they are present the examples are held against them. */
// CI clones the repository with ../shared beside it; SEEDS_DIR points elsewhere when it is not.
const SEEDS = process.env.SEEDS_DIR ?? path.resolve(__dirname, '../../../../shared/seeds');
const withSeeds = existsSync(SEEDS) ? it : it.skip;

function seed(prefix: string): string {
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}_* in ${SEEDS}`);
  return readFileSync(path.join(SEEDS, name), 'utf8');
}

async function load(name: string): Promise<Campaign> {
  const r = await loadCampaignFile(path.join(EXAMPLES, name));
  if (!r.ok)
    throw new Error(r.problems.map((p) => `${p.file}:${p.line}: ${p.path}: ${p.message}`).join('\n'));
  return r.campaign;
}

const limits = (c: Campaign, orgId: string) =>
  quotasFor(c, orgId).map((q) => `${q.role.id} ${q.min}-${q.max}`);

describe('examples/projektarbete-2025.yaml (seeds/000)', () => {
  let c: Campaign;
  beforeAll(async () => {
    c = await load('projektarbete-2025.yaml');
  });
  const letter = readFileSync(
    path.join(ROOT, 'tests', 'unit', 'fixtures', 'seed-000-letter.txt'),
    'utf8',
  ).trim();

  it("carries the letter's complete e-mail text, with the deadline filled in as the letter writes it", () => {
    expect(c.message).toContain('senast {{deadline}}.');
    expect(fillMessage(c.message, '2025-04-30')).toBe(letter);
  });

  withSeeds('whose text is the seed letter from "Anmälan av kontaktperson" through the signature', () => {
    const text = seed('000');
    const fromSeed = text
      .slice(text.indexOf('Anmälan av kontaktperson för dialog'))
      .trim()
      // The letter's real mailbox becomes its reserved-domain stand-in.
      .replace(/@vgregion\.se\b/g, '@vgregion.example');
    expect(letter).toBe(fromSeed);
  });

  it('asks every VGR administration for one contact person by 2025-04-30, late answers accepted', () => {
    expect(c.deadline).toEqual({ kind: 'date', date: '2025-04-30' });
    expect(c.timeZone).toBe('Europe/Stockholm');
    expect(c.replyTo).toBe('projektstyrningsmodell@vgregion.example');
    expect(c.requester.group).toBe('Samordningsgrupp projektarbete');
    expect(c.requester.chair.name).toBe('Sven Tåpptorp');
    expect(c.owners.map((o) => o.email)).toEqual(expect.arrayContaining([c.requester.chair.email]));
    expect(c.owners).toHaveLength(2);
    expect(c.roles).toEqual([
      expect.objectContaining({
        id: 'contact',
        name: 'Kontaktperson',
        nameEn: 'Contact person',
        min: 1,
        max: 1,
      }),
    ]);
    expect(c.latePolicy).toBe('accept');
    expect(c.organisations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'Sahlgrenska Universitetssjukhuset',
        'Södra Älvsborgs Sjukhus',
        'Skaraborgs Sjukhus',
        'NU-sjukvården',
        'Sjukhusen i väster',
        'Närhälsan',
        'Folktandvården',
        'Habilitering & Hälsa',
        'Regionhälsan',
        'Koncernkontoret',
        'Västfastigheter',
        'Koncernservice',
        'Västarvet',
        'Kultur i Väst',
        'Naturbruksförvaltningen',
      ]),
    );
  });

  it("registers Närhälsan and Folktandvården to the playground demo team's channels", () => {
    const channels = Object.fromEntries(c.organisations.filter((o) => o.teams).map((o) => [o.id, o.teams]));
    expect(channels).toEqual({
      narhalsan: { channelId: '19:demo-narhalsan', name: 'Närhälsan' },
      folktandvarden: { channelId: '19:demo-folktandvarden', name: 'Folktandvården' },
    });
  });
});

describe('examples/referensgrupp-shvo.yaml (seeds/002)', () => {
  let c: Campaign;
  beforeAll(async () => {
    c = await load('referensgrupp-shvo.yaml');
  });
  const SENTENCES = [
    'Representanter i Referensgrupp SHVO utses av och företräder sin delregionala vårdssamverkan.',
    'En till två representanter utses av vardera delregionalt vårdssamverkansområde. Göteborgsområdet kan ha upp till fyra representanter.',
    'Referensgrupp SHVO bör eftersträva jämn fördelning och representation från såväl kommun och region som från olika vårdnivåer.',
    '- kommunicera information och bereda frågor till och från sitt delregionala vårdssamverkansområde',
  ];

  it('asks the four sub-regions for one or two representatives, Göteborgsområdet up to four', () => {
    expect(c.organisations.map((o) => o.id)).toEqual([
      'fyrbodal',
      'goteborgsomradet',
      'skaraborg',
      'sodra-alvsborg',
    ]);
    expect(limits(c, 'goteborgsomradet')).toEqual(['representative 1-4']);
    for (const id of ['fyrbodal', 'skaraborg', 'sodra-alvsborg'])
      expect(limits(c, id)).toEqual(['representative 1-2']);
    expect(c.deadline).toEqual({ kind: 'window', days: 21 });
  });

  it('quotes the composition and the tasks of the group', () => {
    for (const s of SENTENCES) expect(c.message).toContain(s);
    expect(c.message).toContain('{{deadline}}');
  });

  withSeeds('with sentences that are in the seed', () => {
    const text = seed('002');
    for (const s of SENTENCES) expect(text).toContain(s);
  });
});

describe('examples/samordningsrad-kontaktperson.yaml (seeds/003, 004)', () => {
  let c: Campaign;
  beforeAll(async () => {
    c = await load('samordningsrad-kontaktperson.yaml');
  });
  const SENTENCES = [
    'Kontaktpersonen är länken mellan samordningsråd och ledningsgrupp hälso- och sjukvård.',
    'Huvudprincipen är att kontaktperson och ordförande i samordningsrådet kommer från olika förvaltningar.',
    '- Kontaktpersonen är kontaktvägen in till ledningsgrupp hälso- och sjukvård.',
  ];

  it('asks the healthcare administrations for a contact person and optionally a deputy, by a fixed date, no late answers', () => {
    expect(c.roles.map((r) => `${r.id} ${r.name} ${r.min}-${r.max}`)).toEqual([
      'contact Kontaktperson 1-1',
      'deputy Ersättare 0-1',
    ]);
    expect(c.deadline.kind).toBe('date');
    expect(c.latePolicy).toBe('refuse');
    expect(c.organisations.map((o) => o.id)).toEqual([
      'sahlgrenska',
      'sodra-alvsborgs-sjukhus',
      'skaraborgs-sjukhus',
      'nu-sjukvarden',
      'sjukhusen-i-vaster',
      'narhalsan',
      'folktandvarden',
      'habilitering-och-halsa',
      'regionhalsan',
    ]);
  });

  it('drafts its message from the assignment description', () => {
    for (const s of SENTENCES) expect(c.message).toContain(s);
  });

  withSeeds('with sentences that are in the seed', () => {
    const text = seed('003');
    for (const s of SENTENCES) expect(text).toContain(s);
  });
});

describe('every example', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );

  it('uses e-mail addresses on the reserved .example domain only', () => {
    const addresses = files(EXAMPLES).flatMap(
      (f) => readFileSync(f, 'utf8').match(/[\w.+-]+@[\w.-]+/g) ?? [],
    );
    expect(addresses.length).toBeGreaterThan(20);
    expect(addresses.filter((a) => !a.endsWith('.example'))).toEqual([]);
  });
});
