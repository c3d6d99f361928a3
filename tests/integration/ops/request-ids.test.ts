import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * Every HTTP request gets an id: the caller's `x-request-id` when it looks like one (App Service's
 * front end and other proxies send theirs), else a new UUID. It comes back in the response header and
 * names the request's log lines; the access line names the route template, never the path itself.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ logLevel: 'debug' });
});
afterAll(async () => {
  await app.stop();
});

function accessLine(reqId: string): Record<string, unknown> | undefined {
  return app.logs
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((l) => l.msg === 'request' && l.reqId === reqId);
}

it("keeps the caller's request id when it looks like one", async () => {
  const given = 'd3c1a7e0-front-door-0001';
  const res = await fetch(`${app.url}/readyz`, { headers: { 'x-request-id': given } });
  expect(res.headers.get('x-request-id')).toBe(given);
  expect(accessLine(given)).toMatchObject({ method: 'GET', route: '/readyz', status: 200 });
});

it.each([
  ['none', undefined],
  ['too short', 'abc'],
  ['with spaces and quotes', 'x" injected="1 and more'],
  ['too long', 'a'.repeat(200)],
])('makes a new one when the given id is %s', async (_what, given) => {
  const res = await fetch(`${app.url}/healthz`, { headers: given ? { 'x-request-id': given } : {} });
  const reqId = res.headers.get('x-request-id')!;
  expect(reqId).toMatch(UUID);
  expect(accessLine(reqId)).toBeDefined();
  if (given) expect(app.logs.join('')).not.toContain(given);
});

it("gives restify's own answers an id too, and logs health probes at debug only", async () => {
  const missing = await fetch(`${app.url}/finns-inte`);
  expect(accessLine(missing.headers.get('x-request-id')!)).toMatchObject({
    status: 404,
    route: null,
    level: 30,
  });
  const probe = await fetch(`${app.url}/healthz`);
  expect(accessLine(probe.headers.get('x-request-id')!)).toMatchObject({ route: '/healthz', level: 20 });
});

it('logs the response page by its route template: the token in the path never reaches the log', async () => {
  const token = app.signer.sign({ purpose: 'respond', campaignId: 'finns-inte-2025', orgId: 'narhalsan' });
  const res = await fetch(`${app.url}/respond/${token}`);
  expect(res.status).toBe(404);
  expect(accessLine(res.headers.get('x-request-id')!)).toMatchObject({
    route: '/respond/:token',
    status: 404,
  });
  expect(app.logs.join('')).not.toContain(token);
});
