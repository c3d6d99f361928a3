import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * App Service's managed identity endpoint, on loopback: what IDENTITY_ENDPOINT and IDENTITY_HEADER name in
 * a web app. With UserAssignedMSI, botbuilder asks it for the token it sends to the Bot Connector
 * (through @azure/identity, which picks the App Service source from those two variables and so never
 * probes the instance metadata address). Set in this test file's process.env while it runs.
 */

export interface TokenRequest {
  resource: string | null;
  clientId: string | null;
  apiVersion: string | null;
  secretHeader: string | undefined;
}

export interface FakeManagedIdentity {
  /** The access token it hands out; it must never appear in a log. */
  accessToken: string;
  requests: TokenRequest[];
  close(): Promise<void>;
}

export async function startFakeManagedIdentity(): Promise<FakeManagedIdentity> {
  const accessToken = `msi-${randomBytes(24).toString('hex')}`;
  const secret = randomBytes(16).toString('hex');
  const requests: TokenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: TokenRequest = {
      resource: url.searchParams.get('resource'),
      clientId: url.searchParams.get('client_id'),
      apiVersion: url.searchParams.get('api-version'),
      secretHeader: req.headers['x-identity-header'] as string | undefined,
    };
    requests.push(request);
    if (request.secretHeader !== secret) {
      res.writeHead(401, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: 'unauthorized' }));
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        access_token: accessToken,
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource: request.resource,
        token_type: 'Bearer',
        client_id: request.clientId,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };
  process.env.IDENTITY_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}/msi/token`;
  process.env.IDENTITY_HEADER = secret;
  return {
    accessToken,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        restore('IDENTITY_ENDPOINT', saved.endpoint);
        restore('IDENTITY_HEADER', saved.header);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
