import restify, { type Request, type Response, type Server } from 'restify';
import type { AppContext } from '../../app/context';
import type { Logger } from '../../app/ports/logger';

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

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export function createHttpServer(opts: HttpServerOptions): Server {
  const server = restify.createServer({
    name: 'contact-intake',
    handleUncaughtExceptions: false,
    // The router (find-my-way) refuses path parameters over 100 characters by default, and a signed
    // response link is longer than that; TokenSigner rejects anything over 1024 itself.
    maxParamLength: 1024,
  } as restify.ServerOptions);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));

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

  // Errors answer with a generic message; the details go to the log, never to the client.
  server.on(
    'restifyError',
    (
      req: Request,
      res: Response,
      err: Error & { statusCode?: number; toJSON?: () => object },
      next: () => void,
    ) => {
      const status = err.statusCode ?? 500;
      if (status >= 500)
        opts.logger.error({ err: err.name, route: req.getRoute()?.path, status }, 'request failed');
      err.toJSON = () => ({
        code: status >= 500 ? 'InternalError' : err.name,
        message: status >= 500 ? 'Internal error' : err.message,
      });
      err.toString = () => (status >= 500 ? 'Internal error' : err.message);
      return next();
    },
  );
  return server;
}

export function listen(server: Server, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
      resolve({
        url: `http://${shownHost}:${actualPort}`,
        port: actualPort,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
