import type { Request, Response, Server } from 'restify';
import { createHttpServer, listen, type RunningServer } from '../../../src/adapters/web/http-server';
import { webRoutes } from '../../../src/adapters/web/routes';
import { responseLinkFromEmail } from '../../support/outbox';
import { botCampaign, CAMPAIGN_ID } from '../bot/fixture';
import { startProductionApp, type ProductionApp } from './production-app';
import { channelClaims, startTokenIssuer, type TokenIssuer } from './token-issuer';

/**
 * In production no error answer carries a stack trace, an internal message or the requested path:
 * restify's own 404/405/400/413/415, the Bot Framework endpoint's, and a route that throws — JSON and
 * HTML alike. The details go to the log (names of errors, never their messages' personal data).
 */

/** What must never reach a client: stack frames, error class names with messages, file paths, SQL. */
const INTERNALS =
  /\bat \S+ \(|\b[A-Z]\w*Error\b(?<!InternalError)|Error:|node_modules|\/srv\/|\/tmp\/|[Ss]qlite|SQLITE|SELECT |\.stack\b|Unexpected token/;

let issuer: TokenIssuer;
let app: ProductionApp;
let extra: RunningServer;

/** A route module that fails the way a bug or a broken disk would, with a message full of internals. */
const BOOM = 'SqliteError: database disk image is malformed (/srv/contact-intake/data/intake.db) at row 3';
function failingRoutes(server: Server): void {
  server.get('/boom', async (_req: Request, _res: Response) => {
    throw new Error(BOOM);
  });
  server.get('/boom-sync', (_req: Request, _res: Response, next: (err?: Error) => void) => {
    next(new Error(BOOM));
  });
  server.get('/boom-text', async (_req: Request, _res: Response) => {
    // Not an Error at all: restify would send it as the message.
    throw BOOM;
  });
}

async function call(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
}

beforeAll(async () => {
  issuer = await startTokenIssuer();
  app = await startProductionApp({ env: issuer.env(), campaign: botCampaign() });
  // The same server factory with one more route module that throws.
  const { ctx } = app.services;
  const server = createHttpServer({
    ctx,
    messages: app.services.teams.handler(ctx),
    host: '127.0.0.1',
    port: 0,
    logger: ctx.logger,
    routes: [...webRoutes(ctx), failingRoutes],
  });
  extra = await listen(server, '127.0.0.1', 0);
});

afterAll(async () => {
  await extra?.shutdown({ graceMs: 0 });
  await app?.stop();
  await issuer?.close();
});

describe("restify's own answers", () => {
  const cases: [string, string, RequestInit, number, { code: string; message: string }][] = [
    [
      'an unknown path',
      '/finns-inte/v1.eyJjIjoicHJvamVrdCJ9.c2lnbmF0dXJl',
      {},
      404,
      { code: 'NotFound', message: 'Not found.' },
    ],
    [
      'an unknown path, asked for as HTML',
      '/finns-inte',
      { headers: { accept: 'text/html' } },
      404,
      { code: 'NotFound', message: 'Not found.' },
    ],
    [
      'GET on the Bot Framework endpoint',
      '/api/messages',
      {},
      405,
      { code: 'MethodNotAllowed', message: 'Method not allowed.' },
    ],
    [
      'JSON that does not parse',
      '/api/messages',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message", ' },
      400,
      { code: 'BadRequest', message: 'Bad request.' },
    ],
    [
      'a body over the size limit',
      '/api/messages',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }),
      },
      413,
      { code: 'PayloadTooLarge', message: 'Request too large.' },
    ],
  ];

  it.each(cases)('%s: a fixed text, nothing of the request', async (_what, path, init, status, body) => {
    const res = await call(`${app.url}${path}`, init);
    expect(res.status).toBe(status);
    expect(JSON.parse(res.text)).toEqual(body);
    expect(res.text).not.toMatch(INTERNALS);
    expect(res.text).not.toContain('finns-inte');
  });
});

describe('the Bot Framework endpoint', () => {
  it('answers a body that is not an activity with a plain 400', async () => {
    const res = await call(app.messagesUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hello: 'world' }),
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({
      code: 'BadRequest',
      message: 'The request is not a valid activity.',
    });
  });
});

describe('a route that throws', () => {
  it.each(['/boom', '/boom-sync', '/boom-text'])(
    '%s: 500 with a fixed text; the log names the error, not its message',
    async (path) => {
      const before = app.logs.length;
      for (const accept of ['application/json', 'text/html']) {
        const res = await call(`${extra.url}${path}`, { headers: { accept } });
        expect(res.status).toBe(500);
        expect(res.text).not.toMatch(INTERNALS);
        expect(res.text).not.toContain('malformed');
        if (res.type.includes('json'))
          expect(JSON.parse(res.text)).toEqual({ code: 'InternalError', message: 'Internal error.' });
      }
      const logged = app.logs.slice(before).join('');
      expect(logged).toContain('"msg":"request failed"');
      expect(logged).toContain('"route":"/boom');
      expect(logged).not.toContain('malformed');
    },
  );
});

describe('when the store is gone', () => {
  it('the response page shows a plain page and readiness says unavailable', async () => {
    const link = app.local(await responseLinkFromEmail(app.outboxDir, CAMPAIGN_ID, 'skaraborg'));
    await app.ctx.store.close();

    const page = await call(link, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(500);
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('<h1>');
    expect(page.text).not.toMatch(INTERNALS);

    const ready = await call(`${app.url}/readyz`);
    expect([ready.status, JSON.parse(ready.text)]).toEqual([503, { status: 'unavailable' }]);
  });
});

describe('when the Bot Framework keys cannot be fetched', () => {
  it('answers 503 with a fixed text and logs an error', async () => {
    // A key server that is not there: a port nothing listens on (the request cannot leave loopback).
    const nowhere = 'https://127.0.0.1:9/v1/.well-known/openidconfiguration';
    const blind = await startProductionApp({
      env: { ...issuer.env(), ToBotFromChannelOpenIdMetadataUrl: nowhere },
    });
    try {
      const serviceUrl = 'http://127.0.0.1:9/connector';
      const token = issuer.sign(channelClaims(issuer.issuer, blind.config.bot.appId!, serviceUrl));
      const res = await call(blind.messagesUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          type: 'message',
          text: 'hjälp',
          serviceUrl,
          channelId: 'msteams',
          conversation: { id: 'a:1' },
        }),
      });
      expect(res.status).toBe(503);
      expect(JSON.parse(res.text)).toEqual({ code: 'ServiceUnavailable', message: 'Try again later.' });
      const refusal = blind.logs
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l.msg === 'bot request refused');
      expect(refusal).toMatchObject({ level: 50, status: 503 });
    } finally {
      await blind.stop();
    }
  });
});
