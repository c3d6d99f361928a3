import { randomUUID } from 'node:crypto';
import type { Server as NodeHttpServer, ServerResponse } from 'node:http';
import restify, { type Request, type Response, type Server } from 'restify';
import type { AppContext } from '../../app/context';
import type { Logger } from '../../app/ports/logger';
import { withLogContext } from '../logging/log-context';

/** Hands a Bot Framework request to the Teams adapter; the web adapter knows nothing of botbuilder. */
export type MessagesHandler = (req: Request, res: Response) => Promise<void>;

/** A group of routes mounted on the server (the response page, the chair's view, …). */
export type RouteModule = (server: Server) => void;

export interface HttpServerOptions {
  ctx: AppContext;
  messages: MessagesHandler;
  host: string;
  port: number;
  logger: Logger;
  routes?: RouteModule[];
  /** Readiness beyond "the process is up": e.g. the store answers. */
  ready?: () => Promise<boolean>;
}

export interface ShutdownOptions {
  /** How long requests in flight may take to finish; 10 s by default. */
  graceMs?: number;
  /** Ends the grace period instead of the timer (tests). */
  graceOver?: Promise<void>;
}

export interface ShutdownResult {
  /** Every request in flight finished within the grace period. */
  drained: boolean;
  /** Requests still running when the grace period ended; their connections were closed. */
  abandoned: number;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /** Stops accepting connections and waits for requests in flight (bounded); then every connection is closed. */
  shutdown(opts?: ShutdownOptions): Promise<ShutdownResult>;
  close(): Promise<void>;
}

export const DEFAULT_GRACE_MS = 10_000;
const REQUEST_ID_HEADER = 'x-request-id';
/** What a load balancer or a caller may pass as a request id: short, no spaces, nothing to inject into a log. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const PROBES = new Set(['/healthz', '/readyz']);

export function createHttpServer(opts: HttpServerOptions): Server {
  const server = restify.createServer({
    name: 'contact-intake',
    handleUncaughtExceptions: false,
    // The router (find-my-way) refuses path parameters over 100 characters by default, and a signed
    // response link is longer than that; TokenSigner rejects anything over 1024 itself.
    maxParamLength: 1024,
  } as restify.ServerOptions);
  const started = new WeakMap<Request, { reqId: string; at: bigint }>();

  // Before routing, so restify's own 404/405/400 answers carry the id too.
  server.pre((req: Request, res: Response, next: () => void) => {
    const given = req.headers[REQUEST_ID_HEADER];
    const reqId = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
    started.set(req, { reqId, at: process.hrtime.bigint() });
    res.header(REQUEST_ID_HEADER, reqId);
    withLogContext({ reqId }, next);
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));
  // The body arrives in stream events, which run outside the context set above: set it again for the
  // handler, so every line the use cases and the bot log for this request carries its id.
  server.use((req: Request, _res: Response, next: () => void) => {
    withLogContext({ reqId: started.get(req)?.reqId ?? randomUUID() }, next);
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    await opts.messages(req, res);
  });

  // restify 11 only takes two-argument handlers when they are async (else it expects `next`).
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  // Ready means the service can do its work: the store answers. A load balancer stops sending traffic otherwise.
  const ready = opts.ready ?? (() => opts.ctx.store.listCampaigns().then(() => true));
  server.get('/readyz', async (_req: Request, res: Response) => {
    let ok = false;
    try {
      ok = await ready();
    } catch (err) {
      opts.logger.warn({ err: err instanceof Error ? err.name : 'unknown' }, 'readiness check failed');
    }
    res.header('Cache-Control', 'no-store');
    res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable' });
  });

  for (const mount of opts.routes ?? []) mount(server);

  // One line per request: the route template, never the URL (response links carry their token in the path).
  server.on('after', (req: Request, res: Response) => {
    const begun = started.get(req);
    const route = req.getRoute()?.path;
    const line = {
      reqId: begun?.reqId,
      method: req.method,
      route: typeof route === 'string' ? route : null,
      status: res.statusCode,
      durationMs: begun ? Number((process.hrtime.bigint() - begun.at) / 1000n) / 1000 : undefined,
    };
    if (PROBES.has(String(route))) opts.logger.debug(line, 'request');
    else opts.logger.info(line, 'request');
  });

  // Errors answer with a fixed text per status; the details go to the log, never to the client.
  server.on('restifyError', (req: Request, res: Response, thrown: unknown, next: () => void) => {
    // Anything may be thrown; only an object can be told how to show itself.
    const err = typeof thrown === 'object' && thrown !== null ? (thrown as ErrorLike) : undefined;
    const status = err?.statusCode ?? 500;
    if (status >= 500) {
      const reqId = started.get(req)?.reqId;
      const name = err?.name ?? typeof thrown;
      opts.logger.error({ reqId, err: name, route: req.getRoute()?.path ?? null, status }, 'request failed');
    }
    const plain = plainError(status);
    if (!err) {
      // restify would send `String(thrown)` as the message.
      if (!res.headersSent) res.send(status, plain);
      return next();
    }
    // With a status restify sends this error itself (through toJSON below); without one it would
    // wrap it in an InternalError of its own making.
    err.statusCode = status;
    err.toJSON = () => plain;
    err.toString = () => plain.message;
    return next();
  });
  return server;
}

interface ErrorLike {
  name?: string;
  statusCode?: number;
  toJSON?: () => object;
  toString: () => string;
}

const PLAIN_ERRORS: Record<number, [string, string]> = {
  400: ['BadRequest', 'Bad request.'],
  401: ['Unauthorized', 'Unauthorized.'],
  403: ['Forbidden', 'Forbidden.'],
  404: ['NotFound', 'Not found.'],
  405: ['MethodNotAllowed', 'Method not allowed.'],
  406: ['NotAcceptable', 'Not acceptable.'],
  413: ['PayloadTooLarge', 'Request too large.'],
  415: ['UnsupportedMediaType', 'Unsupported media type.'],
};

/** restify's messages quote the path ("/respond/… does not exist") or the parser's complaint. */
function plainError(status: number): { code: string; message: string } {
  const known = PLAIN_ERRORS[status];
  if (known) return { code: known[0], message: known[1] };
  return status >= 500
    ? { code: 'InternalError', message: 'Internal error.' }
    : { code: 'BadRequest', message: 'Bad request.' };
}

export function listen(server: Server, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
      const inFlight = trackInFlight(server.server as NodeHttpServer);
      const shutdown = (opts: ShutdownOptions = {}) => drain(server.server as NodeHttpServer, inFlight, opts);
      resolve({
        url: `http://${shownHost}:${actualPort}`,
        port: actualPort,
        server,
        shutdown,
        close: () => shutdown().then(() => undefined),
      });
    });
  });
}

interface InFlight {
  count(): number;
  /** Called each time a response ends. */
  onSettled(listener: () => void): void;
}

function trackInFlight(http: NodeHttpServer): InFlight {
  let open = 0;
  const listeners: (() => void)[] = [];
  const track = (_req: unknown, res: ServerResponse) => {
    open++;
    res.once('close', () => {
      open--;
      for (const listener of listeners) listener();
    });
  };
  // A request with `Expect: 100-continue` arrives as checkContinue instead of request.
  http.on('request', track);
  http.on('checkContinue', track);
  return { count: () => open, onSettled: (listener) => void listeners.push(listener) };
}

async function drain(
  http: NodeHttpServer,
  inFlight: InFlight,
  opts: ShutdownOptions,
): Promise<ShutdownResult> {
  // close() stops accepting and resolves once the last connection has gone; idle keep-alive
  // connections would otherwise hold it open, so each one is closed as soon as it falls idle.
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  inFlight.onSettled(() => http.closeIdleConnections());

  let timer: NodeJS.Timeout | undefined;
  const graceOver =
    opts.graceOver ??
    new Promise<void>((resolve) => (timer = setTimeout(resolve, opts.graceMs ?? DEFAULT_GRACE_MS)));
  const drained = await Promise.race([closed.then(() => true), graceOver.then(() => false)]);
  clearTimeout(timer);
  if (drained) return { drained, abandoned: 0 };
  const abandoned = inFlight.count();
  http.closeAllConnections();
  await closed;
  return { drained, abandoned };
}
