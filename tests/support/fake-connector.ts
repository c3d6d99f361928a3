import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Bot Connector REST API (the `serviceUrl` Teams gives the bot), on loopback.
 * It answers the calls the bot makes the way the Bot Framework REST reference describes them and
 * records every call, so tests can see what the bot sent to Teams.
 */

/** One call the bot made. `activity` is the request body of create, send and update. */
export interface ConnectorCall {
  method: string;
  path: string;
  kind: 'create' | 'send' | 'update' | 'member' | 'members' | 'channels' | 'other';
  conversationId?: string;
  activityId?: string;
  body?: Record<string, unknown>;
  authorization?: string;
  /** What the fake answered. */
  status?: number;
  response?: unknown;
}

export interface ChannelMember {
  id: string;
  name: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
}

/** A failure the next matching call gets instead of its answer (throttling, outages). */
export interface Fault {
  kind: ConnectorCall['kind'];
  status: number;
  headers?: Record<string, string>;
}

export interface FakeConnector {
  /** Give this as the activities' serviceUrl. */
  url: string;
  calls: ConnectorCall[];
  /** Members a conversation lookup returns, by member id (Teams user ids like `29:…`). */
  members: Map<string, ChannelMember>;
  /** Channels per team id, as `GET /v3/teams/:id/conversations` lists them. */
  teamChannels: Map<string, { id: string; name?: string }[]>;
  failNext(fault: Fault): void;
  callsOf(kind: ConnectorCall['kind']): ConnectorCall[];
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const members = new Map<string, ChannelMember>();
  const teamChannels = new Map<string, { id: string; name?: string }[]>();
  const faults: Fault[] = [];
  let nextId = 1000;

  const server: Server = createServer((req, res) => {
    void readJson(req).then(
      (body) => {
        const call = classify(req, body);
        calls.push(call);
        const fault = faults.findIndex((f) => f.kind === call.kind);
        if (fault >= 0) {
          const [f] = faults.splice(fault, 1);
          return reply(
            call,
            res,
            f!.status,
            { error: { code: 'Injected', message: 'injected fault' } },
            f!.headers,
          );
        }
        answer(call, res);
      },
      () => {
        res.writeHead(400);
        res.end();
      },
    );
  });

  function answer(call: ConnectorCall, res: ServerResponse): void {
    switch (call.kind) {
      case 'create': {
        const channelId = (call.body?.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
        if (!call.body?.isGroup || !channelId) {
          return reply(call, res, 400, {
            error: { code: 'BadArgument', message: 'a channel id is required' },
          });
        }
        const activityId = String(nextId++);
        // Teams names a new channel thread after its root message.
        return reply(call, res, 201, { id: `${channelId};messageid=${activityId}`, activityId });
      }
      case 'send':
        return reply(call, res, 200, { id: String(nextId++) });
      case 'update':
        return reply(call, res, 200, { id: call.activityId });
      case 'member': {
        const m = members.get(call.activityId ?? '');
        return m
          ? reply(call, res, 200, m)
          : reply(call, res, 404, { error: { code: 'MemberNotFoundInConversation' } });
      }
      case 'members':
        return reply(call, res, 200, [...members.values()]);
      case 'channels': {
        const list = teamChannels.get(call.conversationId ?? '');
        return list
          ? reply(call, res, 200, { conversations: list })
          : reply(call, res, 404, { error: { code: 'NotFound', message: 'team not found' } });
      }
      default:
        return reply(call, res, 404, { error: { code: 'NotFound' } });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    members,
    teamChannels,
    failNext: (fault) => void faults.push(fault),
    callsOf: (kind) => calls.filter((c) => c.kind === kind),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function classify(req: IncomingMessage, body: Record<string, unknown> | undefined): ConnectorCall {
  const method = req.method ?? 'GET';
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const base = {
    method,
    path,
    ...(body ? { body } : {}),
    ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
  };
  let m: RegExpMatchArray | null;
  if (method === 'POST' && /^\/v3\/conversations\/?$/.test(path)) return { ...base, kind: 'create' };
  if ((m = path.match(/^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/))) {
    if (method === 'POST')
      return { ...base, kind: 'send', conversationId: m[1]!, ...(m[2] ? { activityId: m[2] } : {}) };
    if (method === 'PUT' && m[2]) return { ...base, kind: 'update', conversationId: m[1]!, activityId: m[2] };
  }
  if (method === 'GET' && (m = path.match(/^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/))) {
    return { ...base, kind: 'member', conversationId: m[1]!, activityId: m[2]! };
  }
  if (method === 'GET' && (m = path.match(/^\/v3\/conversations\/([^/]+)\/(paged)?members$/))) {
    return { ...base, kind: 'members', conversationId: m[1]! };
  }
  if (method === 'GET' && (m = path.match(/^\/v3\/teams\/([^/]+)\/conversations$/))) {
    return { ...base, kind: 'channels', conversationId: m[1]! };
  }
  return { ...base, kind: 'other' };
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve(undefined);
      try {
        resolve(JSON.parse(text) as Record<string, unknown>);
      } catch (err) {
        reject(err);
      }
    });
  });
}

function reply(
  call: ConnectorCall,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  call.status = status;
  call.response = body;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
