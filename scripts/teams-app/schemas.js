/**
 * The Teams manifest JSON schemas bundled by @microsoft/app-manifest, validated offline. Never fetch a
 * manifest's `$schema`: the package must build without network, and the bundled copy is the one reviewed.
 */
const fs = require('node:fs');
const path = require('node:path');
// The bundled schemas are draft-04; ajv-draft-04 is the validator @microsoft/app-manifest itself uses.
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const SCHEMA_ROOT = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);
const RELEASED = /^v(\d+)\.(\d+)$/;

/** Released schema versions ("1.30"), oldest first; devPreview is not a release and is left out. */
function bundledVersions() {
  return fs
    .readdirSync(SCHEMA_ROOT)
    .map((dir) => RELEASED.exec(dir))
    .filter((m) => m !== null && fs.existsSync(path.join(SCHEMA_ROOT, m[0], 'MicrosoftTeams.schema.json')))
    .map((m) => [Number(m[1]), Number(m[2])])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([major, minor]) => `${major}.${minor}`);
}

function newestVersion() {
  const all = bundledVersions();
  return all[all.length - 1];
}

/** The schema files of one version, or undefined when that version is not bundled. */
function schemaFiles(version) {
  const dir = path.join(SCHEMA_ROOT, `v${version}`);
  const manifest = path.join(dir, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(manifest)) return undefined;
  return { manifest, localization: path.join(dir, 'MicrosoftTeams.Localization.schema.json') };
}

/** The URL a file of that version names in `$schema`, as Microsoft publishes it. */
function schemaUrl(version, kind) {
  const file =
    kind === 'localization' ? 'MicrosoftTeams.Localization.schema.json' : 'MicrosoftTeams.schema.json';
  return `https://developer.microsoft.com/json-schemas/teams/v${version}/${file}`;
}

function describe(error) {
  const where = error.instancePath || '(top level)';
  const p = error.params ?? {};
  let detail = '';
  if (p.additionalProperty !== undefined) detail = `: "${p.additionalProperty}"`;
  else if (Array.isArray(p.allowedValues))
    detail = `: ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  else if (p.allowedValue !== undefined) detail = `: ${JSON.stringify(p.allowedValue)}`;
  return `${where}: ${error.message}${detail}`;
}

/**
 * Compiles a bundled schema into a function that lists every problem of a document, each with its JSON
 * path (e.g. `/bots/0/scopes/2: must be equal to one of the allowed values: "team", ...`).
 *
 * @param {string} file
 * @returns {(doc: unknown) => string[]}
 */
function compileSchema(file) {
  const ajv = new Ajv04({
    allErrors: true,
    // Microsoft's schemas, not ours: their loose typing is not our concern, and their patterns are written
    // for JavaScript's plain RegExp (the localisation schema's `\b]` is invalid with the unicode flag).
    strict: false,
    unicodeRegExp: false,
  });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')));
  return (doc) => (validate(doc) ? [] : (validate.errors ?? []).map(describe));
}

module.exports = { bundledVersions, newestVersion, schemaFiles, schemaUrl, compileSchema };
