import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A tiny https server on loopback that answers each request with whatever the test scripts. For the edge
 * cases the fake Graph server has no switch for (a nextLink to another host, a Retry-After as an HTTP
 * date); everything Graph-shaped runs against tests/support/fake-graph. Needs NODE_EXTRA_CA_CERTS set to
 * the CA from scripts/test-tls.sh, like the fake.
 */
export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** 'drop': the socket is destroyed after the request was read; 'hang': no answer until the server stops. */
export type Scripted = { status: number; headers?: Record<string, string>; body?: unknown } | 'drop' | 'hang';

export interface ScriptedGraph {
  /** https://127.0.0.1:<port>/v1.0 */
  baseUrl: string;
  origin: string;
  seen: SeenRequest[];
  stop(): Promise<void>;
}

const TLS_DIR = path.resolve(__dirname, '../../artifacts/tls');

export async function startScriptedGraph(answer: (req: SeenRequest) => Scripted): Promise<ScriptedGraph> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer(
    {
      cert: readFileSync(path.join(TLS_DIR, 'server.pem')),
      key: readFileSync(path.join(TLS_DIR, 'server.key')),
    },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const request: SeenRequest = {
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        seen.push(request);
        const reply = answer(request);
        if (reply === 'drop') {
          req.socket.destroy();
          return;
        }
        if (reply === 'hang') return;
        const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
        res.writeHead(reply.status, {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...reply.headers,
        });
        res.end(body);
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${origin}/v1.0`,
    origin,
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
