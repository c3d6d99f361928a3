import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import {
  buildPackage,
  manifestCopy,
  MANIFEST_DIR,
  PRODUCTION_ENV,
  removeTempDirs,
  ROOT,
  runPackager,
  tempDir,
  type BuiltPackage,
} from './packager';

interface Manifest {
  id: string;
  version: string;
  bots: { botId: string }[];
  validDomains: string[];
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
}

afterAll(removeTempDirs);

const packageVersion = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

describe('npm run package with the production environment', () => {
  let built: BuiltPackage;
  let manifest: Manifest;
  beforeAll(async () => {
    built = await buildPackage(PRODUCTION_ENV);
    manifest = built.manifest as unknown as Manifest;
  });

  it('writes a zip with exactly manifest.json, en.json, color.png and outline.png, all at its root', () => {
    expect([...built.files.keys()].sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('leaves no ${{…}} placeholder unfilled in any file', () => {
    expect(built.files.get('manifest.json')?.toString('utf8')).not.toContain('${{');
    expect(built.files.get('en.json')?.toString('utf8')).not.toContain('${{');
  });

  it("names the bot, the app and the service's host from the environment", () => {
    expect(manifest.bots.map((b) => b.botId)).toEqual([PRODUCTION_ENV.MicrosoftAppId]);
    expect(manifest.id).toBe(PRODUCTION_ENV.TEAMS_APP_ID);
    expect(manifest.validDomains).toEqual(['intake.vgregion.example']);
    expect(manifest.developer).toMatchObject({
      websiteUrl: 'https://intake.vgregion.example/',
      privacyUrl: 'https://intake.vgregion.example/privacy',
      termsOfUseUrl: 'https://intake.vgregion.example/terms',
    });
    expect(manifest.version).toBe(packageVersion);
  });

  it('packs the icons from manifest/ unchanged', () => {
    for (const icon of ['color.png', 'outline.png'])
      expect(built.files.get(icon)?.equals(readFileSync(path.join(MANIFEST_DIR, icon)))).toBe(true);
  });

  it('says where the package is and what went in', () => {
    expect(built.run.out).toMatch(/package: wrote .*contact-intake\.zip/);
    for (const name of ['manifest.json', 'en.json', 'color.png', 'outline.png'])
      expect(built.run.out).toContain(name);
    expect(built.run.out).not.toMatch(/fake/i);
  });
});

describe('npm run package configuration', () => {
  it('takes the app version from TEAMS_APP_VERSION, since Teams only updates an app whose version grew', async () => {
    const built = await buildPackage({ ...PRODUCTION_ENV, TEAMS_APP_VERSION: '1.4.2' });
    expect((built.manifest as unknown as Manifest).version).toBe('1.4.2');
  });

  it('refuses with exit code 2 and names every missing value, writing nothing', async () => {
    const zip = path.join(tempDir(), 'contact-intake.zip');
    const run = await runPackager(['--out', zip], {});
    expect(run.code).toBe(2);
    for (const name of ['MicrosoftAppId', 'TEAMS_APP_ID', 'PUBLIC_BASE_URL'])
      expect(run.err).toMatch(new RegExp(`${name}: missing`));
    expect(run.err).toContain('--local');
    expect(existsSync(zip)).toBe(false);
  });

  it('names only the value that is missing', async () => {
    const { TEAMS_APP_ID: _, ...rest } = PRODUCTION_ENV;
    const run = await runPackager(['--out', path.join(tempDir(), 'x.zip')], rest);
    expect(run.code).toBe(2);
    expect(run.err).toContain('TEAMS_APP_ID: missing');
    expect(run.err).not.toContain('MicrosoftAppId');
    expect(run.err).not.toContain('PUBLIC_BASE_URL');
  });

  it.each([
    ['http://intake.vgregion.example', 'https only'],
    ['https://localhost:3978', 'loopback'],
    ['intake.vgregion.example', 'absolute URL'],
  ])('refuses PUBLIC_BASE_URL=%s (%s) for a real package', async (url, why) => {
    const run = await runPackager(['--out', path.join(tempDir(), 'x.zip')], {
      ...PRODUCTION_ENV,
      PUBLIC_BASE_URL: url,
    });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(new RegExp(`PUBLIC_BASE_URL: .*${why}`));
  });

  it('refuses ids that are not GUIDs and a version Teams cannot compare', async () => {
    const run = await runPackager(['--out', path.join(tempDir(), 'x.zip')], {
      ...PRODUCTION_ENV,
      MicrosoftAppId: 'contact-intake-bot',
      TEAMS_APP_VERSION: '1.0',
    });
    expect(run.code).toBe(2);
    expect(run.err).toContain('MicrosoftAppId: must be a GUID');
    expect(run.err).toContain('TEAMS_APP_VERSION: must be MAJOR.MINOR.PATCH');
  });

  it('--local fills what is missing with obviously fake values and says so', async () => {
    const built = await buildPackage({}, ['--local']);
    const manifest = built.manifest as unknown as Manifest;
    expect(manifest.id).toBe('00000000-0000-0000-0000-000000000002');
    expect(manifest.bots[0]?.botId).toBe('00000000-0000-0000-0000-000000000001');
    expect(manifest.validDomains).toEqual(['contact-intake.invalid']);
    expect(built.run.out).toContain(
      'LOCAL TEST PACKAGE: fake values for MicrosoftAppId, TEAMS_APP_ID, PUBLIC_BASE_URL',
    );
  });

  it('--local keeps the values that are set', async () => {
    const built = await buildPackage({ MicrosoftAppId: PRODUCTION_ENV.MicrosoftAppId }, ['--local']);
    expect((built.manifest as unknown as Manifest).bots[0]?.botId).toBe(PRODUCTION_ENV.MicrosoftAppId);
    expect(built.run.out).toContain('fake values for TEAMS_APP_ID, PUBLIC_BASE_URL');
  });
});

describe('npm run package refuses broken content', () => {
  it('refuses an outline icon with a coloured pixel, and removes the zip of an earlier run', async () => {
    const dir = manifestCopy();
    const file = path.join(dir, 'outline.png');
    const png = PNG.sync.read(readFileSync(file));
    png.data.set([255, 0, 0, 255], (16 * 32 + 16) * 4);
    writeFileSync(file, PNG.sync.write(png));
    const zip = path.join(tempDir(), 'contact-intake.zip');
    writeFileSync(zip, 'an earlier package');

    const run = await runPackager(['--out', zip, '--manifest-dir', dir], PRODUCTION_ENV);

    expect(run.code).toBe(1);
    expect(run.err).toContain('outline.png: the outline icon may hold only white (#FFFFFF) and transparency');
    expect(existsSync(zip)).toBe(false);
  });

  it('lists every schema error with its JSON path', async () => {
    const dir = manifestCopy();
    const file = path.join(dir, 'manifest.template.json');
    const template = JSON.parse(readFileSync(file, 'utf8'));
    template.bots[0].scopes.push('channel');
    template.name.short = 'Kontaktinsamling för samordningsgrupper';
    writeFileSync(file, JSON.stringify(template));

    const run = await runPackager(
      ['--out', path.join(tempDir(), 'x.zip'), '--manifest-dir', dir],
      PRODUCTION_ENV,
    );

    expect(run.code).toBe(1);
    expect(run.err).toContain('manifest.json: /bots/0/scopes/2: must be equal to one of the allowed values');
    expect(run.err).toContain('manifest.json: /name/short: must NOT have more than 30 characters');
  });

  it('refuses a localisation key the schema does not know', async () => {
    const dir = manifestCopy();
    const file = path.join(dir, 'en.json');
    const strings = JSON.parse(readFileSync(file, 'utf8'));
    strings['bots[0].commandLists[0].commands[0].name'] = 'request';
    writeFileSync(file, JSON.stringify(strings));

    const run = await runPackager(
      ['--out', path.join(tempDir(), 'x.zip'), '--manifest-dir', dir],
      PRODUCTION_ENV,
    );

    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'en.json: (top level): must NOT have additional properties: "bots[0].commandLists[0].commands[0].name"',
    );
  });
});
