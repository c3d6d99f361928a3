import { createGraphClient } from '../../../src/adapters/graph';
import { MailNotSentError } from '../../../src/adapters/mail/graph/errors';
import { GraphMailer } from '../../../src/adapters/mail/graph/graph-mailer';
import { messageIdFor } from '../../../src/adapters/mail/mime/message-id';
import { createMailPacer } from '../../../src/adapters/mail/pacing/mail-pacer';
import { startScriptedGraph, type Scripted, type ScriptedGraph } from '../graph/scripted-graph';
import { notice, SENDER, SkippingTime } from './mail-harness';

/**
 * Real Exchange files the Sent Items copy some time after it accepted a message, which the fake Graph does
 * not do (it files at once). A scripted server plays that: the send's connection drops after Exchange took
 * it, and the copy shows up only at the third look.
 */

let server: ScriptedGraph;
let script: { post: Scripted[]; get: Scripted[] };
afterEach(() => server.stop());

const empty: Scripted = { status: 200, body: { value: [] } };
const found = (id: string): Scripted => ({
  status: 200,
  body: { value: [{ id: 'AAMk1', internetMessageId: id }] },
});

async function mailerFor(time: SkippingTime): Promise<GraphMailer> {
  server = await startScriptedGraph(
    (req) => (req.method === 'POST' ? script.post.shift() : script.get.shift()) ?? { status: 500 },
  );
  const graph = createGraphClient(
    { baseUrl: server.baseUrl, auth: { kind: 'dev-token' }, clientOrganisation: 'VGR' },
    { sleep: async () => undefined, random: () => 0.5 },
  );
  const pacer = createMailPacer({ perMinute: 30, concurrency: 4 }, time);
  return new GraphMailer({ graph, sender: { address: SENDER }, pacer, sleep: time.sleep });
}

const posts = () => server.seen.filter((r) => r.method === 'POST').length;
const looks = () => server.seen.filter((r) => r.method === 'GET').length;

test('keeps looking with backoff until the late copy appears, and does not send again', async () => {
  const time = new SkippingTime();
  const n = notice();
  // The Message-ID is stable per delivery key: the one the outbox would use too.
  const id = messageIdFor(n.key, SENDER);
  script = { post: ['drop'], get: [empty, empty, found(id)] };
  const mailer = await mailerFor(time);

  await expect(mailer.send(n)).resolves.toEqual({ messageId: id });
  expect(posts()).toBe(1);
  expect(looks()).toBe(3);
  expect(time.waits).toEqual([2_000, 4_000]);
});

test('does not send again when Sent Items cannot be read, and says why without addresses', async () => {
  const time = new SkippingTime();
  script = {
    post: ['drop'],
    get: [
      { status: 403, body: { error: { code: 'ErrorAccessDenied', message: `Access to ${SENDER} denied` } } },
    ],
  };
  const mailer = await mailerFor(time);

  const error = await mailer.send(notice()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MailNotSentError);
  expect(error).toMatchObject({ reason: 'outcome-unknown' });
  expect(posts()).toBe(1);
  expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain('@');
});
