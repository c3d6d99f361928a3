import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type AccessToken,
  type TokenCredential,
} from '@azure/identity';
import type { GraphAuth } from '../../../src/config/config';
import {
  azureCredentialFactory,
  createGraphClient,
  DEV_GRAPH_TOKEN,
  GraphAuthenticationError,
  type CredentialFactory,
  type EntraAuth,
} from '../../../src/adapters/graph';
import { tokenProvider } from '../../../src/adapters/graph/behaviours/auth';

const GRAPH = 'https://graph.microsoft.com/v1.0';
const SECRET: GraphAuth = {
  kind: 'client-secret',
  tenantId: 'tenant-1',
  clientId: 'client-1',
  secret: 's3cret',
};
const HOUR = 3_600_000;

/** A credential that hands out numbered tokens and records what it was asked for; it has no network. */
function recordingFactory(lifetimeMs = HOUR, now = () => 0) {
  const made: { auth: EntraAuth; authorityHost?: string }[] = [];
  const scopes: (string | string[])[] = [];
  const factory: CredentialFactory = (auth, settings) => {
    made.push({ auth, ...settings });
    const credential: TokenCredential = {
      getToken: (scope) => {
        scopes.push(scope);
        const token: AccessToken = {
          token: `token-${scopes.length}`,
          expiresOnTimestamp: now() + lifetimeMs,
        };
        return Promise.resolve(token);
      },
    };
    return credential;
  };
  return { factory, made, scopes };
}

describe('which credential signs the requests', () => {
  test('a loopback Graph gets the fixed development token, and no credential is made', async () => {
    const { factory, made } = recordingFactory();
    const provider = tokenProvider({ kind: 'dev-token' }, 'https://127.0.0.1:4000/v1.0', factory, () => 0);
    await expect(provider.getAccessToken()).resolves.toBe(DEV_GRAPH_TOKEN);
    expect(DEV_GRAPH_TOKEN).toBe('contact-intake-local-development-token');
    expect(made).toEqual([]);
  });

  test('the development token is refused for a real Graph', () => {
    expect(() =>
      createGraphClient({ baseUrl: GRAPH, auth: { kind: 'dev-token' }, clientOrganisation: 'VGR' }),
    ).toThrow(/loopback/);
  });

  test('a real credential is refused for a loopback Graph: no real token goes to a local process', () => {
    const { factory, made } = recordingFactory();
    expect(() =>
      createGraphClient(
        { baseUrl: 'https://127.0.0.1:4000/v1.0', auth: SECRET, clientOrganisation: 'VGR' },
        { credentialFactory: factory },
      ),
    ).toThrow(/loopback/);
    expect(made).toEqual([]);
  });

  test('the credential is made on the first token request, not when the client is created', async () => {
    const { factory, made } = recordingFactory();
    createGraphClient(
      { baseUrl: GRAPH, auth: SECRET, clientOrganisation: 'VGR' },
      { credentialFactory: factory },
    );
    expect(made).toEqual([]);

    const provider = tokenProvider(SECRET, GRAPH, factory, () => 0);
    expect(made).toEqual([]);
    await provider.getAccessToken();
    expect(made).toEqual([{ auth: SECRET }]);
  });

  test.each<[GraphAuth['kind'], GraphAuth]>([
    ['client-secret', SECRET],
    [
      'client-certificate',
      { kind: 'client-certificate', tenantId: 't', clientId: 'c', certificatePath: '/run/cert.pem' },
    ],
    ['managed-identity', { kind: 'managed-identity' }],
    ['managed-identity', { kind: 'managed-identity', clientId: 'user-assigned-1' }],
  ])('the configured kind (%s) reaches the factory as configured', async (_kind, auth) => {
    const { factory, made } = recordingFactory();
    await tokenProvider(auth, GRAPH, factory, () => 0).getAccessToken();
    expect(made).toEqual([{ auth }]);
  });

  test('the scope is the base URL origin with /.default, and a national cloud gets its own authority', async () => {
    const global = recordingFactory();
    await tokenProvider(SECRET, GRAPH, global.factory, () => 0).getAccessToken();
    expect(global.scopes).toEqual(['https://graph.microsoft.com/.default']);

    const usGov = recordingFactory();
    await tokenProvider(SECRET, 'https://graph.microsoft.us/v1.0', usGov.factory, () => 0).getAccessToken();
    expect(usGov.scopes).toEqual(['https://graph.microsoft.us/.default']);
    expect(usGov.made[0]?.authorityHost).toBe('https://login.microsoftonline.us');

    const china = recordingFactory();
    await tokenProvider(
      SECRET,
      'https://microsoftgraph.chinacloudapi.cn/v1.0',
      china.factory,
      () => 0,
    ).getAccessToken();
    expect(china.scopes).toEqual(['https://microsoftgraph.chinacloudapi.cn/.default']);
    expect(china.made[0]?.authorityHost).toBe('https://login.chinacloudapi.cn');
  });

  test('a token is reused until five minutes before it expires, then renewed', async () => {
    let now = 0;
    const { factory, scopes } = recordingFactory(HOUR, () => now);
    const provider = tokenProvider(SECRET, GRAPH, factory, () => now);
    expect(await provider.getAccessToken()).toBe('token-1');
    now = HOUR - 6 * 60_000;
    expect(await provider.getAccessToken()).toBe('token-1');
    now = HOUR - 4 * 60_000;
    expect(await provider.getAccessToken()).toBe('token-2');
    expect(scopes).toHaveLength(2);
  });

  test('requests arriving together share one token request', async () => {
    const { factory, scopes } = recordingFactory();
    const provider = tokenProvider(SECRET, GRAPH, factory, () => 0);
    const tokens = await Promise.all([1, 2, 3].map(() => provider.getAccessToken()));
    expect(tokens).toEqual(['token-1', 'token-1', 'token-1']);
    expect(scopes).toHaveLength(1);
  });

  test('a credential failure is a GraphAuthenticationError naming the kind, without the secret', async () => {
    const failing: CredentialFactory = () => ({
      getToken: () => Promise.reject(new Error('AADSTS7000215: Invalid client secret provided.')),
    });
    const error = await tokenProvider(SECRET, GRAPH, failing, () => 0)
      .getAccessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphAuthenticationError);
    expect((error as Error).message).toBe('Could not get a Microsoft Graph token (client-secret)');
    expect(JSON.stringify(error)).not.toContain('s3cret');
  });
});

describe('the real credential classes (constructed only; this suite runs without a network)', () => {
  test('each kind gets its own class, never DefaultAzureCredential', () => {
    expect(azureCredentialFactory(SECRET as EntraAuth, {})).toBeInstanceOf(ClientSecretCredential);
    expect(
      azureCredentialFactory(
        { kind: 'client-certificate', tenantId: 't', clientId: 'c', certificatePath: '/x.pem' },
        {},
      ),
    ).toBeInstanceOf(ClientCertificateCredential);
    expect(azureCredentialFactory({ kind: 'managed-identity' }, {})).toBeInstanceOf(
      ManagedIdentityCredential,
    );
    expect(azureCredentialFactory({ kind: 'managed-identity', clientId: 'ua-1' }, {})).toBeInstanceOf(
      ManagedIdentityCredential,
    );
  });
});
