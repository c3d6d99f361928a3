import type { Logger } from '../../../src/app/ports/logger';
import { createGraphClient, GraphRequestError } from '../../../src/adapters/graph';
import { startScriptedGraph, type Scripted, type ScriptedGraph } from './scripted-graph';

/** What an operator sees in logs and errors: method, path template, status, attempt, duration; no people. */
const ADDRESS = 'anna.andersson@vgregion.example';
let server: ScriptedGraph;
let script: Scripted[] = [];

beforeAll(async () => {
  server = await startScriptedGraph(() => script.shift() ?? { status: 202 });
});
afterAll(() => server.stop());

function recordingLogger() {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  const at =
    (level: string) =>
    (obj: object, msg?: string): void =>
      void lines.push({ level, obj, ...(msg ? { msg } : {}) });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines };
}

test('attempts and repeats are logged with a path template and no address or query value', async () => {
  script = [{ status: 429, headers: { 'retry-after': '1' } }];
  const { logger, lines } = recordingLogger();
  let clock = 1_000;
  const graph = createGraphClient(
    { baseUrl: server.baseUrl, auth: { kind: 'dev-token' }, clientOrganisation: 'VGR' },
    { logger, sleep: async () => undefined, now: () => (clock += 5) },
  );
  await graph.client
    .api(`/users/${ADDRESS}/sendMail?x=${encodeURIComponent(ADDRESS)}`)
    .post({ message: { subject: 'Hej' } });

  const text = JSON.stringify(lines);
  expect(text).not.toContain('anna');
  expect(text).not.toContain('Hej');
  expect(lines.map((l) => [l.level, l.obj])).toEqual([
    [
      'debug',
      {
        graph: {
          method: 'POST',
          pathTemplate: '/users/{id}/sendMail?x',
          attempt: 1,
          status: 429,
          durationMs: 5,
        },
      },
    ],
    [
      'info',
      { graph: { method: 'POST', path: '/users/{id}/sendMail?x', attempt: 1, failure: '429', waitMs: 1000 } },
    ],
    [
      'debug',
      {
        graph: {
          method: 'POST',
          pathTemplate: '/users/{id}/sendMail?x',
          attempt: 2,
          status: 202,
          durationMs: 5,
        },
      },
    ],
  ]);
});

test("an error answer keeps Graph's code and request id, but its message stays out of logs", async () => {
  script = [
    {
      status: 404,
      headers: { 'request-id': 'rid-404' },
      body: { error: { code: 'ErrorInvalidUser', message: `The requested user '${ADDRESS}' is invalid.` } },
    },
  ];
  const graph = createGraphClient({
    baseUrl: server.baseUrl,
    auth: { kind: 'dev-token' },
    clientOrganisation: 'VGR',
  });
  const error = (await graph.client
    .api(`/users/${ADDRESS}/sendMail`)
    .post({})
    .catch((e: unknown) => e)) as GraphRequestError;
  expect(error).toBeInstanceOf(GraphRequestError);
  expect(error).toMatchObject({ status: 404, code: 'ErrorInvalidUser', requestId: 'rid-404' });
  expect(error.message).toBe('Graph POST /users/{id}/sendMail failed: 404 ErrorInvalidUser');
  expect(JSON.stringify(error)).not.toContain('anna');
  expect(error.graphMessage).toContain('is invalid'); // there for a developer who asks, not serialised
});
