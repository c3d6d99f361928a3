import { loadConfig, type Config } from '../../../src/config/config';

const CWD = '/srv/contact-intake';
const SECRET = 'k'.repeat(48);

/** A complete production environment; each refusal test takes one piece away or spoils it. */
const PRODUCTION: NodeJS.ProcessEnv = {
  MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppTenantId: '66666666-7777-4888-9999-000000000000',
  SIGNING_SECRET: SECRET,
  PUBLIC_BASE_URL: 'https://intake.vgregion.example',
  STORE: 'sharepoint',
  SHAREPOINT_SITE_ID: 'vgregion.sharepoint.example,1,2',
  MAIL: 'graph',
  MAIL_SENDER: 'kontaktinsamling@vgregion.example',
  AZURE_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
};

function ok(env: NodeJS.ProcessEnv): Config {
  const result = loadConfig(env, CWD);
  if (!result.ok) throw new Error(`expected a valid configuration, got:\n${result.problems.join('\n')}`);
  return result.config;
}

function problems(env: NodeJS.ProcessEnv): string[] {
  const result = loadConfig(env, CWD);
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.problems;
}

describe('configuration on the embedded defaults (local mode)', () => {
  it('needs nothing: SQLite, the outbox, loopback only, a local public URL, quiet logs', () => {
    const c = ok({});
    expect(c.mode).toBe('local');
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(3978);
    expect(c.publicBaseUrl).toBe('http://localhost:3978');
    expect(c.store).toEqual({ kind: 'sqlite', path: '/srv/contact-intake/data/intake.db' });
    expect(c.mail).toEqual({ kind: 'outbox', dir: '/srv/contact-intake/outbox' });
    expect(c.logLevel).toBe('warn');
    expect(c.mailPace).toEqual({ perMinute: 30, concurrency: 4 });
  });

  it('talks to a loopback Graph test server with the development token, never Entra ID', () => {
    expect(ok({ GRAPH_BASE_URL: 'https://127.0.0.1:8443/v1.0' }).graph.auth).toEqual({ kind: 'dev-token' });
  });

  it('lists every problem at once, each naming its variable', () => {
    const found = problems({ PORT: 'abc', STORE: 'oracle', MAIL: 'smtp', MAIL_CONCURRENCY: '9' });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(['MAIL', 'MAIL_CONCURRENCY', 'PORT', 'STORE']);
    expect(found.find((p) => p.startsWith('MAIL_CONCURRENCY'))).toContain('at most 4');
  });

  it('asks for what a chosen back end needs', () => {
    expect(problems({ STORE: 'sharepoint', MAIL: 'graph' })).toEqual([
      'SHAREPOINT_SITE_ID: required when STORE=sharepoint',
      'MAIL_SENDER: required when MAIL=graph (the service mailbox UPN)',
    ]);
  });
});

describe('production mode (MicrosoftAppId set) fails closed', () => {
  it('starts with a complete environment: all interfaces, managed identity for Graph, info logs', () => {
    const c = ok(PRODUCTION);
    expect(c.mode).toBe('production');
    expect(c.host).toBe('0.0.0.0');
    expect(c.graph.auth).toEqual({ kind: 'managed-identity', clientId: PRODUCTION.AZURE_CLIENT_ID });
    expect(c.logLevel).toBe('info');
  });

  const refusals: [string, NodeJS.ProcessEnv, string][] = [
    ['no signing secret', { SIGNING_SECRET: undefined }, 'SIGNING_SECRET: required in production'],
    ['a short signing secret', { SIGNING_SECRET: 'kort-hemlighet' }, 'at least 32 characters'],
    [
      'an unresolved Key Vault reference as the signing secret',
      {
        SIGNING_SECRET:
          '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.example/secrets/signing-secret)',
      },
      'the Key Vault reference was not resolved',
    ],
    [
      'no public URL',
      { PUBLIC_BASE_URL: undefined },
      'PUBLIC_BASE_URL: required in production and must start with https://',
    ],
    [
      'a plain-http public URL',
      { PUBLIC_BASE_URL: 'http://intake.vgregion.example' },
      'must start with https://',
    ],
    [
      'an http Graph',
      { GRAPH_BASE_URL: 'http://graph.example/v1.0' },
      'GRAPH_BASE_URL: must use https:// in production',
    ],
    [
      'a loopback Graph',
      { GRAPH_BASE_URL: 'https://127.0.0.1:8443/v1.0' },
      'a loopback Graph is for local tests',
    ],
    ['no tenant', { MicrosoftAppTenantId: undefined }, 'MicrosoftAppTenantId: required in production'],
    [
      'a single-tenant bot without its password',
      { MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: undefined },
      'MicrosoftAppPassword: required in production unless MicrosoftAppType=UserAssignedMSI',
    ],
    [
      'a new multi-tenant registration',
      { MicrosoftAppType: 'MultiTenant' },
      'multi-tenant bot registrations are not allowed',
    ],
    [
      "a loopback public URL (links would point at the reader's own machine)",
      { PUBLIC_BASE_URL: 'https://localhost:3978' },
      'PUBLIC_BASE_URL: a loopback address is for local mode; production needs its public host name',
    ],
    [
      'a public URL on 127.0.0.1',
      { PUBLIC_BASE_URL: 'https://127.0.0.1' },
      'PUBLIC_BASE_URL: a loopback address is for local mode',
    ],
    [
      'Bot Framework token keys fetched over plain http',
      {
        ToBotFromChannelOpenIdMetadataUrl:
          'http://login.botframework.example/v1/.well-known/openidconfiguration',
      },
      'ToBotFromChannelOpenIdMetadataUrl: must use https:// in production',
    ],
    [
      'a plain-http token issuer',
      { ToBotFromChannelTokenIssuer: 'http://api.botframework.example' },
      'ToBotFromChannelTokenIssuer: must use https:// in production',
    ],
    [
      'emulator token keys fetched over plain http',
      {
        ToBotFromEmulatorOpenIdMetadataUrl:
          'http://login.microsoftonline.example/common/v2.0/.well-known/openid-configuration',
      },
      'ToBotFromEmulatorOpenIdMetadataUrl: must use https:// in production',
    ],
  ];

  it.each(refusals)('refuses %s, saying why', (_what, change, message) => {
    const found = problems({ ...PRODUCTION, ...change });
    expect(found.some((p) => p.includes(message))).toBe(true);
  });

  it("checks inbound Bot Framework tokens against the public cloud unless a sovereign cloud's endpoints are set", () => {
    expect(ok(PRODUCTION).bot.cloud).toBeUndefined();
    const sovereign = {
      ToBotFromChannelOpenIdMetadataUrl:
        'https://login.botframework.azure.us/v1/.well-known/openidconfiguration',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.us',
    };
    expect(ok({ ...PRODUCTION, ...sovereign }).bot.cloud).toEqual(sovereign);
    expect(problems({ ...PRODUCTION, ToBotFromChannelTokenIssuer: 'api.botframework.us' })).toEqual([
      'ToBotFromChannelTokenIssuer: must be an absolute URL',
    ]);
  });

  it('does not assume a development token or loopback binding anywhere', () => {
    const c = ok({ ...PRODUCTION, GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0' });
    expect(c.graph.auth.kind).not.toBe('dev-token');
    expect(c.host).not.toBe('127.0.0.1');
  });
});
