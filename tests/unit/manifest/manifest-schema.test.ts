import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv04, { type ErrorObject } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { buildPackage, PRODUCTION_ENV, removeTempDirs, type BuiltPackage } from './packager';

afterAll(removeTempDirs);

/**
 * Checked here on its own, not through the packager's code: the bundled schemas are read and compiled
 * afresh, so a packager that stopped validating would not take this test down with it.
 */
const SCHEMAS = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams',
);

function releasedVersions(): string[] {
  return readdirSync(SCHEMAS)
    .map((dir) => /^v(\d+)\.(\d+)$/.exec(dir))
    .filter((m): m is RegExpExecArray => m !== null)
    .filter((m) => existsSync(path.join(SCHEMAS, m[0], 'MicrosoftTeams.schema.json')))
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([major, minor]) => `${major}.${minor}`);
}

function schema(version: string, file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SCHEMAS, `v${version}`, file), 'utf8'));
}

/** Every problem with its JSON path, so a failure says what to fix. */
function problems(schemaObject: Record<string, unknown>, doc: unknown): string[] {
  // Microsoft's patterns are written for plain RegExp (`\b]` is invalid with the unicode flag).
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schemaObject);
  if (validate(doc)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
  );
}

/** `bots[0].commandLists[1].commands[0].title`-style keys for every string in the manifest. */
function stringKeys(node: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  if (typeof node === 'string') keys.set(prefix, node);
  else if (Array.isArray(node))
    node.forEach((item, i) => stringKeys(item, `${prefix}[${i}]`).forEach((v, k) => keys.set(k, v)));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node))
      stringKeys(value, prefix ? `${prefix}.${key}` : key).forEach((v, k) => keys.set(k, v));
  return keys;
}

/** The parts of the manifest these tests read. */
interface Manifest {
  $schema: string;
  manifestVersion: string;
  localizationInfo: unknown;
  name: unknown;
  developer: Record<string, unknown>;
  bots: unknown[];
}

describe('the packaged manifest and its English strings', () => {
  let built: BuiltPackage;
  let manifest: Manifest;
  let version: string;
  beforeAll(async () => {
    built = await buildPackage(PRODUCTION_ENV);
    manifest = built.manifest as unknown as Manifest;
    version = manifest.manifestVersion;
  });

  it('declares the newest released schema that @microsoft/app-manifest bundles', () => {
    const released = releasedVersions();
    expect(released.length).toBeGreaterThan(20);
    expect(version).toBe(released[released.length - 1]);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
  });

  it('validates offline against the bundled schema of the version it declares', () => {
    expect(problems(schema(version, 'MicrosoftTeams.schema.json'), manifest)).toEqual([]);
  });

  it('has English strings that validate against the localisation schema of the same version', () => {
    expect(built.english.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`,
    );
    expect(problems(schema(version, 'MicrosoftTeams.Localization.schema.json'), built.english)).toEqual([]);
  });

  it('translates every localisable Swedish string (names, descriptions, commands) and nothing that is not there', () => {
    const localisation = schema(version, 'MicrosoftTeams.Localization.schema.json') as {
      properties: Record<string, unknown>;
      patternProperties: Record<string, unknown>;
    };
    const fixed = Object.keys(localisation.properties).filter(
      (k) => k !== '$schema' && k !== 'localizationKeys',
    );
    const patterns = Object.keys(localisation.patternProperties).map((p) => new RegExp(p));
    const localisable = [...stringKeys(manifest).keys()].filter(
      (key) => fixed.includes(key) || patterns.some((p) => p.test(key)),
    );
    // The schema-driven list must hold what an admin and a user read, or the walk above is wrong.
    expect(localisable).toEqual(
      expect.arrayContaining(['name.short', 'name.full', 'description.short', 'description.full']),
    );
    expect(localisable.filter((k) => k.startsWith('bots[0].commandLists'))).toHaveLength(12);

    const translated = Object.keys(built.english).filter((k) => k !== '$schema');
    expect(translated.sort()).toEqual(localisable.sort());
    for (const key of translated) expect(built.english[key]?.trim()).not.toBe('');
  });

  it('is Swedish first, with the English file listed as an additional language', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv-SE',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(manifest.name).toEqual({ short: 'Kontaktinsamling', full: 'Insamling av kontaktpersoner' });
  });

  it('installs one conversational bot in teams and personal chats, and asks for nothing more', () => {
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]).toMatchObject({
      scopes: ['team', 'personal'],
      supportsFiles: false,
      isNotificationOnly: false,
    });
    // No tabs, no SSO, no legacy permissions, no resource-specific consent: a Teams admin approves a bot only.
    for (const key of [
      'permissions',
      'webApplicationInfo',
      'authorization',
      'staticTabs',
      'configurableTabs',
      'composeExtensions',
    ])
      expect(manifest).not.toHaveProperty(key);
  });

  it('names a developer whose links are on the service, not on an example domain', () => {
    for (const url of Object.values(manifest.developer).filter(
      (v) => typeof v === 'string' && v.includes('//'),
    ))
      expect(String(url).startsWith(`${PRODUCTION_ENV.PUBLIC_BASE_URL}/`)).toBe(true);
    expect(
      readFileSync(path.join(__dirname, '../../../manifest/manifest.template.json'), 'utf8'),
    ).not.toMatch(/\.example\b/);
  });
});
