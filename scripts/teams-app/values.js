/**
 * The values the manifest template's `${{NAME}}` placeholders are filled with, read from the same
 * environment the service runs with, so the package and the running service name the same bot and host.
 */

const { URL } = require('node:url');

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** Teams compares versions to decide that an upload is an update; it wants MAJOR.MINOR.PATCH. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Obviously fake, and reserved: `.invalid` never resolves, all-zero GUIDs name nothing in Entra ID. */
const FAKE = {
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  TEAMS_APP_ID: '00000000-0000-0000-0000-000000000002',
  PUBLIC_BASE_URL: 'https://contact-intake.invalid',
};

/** The environment variables the package needs, and what an operator should put in each. */
const REQUIRED = [
  {
    name: 'MicrosoftAppId',
    meaning:
      "the bot's Microsoft App ID (a GUID): the Azure Bot resource's app id, the same value the service runs with",
  },
  {
    name: 'TEAMS_APP_ID',
    meaning:
      'the Teams app\'s own id (a GUID): create it once (node -e "console.log(crypto.randomUUID())") and keep it for every version',
  },
  {
    name: 'PUBLIC_BASE_URL',
    meaning:
      'the public https address of the service, the same value the service runs with (e.g. https://intake.vgregion.example)',
  },
];

function checkGuid(name, value, problems) {
  if (!GUID.test(value))
    problems.push(`${name}: must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), got "${value}"`);
}

/** Returns the base URL without a trailing slash, or undefined after naming the problem. */
function checkBaseUrl(value, local, problems) {
  let url;
  try {
    url = new URL(value);
  } catch {
    problems.push(
      `PUBLIC_BASE_URL: must be an absolute URL such as https://intake.vgregion.example, got "${value}"`,
    );
    return undefined;
  }
  if (url.search || url.hash || url.username || url.password) {
    problems.push('PUBLIC_BASE_URL: must not carry a query, a fragment or credentials');
    return undefined;
  }
  if (!local && url.protocol !== 'https:') {
    problems.push(`PUBLIC_BASE_URL: Teams reaches the service over https only, got "${value}"`);
    return undefined;
  }
  if (!local && LOOPBACK.test(url.hostname)) {
    problems.push(
      `PUBLIC_BASE_URL: must be the address Teams users reach, not the loopback host "${url.hostname}"`,
    );
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`PUBLIC_BASE_URL: must be an http(s) address, got "${value}"`);
    return undefined;
  }
  return { base: url.href.replace(/\/+$/, ''), hostname: url.hostname };
}

/**
 * Reads the placeholder values from `env`. Every problem is listed at once. With `local`, each missing
 * required value is replaced by a fake one and named in `fakes`; values that are set are still checked.
 *
 * @param {Record<string, string | undefined>} env
 * @param {{ local: boolean, packageVersion: string }} options
 * @returns {{ values: Record<string, string>, fakes: string[], problems: string[] }}
 */
function resolveValues(env, { local, packageVersion }) {
  const problems = [];
  const fakes = [];
  const given = {};
  for (const { name, meaning } of REQUIRED) {
    const value = (env[name] ?? '').trim();
    if (value) given[name] = value;
    else if (local) {
      given[name] = FAKE[name];
      fakes.push(name);
    } else problems.push(`${name}: missing: ${meaning}`);
  }
  if (given.MicrosoftAppId) checkGuid('MicrosoftAppId', given.MicrosoftAppId, problems);
  if (given.TEAMS_APP_ID) checkGuid('TEAMS_APP_ID', given.TEAMS_APP_ID, problems);
  const version = (env.TEAMS_APP_VERSION ?? '').trim() || packageVersion;
  if (!SEMVER.test(version))
    problems.push(`TEAMS_APP_VERSION: must be MAJOR.MINOR.PATCH, e.g. 1.0.0, got "${version}"`);
  const url = given.PUBLIC_BASE_URL ? checkBaseUrl(given.PUBLIC_BASE_URL, local, problems) : undefined;
  if (problems.length > 0 || !url) return { values: {}, fakes, problems };

  return {
    values: {
      // GUIDs are case-insensitive; lower case is how the Azure portal and Teams show them.
      BOT_ID: given.MicrosoftAppId.toLowerCase(),
      APP_ID: given.TEAMS_APP_ID.toLowerCase(),
      APP_VERSION: version,
      PUBLIC_BASE_URL: url.base,
      PUBLIC_HOSTNAME: url.hostname,
    },
    fakes,
    problems,
  };
}

module.exports = { resolveValues };
