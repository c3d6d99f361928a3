import { startProductionApp, type ProductionApp } from '../auth/production-app';
import { accepts, slowRequest } from './slow-request';

/**
 * The HTTP side of a graceful shutdown: no new connections, requests in flight finish, idle keep-alive
 * connections do not hold it up, and a request still running when the grace period ends is cut off.
 * The grace period's end is a promise the test resolves: nothing waits on the clock.
 */

let app: ProductionApp;
beforeEach(async () => {
  app = await startProductionApp({ env: {} });
});
afterEach(async () => {
  await app.stop();
});

const port = () => Number(new URL(app.url).port);
const never = new Promise<void>(() => {});

function settledFlag(promise: Promise<unknown>): () => boolean {
  let settled = false;
  void promise.then(() => (settled = true));
  return () => settled;
}

it('refuses new connections at once and lets a request in flight finish', async () => {
  const slow = slowRequest(`${app.url}/respond/v1.finns-inte.alls`, 'declaredName=Lena');
  await slow.taken;

  const shutdown = app.running.shutdown({ graceOver: never });
  const done = settledFlag(shutdown);

  expect(await accepts(port())).toBe(false);
  expect(done()).toBe(false);

  const answer = await slow.finish();
  expect(answer.status).toBe(404);
  expect(answer.body).toContain('<h1>');
  expect(await shutdown).toEqual({ drained: true, abandoned: 0 });
});

it('is not held up by idle keep-alive connections', async () => {
  // fetch keeps its connection open for the next request.
  expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  expect(await app.running.shutdown({ graceOver: never })).toEqual({ drained: true, abandoned: 0 });
});

it('cuts off a request still running when the grace period ends', async () => {
  const slow = slowRequest(`${app.url}/respond/v1.finns-inte.alls`, 'declaredName=Lena');
  await slow.taken;
  let endGrace!: () => void;
  const graceOver = new Promise<void>((resolve) => (endGrace = resolve));

  const shutdown = app.running.shutdown({ graceOver });
  endGrace();

  expect(await shutdown).toEqual({ drained: false, abandoned: 1 });
  expect(await slow.outcome).toEqual({ lost: expect.any(String) });
});
