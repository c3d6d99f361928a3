import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { runBatch } from './batch';
import { faultReply, Faults } from './faults';
import { snapshotList } from './inspect';
import { GraphFailure, graphError, type Ctx, type GraphRequest, type Reply } from './reply';
import { buildRequest, lowerHeaders, parseBody, readableQuery } from './request';
import { route } from './router';
import { DEFAULT_SITE_ID, FakeState } from './state';
import { serverTls } from './tls';
import type { FakeGraph, FakeGraphOptions, RecordedRequest } from './types';

export * from './types';
export { TLS_CA_PATH } from './tls';
export { HONOR_NON_INDEXED } from './item-query';
export { BATCH_LIMIT } from './batch';

/**
 * A stand-in for Microsoft Graph (SharePoint lists and Outlook sendMail) on https://127.0.0.1,
 * written from Graph's documentation: tests of the SharePoint store, the Graph mailer and the
 * Graph client talk to it over real TLS, and read back what it holds and what it was asked.
 */

const VERSION = '/v1.0';
const MAX_BODY = 4 * 1024 * 1024;
const JSON_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function write(res: ServerResponse, ctx: Ctx, reply: Reply): void {
  const headers: Record<string, string> = {
    'request-id': ctx.requestId,
    'client-request-id': ctx.clientRequestId,
    'Cache-Control': 'no-cache',
    ...(reply.headers ?? {}),
  };
  // No chaining on writeHead: restify, loaded by other suites in the same jest worker, replaces
  // http.ServerResponse.prototype.writeHead with a version that returns undefined.
  if (reply.body === undefined) {
    res.writeHead(reply.status, { ...headers, 'Content-Length': '0' });
    res.end();
    return;
  }
  const payload = Buffer.from(JSON.stringify(reply.body), 'utf8');
  res.writeHead(reply.status, {
    ...headers,
    'Content-Type': JSON_TYPE,
    'OData-Version': '4.0',
    'Content-Length': String(payload.length),
  });
  res.end(payload);
}

export async function startFakeGraph(opts: FakeGraphOptions = {}): Promise<FakeGraph> {
  const now = opts.now ?? (() => new Date());
  const pageSize = opts.pageSize ?? 100;
  if (!(Number.isInteger(pageSize) && pageSize >= 1))
    throw new Error('fake Graph: pageSize must be a positive integer');
  if (
    opts.emptyPageEvery !== undefined &&
    !(Number.isInteger(opts.emptyPageEvery) && opts.emptyPageEvery >= 2)
  )
    throw new Error('fake Graph: emptyPageEvery must be an integer of at least 2');
  const state = new FakeState(opts.siteId ?? DEFAULT_SITE_ID, opts.mailboxes ?? [], now());
  const faults = new Faults(opts.seed ?? 1);
  const requests: RecordedRequest[] = [];
  let baseUrl = '';

  const context = (clientRequestId: string | undefined): Ctx => {
    const requestId = randomUUID();
    return {
      state,
      baseUrl,
      now,
      requestId,
      clientRequestId: clientRequestId ?? requestId,
      pageSize,
      emptyPageEvery: opts.emptyPageEvery,
    };
  };

  const record = (
    req: GraphRequest,
    authorized: boolean,
    extra: Partial<RecordedRequest> = {},
  ): RecordedRequest => {
    const entry: RecordedRequest = {
      method: req.method,
      path: req.path,
      query: readableQuery(req.rawQuery),
      status: 0,
      authorized,
      at: now().getTime(),
      ...extra,
    };
    if (req.headers['user-agent'] !== undefined) entry.userAgent = req.headers['user-agent'];
    if (req.headers.prefer !== undefined) entry.prefer = req.headers.prefer;
    if (req.headers['if-match'] !== undefined) entry.ifMatch = req.headers['if-match'];
    requests.push(entry);
    return entry;
  };

  /** A sub-request of a $batch: recorded, exposed to status faults, then routed. */
  const dispatchSub = (ctx: Ctx, sub: GraphRequest): Reply => {
    const entry = record(sub, true, { inBatch: true });
    const subCtx = { ...ctx, requestId: randomUUID() };
    const fault = faults.pick(sub.method, sub.path, true);
    let reply: Reply;
    if (fault) {
      entry.fault = fault.kind;
      reply = faultReply(subCtx, fault);
    } else if (sub.path.toLowerCase() === '/$batch') {
      reply = graphError(subCtx, 400, 'BadRequest', 'A batch cannot contain another batch.');
    } else {
      reply = route(subCtx, sub);
    }
    entry.status = reply.status;
    return reply;
  };

  const authorizedBy = (header: string | undefined): boolean => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return m !== null && (opts.token === undefined || m[1] === opts.token);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const headers = lowerHeaders(req.headers);
    const ctx = context(headers['client-request-id']);
    const url = req.url ?? '/';
    const inVersion = url === VERSION || url.startsWith(`${VERSION}/`) || url.startsWith(`${VERSION}?`);
    let graphReq: GraphRequest;
    try {
      graphReq = buildRequest(
        req.method ?? 'GET',
        inVersion ? url.slice(VERSION.length) : url,
        headers,
        undefined,
      );
    } catch (error) {
      if (!(error instanceof GraphFailure)) throw error;
      return write(res, ctx, graphError(ctx, error.status, error.code, error.message));
    }
    const authorized = authorizedBy(headers.authorization);
    const entry = record(graphReq, authorized);
    const answer = (reply: Reply): void => {
      entry.status = reply.status;
      write(res, ctx, reply);
    };
    if (!inVersion)
      return answer(
        graphError(ctx, 400, 'BadRequest', `Invalid version: the path must start with ${VERSION}.`),
      );
    if (!authorized) {
      const message = headers.authorization ? 'Access token validation failure.' : 'Access token is empty.';
      return answer(
        graphError(ctx, 401, 'InvalidAuthenticationToken', message, {
          headers: { 'WWW-Authenticate': 'Bearer realm=""' },
        }),
      );
    }
    if (raw === undefined)
      return answer(graphError(ctx, 413, 'BadRequest', 'The request body exceeds the maximum size.'));
    const fault = faults.pick(graphReq.method, graphReq.path, false);
    if (fault) entry.fault = fault.kind;
    if (fault && !fault.kind.startsWith('drop')) return answer(faultReply(ctx, fault));
    if (fault?.kind === 'drop-before') return void res.socket?.destroy();
    const parsed = parseBody(raw, headers['content-type']);
    graphReq.body = parsed.body;
    const reply = parsed.error
      ? graphError(ctx, 400, 'BadRequest', parsed.error)
      : graphReq.method === 'POST' && graphReq.path.toLowerCase() === '/$batch'
        ? runBatch(ctx, graphReq, (sub) => dispatchSub(ctx, sub))
        : route(ctx, graphReq);
    if (graphReq.path.toLowerCase() === '/$batch') entry.batchSize = countRequests(graphReq.body);
    // drop-after: the change is made, the caller never hears of it.
    if (fault?.kind === 'drop-after') return void res.socket?.destroy();
    answer(reply);
  };

  const server = createServer(serverTls(), (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const ctx = context(undefined);
      if (!res.headersSent)
        write(res, ctx, graphError(ctx, 500, 'generalException', `fake Graph failed: ${String(error)}`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}${VERSION}`;

  const mailbox = (userId: string) => {
    const box = state.findMailbox(userId);
    if (!box) throw new Error(`fake Graph: no mailbox '${userId}' (give it in options.mailboxes)`);
    return box;
  };

  return {
    baseUrl,
    requests,
    faults: { set: (rules) => faults.set(rules), clear: () => faults.clear() },
    sentMail: (userId) => structuredClone(mailbox(userId).posted),
    sentItems: (userId) => structuredClone(mailbox(userId).sentItems),
    list: (siteIdOrName, listName) => snapshotList(state, siteIdOrName, listName),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function countRequests(body: unknown): number | undefined {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  return Array.isArray(requests) ? requests.length : undefined;
}
