import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serverTls, TLS_CA_PATH } from '../../support/fake-graph/tls';

/**
 * The Bot Framework's token side, on loopback https: an OpenID configuration and its key set (JWKS), as
 * login.botframework.com publishes them, and a signer that makes the tokens the Bot Connector sends
 * (RS256, `kid` in the header). A second configuration stands for the emulator / Entra ID path.
 * The service fetches both with botbuilder's own client, so node must trust the test CA.
 */

if (!process.env.NODE_EXTRA_CA_CERTS) {
  throw new Error(
    `The token issuer speaks https with a test CA: run jest with NODE_EXTRA_CA_CERTS=${TLS_CA_PATH} (npm test does).`,
  );
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function newSigningKey(kid = randomUUID()): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

export interface SignOptions {
  /** The key that signs; the issuer's channel key by default. */
  key?: SigningKey;
  /** The `kid` written in the header; the signing key's own by default. */
  kid?: string;
  /** Header `alg`; only RS256 makes a real signature. */
  alg?: string;
}

export interface TokenIssuer {
  /** What the service's ToBotFromChannelTokenIssuer names; tokens carry it as `iss`. */
  issuer: string;
  channelMetadataUrl: string;
  emulatorMetadataUrl: string;
  /** Published in the channel key set, endorsed for Teams as the Bot Framework's keys are. */
  channelKey: SigningKey;
  /** Published in the emulator (Entra ID) key set. */
  emulatorKey: SigningKey;
  /** Every path the service fetched, in order. */
  fetched: string[];
  /** The environment that points a production service at this issuer. */
  env(): NodeJS.ProcessEnv;
  sign(claims: Record<string, unknown>, opts?: SignOptions): string;
  close(): Promise<void>;
}

export async function startTokenIssuer(): Promise<TokenIssuer> {
  const channelKey = newSigningKey();
  const emulatorKey = newSigningKey();
  const fetched: string[] = [];
  let base = '';

  const server: Server = createServer(serverTls(), (req, res) => {
    const path = new URL(req.url ?? '/', 'https://issuer.invalid').pathname;
    fetched.push(path);
    const documents: Record<string, unknown> = {
      '/v1/.well-known/openidconfiguration': openIdConfiguration(base, '/v1/keys'),
      '/v1/keys': { keys: [jwk(channelKey, ['msteams', 'emulator'])] },
      '/emulator/.well-known/openid-configuration': openIdConfiguration(base, '/emulator/keys'),
      '/emulator/keys': { keys: [jwk(emulatorKey)] },
    };
    const document = documents[path];
    res.writeHead(document ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(document ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/botframework`;

  return {
    issuer,
    channelMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    emulatorMetadataUrl: `${base}/emulator/.well-known/openid-configuration`,
    channelKey,
    emulatorKey,
    fetched,
    env: () => ({
      ToBotFromChannelOpenIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
      ToBotFromChannelTokenIssuer: issuer,
      ToBotFromEmulatorOpenIdMetadataUrl: `${base}/emulator/.well-known/openid-configuration`,
    }),
    sign: (claims, opts = {}) => signJwt(claims, opts.key ?? channelKey, opts),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function openIdConfiguration(base: string, keysPath: string) {
  return {
    issuer: `${base}/botframework`,
    authorization_endpoint: `${base}/authorize`,
    jwks_uri: `${base}${keysPath}`,
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
  };
}

function jwk(key: SigningKey, endorsements?: string[]) {
  const { n, e } = key.publicKey.export({ format: 'jwk' });
  return { kty: 'RSA', use: 'sig', kid: key.kid, n, e, ...(endorsements ? { endorsements } : {}) };
}

function signJwt(claims: Record<string, unknown>, key: SigningKey, opts: SignOptions): string {
  const header = { alg: opts.alg ?? 'RS256', typ: 'JWT', kid: opts.kid ?? key.kid };
  const encoded = `${b64(header)}.${b64(claims)}`;
  const signature =
    header.alg === 'none' ? '' : createSign('RSA-SHA256').update(encoded).sign(key.privateKey, 'base64url');
  return `${encoded}.${signature}`;
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Seconds since the epoch, as JWT times are written. */
export function epoch(offsetSeconds = 0): number {
  return Math.floor(Date.now() / 1000) + offsetSeconds;
}

/** The claims the Bot Connector's token carries for an activity sent to the bot. */
export function channelClaims(issuer: string, appId: string, serviceUrl: string): Record<string, unknown> {
  return {
    iss: issuer,
    aud: appId,
    serviceurl: serviceUrl,
    nbf: epoch(-60),
    iat: epoch(-60),
    exp: epoch(3600),
  };
}
