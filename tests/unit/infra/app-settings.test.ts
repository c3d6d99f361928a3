import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/config/config';
import { envSchema } from '../../../src/config/env-schema';
import { literal, stringItems, type Param } from './bicep-text';
import { allInfraFiles, appSettings, INFRA, moduleOf, param, readInfraFile } from './infra-files';

/**
 * The service reads exactly the variables in src/config/env-schema.ts; the template writes the web app's
 * settings in infra/modules/web-app.bicep. These tests keep the two in step: a setting the template forgets
 * leaves the service on a local default in production, and a misspelt one silently does nothing.
 */

/** Settings the service reads that the template leaves unset in Azure on purpose. */
const NOT_SET_IN_AZURE: Record<string, string> = {
  PORT: 'App Service sets PORT itself and forwards traffic to that port',
  SQLITE_PATH: 'embedded store only (STORE=sqlite); Azure uses the SharePoint lists',
  OUTBOX_DIR: 'outbox mail only (MAIL=outbox); Azure sends through Graph',
  DATA_DIR: "local mode's folder for its generated signing key; Azure reads SIGNING_SECRET from Key Vault",
  AZURE_CLIENT_SECRET: 'Graph signs in as the managed identity, which has no secret',
  AZURE_CLIENT_CERTIFICATE_PATH: 'Graph signs in as the managed identity, which has no certificate',
  MicrosoftAppPassword: 'the bot is UserAssignedMSI: no app password exists',
  ToBotFromChannelOpenIdMetadataUrl: "public cloud: botbuilder's own value; set only for a sovereign cloud",
  ToBotFromChannelTokenIssuer: "public cloud: botbuilder's own value; set only for a sovereign cloud",
  ToBotFromEmulatorOpenIdMetadataUrl: "public cloud: botbuilder's own value; set only for a sovereign cloud",
};

/** Settings for App Service or Node themselves, which the service's schema rightly does not know. */
const PLATFORM_SETTINGS: Record<string, string> = {
  NODE_ENV: 'read by Node libraries (production behaviour), not by the service',
  AZURE_TOKEN_CREDENTIALS:
    "read by @azure/identity's DefaultAzureCredential (botbuilder's UserAssignedMSI sign-in): managed identity only",
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'where App Service and its agent send telemetry',
  ApplicationInsightsAgent_EXTENSION_VERSION: "switches App Service's Node.js auto-instrumentation on or off",
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'the deployed zip is already built; App Service must not build it again',
  WEBSITE_RUN_FROM_PACKAGE: 'runs the deployed zip read-only, swapped in as a whole',
};

/** Values only known in a real deployment (ids Azure assigns, required parameters without a default). */
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const CLIENT = '00000000-0000-0000-0000-0000000000bb';
const RUNTIME_SAMPLES: Record<string, string> = {
  PUBLIC_BASE_URL: 'https://app-contact-intake-x1.azurewebsites.net',
  AZURE_TENANT_ID: TENANT,
  AZURE_CLIENT_ID: CLIENT,
  MicrosoftAppId: CLIENT,
  MicrosoftAppTenantId: TENANT,
  // App Service replaces the Key Vault reference with the secret; the deployment refuses one under 32 characters.
  SIGNING_SECRET: 'k3Xq9vB2mT7rW4yZ8pL1nC6hJ5sD0fG2aE9uR3tY7iO4wQ1x',
};

const files = allInfraFiles();
const main = readInfraFile('infra/main.bicep');
const settings = appSettings(files);
const webModule = moduleOf(main, settings.file).body.object('params')!;
const example = JSON.parse(readFileSync(path.join(INFRA, 'main.parameters.example.json'), 'utf8')) as {
  parameters: Record<string, { value: unknown }>;
};

const schemaKeys = Object.keys(envSchema.shape);
const templateKeys = settings.object.keys();
const shape = envSchema.shape as Record<string, (typeof envSchema.shape)[keyof typeof envSchema.shape]>;

/** The main.bicep param a setting's value comes from, if it is `p` or `string(p)` passed straight through. */
function mainParamBehind(key: string): Param | undefined {
  const inner = /^(?:string\((\w+)\)|(\w+))$/.exec(settings.object.get(key) ?? '');
  const passed = inner ? webModule.get(inner[1] ?? inner[2]!) : undefined;
  return passed ? main.params.find((p) => p.name === passed) : undefined;
}

/** Every value a main.bicep param can give: its default, its allowed values, its bounds. */
function possibleValues(p: Param): string[] {
  const out: string[] = [];
  const fromDefault =
    literal(p.defaultValue) ?? (/^\d+$/.test(p.defaultValue ?? '') ? p.defaultValue : undefined);
  if (fromDefault !== undefined) out.push(fromDefault);
  for (const d of p.decorators) {
    if (d.name === 'allowed') out.push(...stringItems(d.args));
    if (d.name === 'minValue' || d.name === 'maxValue') out.push(d.args);
  }
  return out;
}

/** The value a deployment with default and example parameters gives a setting, and where it came from. */
function deployedValue(key: string): { value: string; from: string } | undefined {
  const value = settings.object.get(key);
  if (literal(value) !== undefined) return { value: literal(value)!, from: 'literal' };
  const p = mainParamBehind(key);
  const fromExample = p && example.parameters[p.name]?.value;
  if (typeof fromExample === 'string' || typeof fromExample === 'number')
    return { value: String(fromExample), from: 'example parameters' };
  const fromDefault = p && possibleValues(p)[0];
  if (fromDefault !== undefined) return { value: fromDefault, from: 'parameter default' };
  if (key in RUNTIME_SAMPLES) return { value: RUNTIME_SAMPLES[key]!, from: 'runtime sample' };
  return undefined;
}

describe('the web app settings in infra/ and the configuration schema', () => {
  it('cover every setting the service reads, or say why it is not set in Azure', () => {
    const missing = schemaKeys.filter((k) => !templateKeys.includes(k) && !(k in NOT_SET_IN_AZURE));
    expect(missing).toEqual([]);
  });

  it('set nothing the service does not read (a misspelt name would silently do nothing)', () => {
    const unknown = templateKeys.filter((k) => !schemaKeys.includes(k) && !(k in PLATFORM_SETTINGS));
    expect(unknown).toEqual([]);
  });

  it('leave unset what the allowlist says is unset, and list each setting once', () => {
    expect(templateKeys.filter((k) => k in NOT_SET_IN_AZURE)).toEqual([]);
    expect(templateKeys.filter((k, i) => templateKeys.indexOf(k) !== i)).toEqual([]);
  });

  it('keep both allowlists about real settings', () => {
    expect(Object.keys(NOT_SET_IN_AZURE).filter((k) => !schemaKeys.includes(k))).toEqual([]);
    expect(Object.keys(PLATFORM_SETTINGS).filter((k) => schemaKeys.includes(k))).toEqual([]);
    expect(Object.keys(PLATFORM_SETTINGS).filter((k) => !templateKeys.includes(k))).toEqual([]);
  });

  it('run the service against SharePoint and Graph as the managed identity', () => {
    const get = (k: string) => settings.object.get(k);
    expect([get('STORE'), get('MAIL'), get('MicrosoftAppType')]).toEqual([
      "'sharepoint'",
      "'graph'",
      "'UserAssignedMSI'",
    ]);
    // One identity is the bot and the Graph client; both tenant settings name its tenant.
    expect([get('MicrosoftAppId'), get('AZURE_CLIENT_ID')]).toEqual(['identityClientId', 'identityClientId']);
    expect([get('MicrosoftAppTenantId'), get('AZURE_TENANT_ID')]).toEqual(['tenantId', 'tenantId']);
    expect(webModule.get('identityClientId')).toBe('identity.properties.clientId');
    expect(get('PUBLIC_BASE_URL')).toMatch(/^'https:\/\//);
  });

  it('give only values the schema accepts, for every default, allowed value and bound', () => {
    const checked: string[] = [];
    const refused: string[] = [];
    for (const key of templateKeys.filter((k) => schemaKeys.includes(k))) {
      const value = literal(settings.object.get(key));
      const p = mainParamBehind(key);
      const candidates = value !== undefined ? [value] : p ? possibleValues(p) : [];
      for (const c of candidates) {
        if (!shape[key]!.safeParse(c).success) refused.push(`${key}=${c}`);
      }
      if (candidates.length > 0) checked.push(key);
    }
    expect(refused).toEqual([]);
    // The lookup must reach through to main.bicep's params, or this test would check nothing there.
    expect(checked).toEqual(
      expect.arrayContaining(['LOG_LEVEL', 'MAIL_PER_MINUTE', 'MAIL_CONCURRENCY', 'GRAPH_BASE_URL', 'STORE']),
    );
  });

  it('make a configuration the service accepts in production mode', () => {
    const env: Record<string, string> = {};
    const unresolved: string[] = [];
    const sources = new Map<string, string>();
    for (const key of templateKeys) {
      const v = deployedValue(key);
      if (!v) unresolved.push(key);
      else {
        env[key] = v.value;
        sources.set(key, v.from);
      }
    }
    expect(unresolved.filter((k) => schemaKeys.includes(k))).toEqual([]);
    // Each runtime sample stands for a value nothing else in the repository supplies.
    const stale = Object.keys(RUNTIME_SAMPLES).filter((k) => sources.get(k) !== 'runtime sample');
    expect(stale).toEqual([]);

    const result = loadConfig(env, '/srv/contact-intake');
    if (!result.ok) throw new Error(`refused: ${result.problems.join('; ')}`);
    expect(result.config.mode).toBe('production');
    expect(result.config.store.kind).toBe('sharepoint');
    expect(result.config.mail).toEqual({ kind: 'graph', sender: example.parameters.mailSender!.value });
    expect(result.config.graph.auth).toEqual({ kind: 'managed-identity', clientId: CLIENT });
    expect(result.config.bot).toMatchObject({ appId: CLIENT, appType: 'UserAssignedMSI', tenantId: TENANT });
  });

  it('read SIGNING_SECRET from Key Vault, never from the template text', () => {
    expect(settings.object.get('SIGNING_SECRET')).toMatch(/^'@Microsoft\.KeyVault\(SecretUri=\$\{\w+\}\)'$/);
    expect(webModule.get('signingKeyUri')).toBe('keyVault.outputs.signingKeyUri');
    expect(param(main, 'signingSecret').decorators.map((d) => d.name)).toContain('secure');
  });
});
