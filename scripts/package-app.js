#!/usr/bin/env node
/**
 * `npm run package [-- --local] [-- --out <zip>] [-- --manifest-dir <dir>]`
 *
 * Builds the Teams app package: fills manifest/manifest.template.json's `${{NAME}}` placeholders from the
 * environment, validates the manifest and its language files offline against the schemas bundled by
 * @microsoft/app-manifest, checks the icons against Teams' rules, and writes a zip with every file at its
 * root (Teams refuses a package whose manifest.json sits in a folder). See manifest/README.md.
 *
 * Exit codes as the rest of the project: 0 written, 2 bad usage or configuration, 1 anything else.
 */
const { Buffer } = require('node:buffer');
const fs = require('node:fs');
const path = require('node:path');
const { pipeline } = require('node:stream/promises');
const yazl = require('yazl');
const { resolveValues } = require('./teams-app/values');
const { fillPlaceholders } = require('./teams-app/placeholders');
const {
  bundledVersions,
  newestVersion,
  schemaFiles,
  schemaUrl,
  compileSchema,
} = require('./teams-app/schemas');
const { checkColorIcon, checkOutlineIcon } = require('./teams-app/icons');

const ROOT = path.resolve(__dirname, '..');
const TEMPLATE = 'manifest.template.json';
/** A fixed time stamp: the same inputs give the same zip, whoever builds it and whenever. */
const ZIP_TIME = new Date(2000, 0, 1);

class Refusal extends Error {
  constructor(code, lines) {
    super(lines.join('\n'));
    this.code = code;
    this.lines = lines;
  }
}

const USAGE = [
  'usage: npm run package [-- --local] [-- --out <zip file>] [-- --manifest-dir <dir>]',
  '  --local          fill missing values with obviously fake ones (a package for local tests, never for upload)',
  '  --out            where to write the zip (default dist/teams-app/contact-intake.zip, -local.zip with --local)',
  '  --manifest-dir   the folder with manifest.template.json, its language files and icons (default manifest/)',
];

function parseArgs(argv) {
  const options = { local: false, out: undefined, manifestDir: path.join(ROOT, 'manifest') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--local') options.local = true;
    else if ((arg === '--out' || arg === '--manifest-dir') && argv[i + 1] && !argv[i + 1].startsWith('--')) {
      const value = path.resolve(argv[++i]);
      if (arg === '--out') options.out = value;
      else options.manifestDir = value;
    } else if (arg === '--help' || arg === '-h') throw new Refusal(0, USAGE);
    else throw new Refusal(2, [`package: unknown or incomplete argument "${arg}"`, ...USAGE]);
  }
  const name = options.local ? 'contact-intake-local.zip' : 'contact-intake.zip';
  options.out ??= path.join(ROOT, 'dist', 'teams-app', name);
  return options;
}

function readJson(file, problems) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${path.basename(file)}: cannot be read as JSON (${err.message})`);
    return undefined;
  }
}

/** A file the manifest names must sit beside it: the zip has no folders. */
function packagedFile(dir, name, what, problems) {
  if (typeof name !== 'string' || name !== path.basename(name) || name === TEMPLATE) {
    problems.push(
      `${TEMPLATE}: ${what} must be a plain file name next to the manifest, got ${JSON.stringify(name)}`,
    );
    return undefined;
  }
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) {
    problems.push(`${name}: ${what} is named in the manifest but missing from ${dir}`);
    return undefined;
  }
  return file;
}

/** Returns the zip's entries (name -> bytes) and what to tell the operator about each. */
function buildEntries(dir, values) {
  const problems = [];
  const notes = [];
  const template = readJson(path.join(dir, TEMPLATE), problems);
  if (!template) throw new Refusal(1, problems);

  const version = template.manifestVersion;
  const schemas = typeof version === 'string' ? schemaFiles(version) : undefined;
  if (!schemas)
    throw new Refusal(1, [
      `${TEMPLATE}: manifestVersion ${JSON.stringify(version)} is not bundled by @microsoft/app-manifest ` +
        `(bundled: ${bundledVersions().join(', ')})`,
    ]);
  if (version !== newestVersion())
    notes.push(`note: manifest schema ${newestVersion()} is bundled; the manifest still declares ${version}`);

  const manifest = fillPlaceholders(template, values, TEMPLATE);
  problems.push(...manifest.problems);
  const filled = manifest.filled;
  if (filled.$schema !== schemaUrl(version, 'manifest'))
    problems.push(
      `${TEMPLATE}: /$schema: must be ${schemaUrl(version, 'manifest')} for manifestVersion ${version}`,
    );
  problems.push(...compileSchema(schemas.manifest)(filled).map((p) => `manifest.json: ${p}`));

  const entries = new Map([['manifest.json', Buffer.from(`${JSON.stringify(filled, null, 2)}\n`)]]);
  if (!Array.isArray(filled.bots) || filled.bots.length !== 1)
    problems.push(`${TEMPLATE}: /bots: the app is a bot; the manifest must declare exactly one`);
  const info = filled.localizationInfo ?? {};
  const languageFiles = [
    ...(info.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(Array.isArray(info.additionalLanguages) ? info.additionalLanguages.map((l) => l.file) : []),
  ];
  const validateLanguage = compileSchema(schemas.localization);
  for (const name of languageFiles) {
    const file = packagedFile(dir, name, 'a language file', problems);
    const strings = file && readJson(file, problems);
    if (!strings) continue;
    const language = fillPlaceholders(strings, values, name);
    problems.push(...language.problems);
    if (language.filled.$schema !== schemaUrl(version, 'localization'))
      problems.push(
        `${name}: /$schema: must be ${schemaUrl(version, 'localization')}, the manifest's version`,
      );
    problems.push(...validateLanguage(language.filled).map((p) => `${name}: ${p}`));
    entries.set(name, Buffer.from(`${JSON.stringify(language.filled, null, 2)}\n`));
  }

  const icons = filled.icons ?? {};
  for (const [kind, check] of [
    ['color', checkColorIcon],
    ['outline', checkOutlineIcon],
  ]) {
    const file = packagedFile(dir, icons[kind], `the ${kind} icon`, problems);
    if (!file) continue;
    const bytes = fs.readFileSync(file);
    problems.push(...check(bytes, icons[kind]));
    entries.set(icons[kind], bytes);
  }
  if (problems.length > 0)
    throw new Refusal(1, [
      'package: the Teams app package was not written; fix these first:',
      ...problems.map((p) => `  - ${p}`),
    ]);
  return { entries, manifest: filled, notes };
}

async function writeZip(out, entries) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name, { mtime: ZIP_TIME, mode: 0o100644 });
  zip.end();
  // Written beside the target and renamed: nobody uploads a half-written package.
  const partial = `${out}.partial`;
  await pipeline(zip.outputStream, fs.createWriteStream(partial));
  fs.renameSync(partial, out);
}

function summary(out, entries, manifest, fakes) {
  const bot = manifest.bots[0];
  const languages = new Map(
    (manifest.localizationInfo.additionalLanguages ?? []).map((l) => [l.file, l.languageTag]),
  );
  const what = {
    'manifest.json':
      `schema ${manifest.manifestVersion}, app ${manifest.version}, app id ${manifest.id}, ` +
      `bot ${bot.botId} (${bot.scopes.join(', ')}), valid domains ${(manifest.validDomains ?? []).join(', ')}`,
    [manifest.icons.color]: 'colour icon, 192x192',
    [manifest.icons.outline]: 'outline icon, 32x32',
  };
  const relative = path.relative(process.cwd(), out);
  const lines = [`package: wrote ${relative && !relative.startsWith('..') ? relative : out}`];
  for (const [name, bytes] of entries) {
    const about =
      what[name] ?? (languages.has(name) ? `strings for language "${languages.get(name)}"` : 'file');
    lines.push(`  ${name.padEnd(14)} ${about} (${bytes.length} bytes)`);
  }
  if (fakes.length > 0) {
    lines.push(
      `package: LOCAL TEST PACKAGE: fake values for ${fakes.join(', ')}. Do not upload it to a real tenant;`,
      '         set those variables and run `npm run package` without --local for a real package.',
    );
  } else {
    lines.push(
      'package: upload it in the Teams admin center (Teams apps > Manage apps > Upload new app); see manifest/README.md',
    );
  }
  return lines;
}

function say(stream, lines) {
  stream.write(`${lines.join('\n')}\n`);
}

async function main(argv, env) {
  const options = parseArgs(argv);
  const packageVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const { values, fakes, problems } = resolveValues(env, { local: options.local, packageVersion });
  if (problems.length > 0) {
    throw new Refusal(2, [
      'package: cannot fill the Teams app manifest; set these environment variables:',
      ...problems.map((p) => `  - ${p}`),
      'package: for a package with obviously fake values, for local tests only: npm run package -- --local',
    ]);
  }
  // A stale zip from an earlier run must not look like the result of this one.
  fs.rmSync(options.out, { force: true });
  const { entries, manifest, notes } = buildEntries(options.manifestDir, values);
  await writeZip(options.out, entries);
  say(process.stdout, [...notes, ...summary(options.out, entries, manifest, fakes)]);
}

// exitCode, not exit(): the process ends once stdout and stderr are flushed, even into a pipe.
main(process.argv.slice(2), process.env).then(
  () => {
    process.exitCode = 0;
  },
  (err) => {
    if (err instanceof Refusal) {
      say(err.code === 0 ? process.stdout : process.stderr, err.lines);
      process.exitCode = err.code;
      return;
    }
    say(process.stderr, [`package: failed: ${err && err.stack ? err.stack : err}`]);
    process.exitCode = 1;
  },
);
