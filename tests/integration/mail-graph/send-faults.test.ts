import { MailNotSentError } from '../../../src/adapters/mail/graph/errors';
import { RELOOK_DELAYS_MS } from '../../../src/adapters/mail/graph/sent-items';
import { notice, SENDER, startMailWorld, type MailWorld } from './mail-harness';

/**
 * Never twice: Graph's failures on sendMail, from the fake over real TLS. Throttling is waited out by the
 * client; a failure that leaves the outcome unknown is followed by a look in Sent Items, and the message
 * goes out again only when it is not there.
 */

let world: MailWorld;
afterEach(() => world.fake.stop());

const SEND_MAIL = /\/sendMail$/;

async function sendWith(kind: '429' | '503' | '504' | 'drop-before' | 'drop-after', times = 1) {
  world = await startMailWorld();
  world.fake.faults.set([{ kind, rate: 1, times, method: 'POST', path: SEND_MAIL, retryAfterSeconds: 7 }]);
  const result = await world.mailer().send(notice());
  return { result, sent: world.fake.sentMail(SENDER) };
}

describe('sendMail under faults', () => {
  it.each(['429', '503'] as const)('waits out %s as Graph asks and sends once', async (kind) => {
    const { result, sent } = await sendWith(kind, 2);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.internetMessageId).toBe(result.messageId);
    expect(world.mailRequests()).toEqual([
      `POST sendMail ${kind}`,
      `POST sendMail ${kind}`,
      'POST sendMail 202',
    ]);
    expect(world.clientWaits).toEqual([7_000, 7_000]);
  });

  it('after a 504 looks in Sent Items, finds nothing, and sends once more', async () => {
    // The fake's 504 comes from a gateway that never passed the request on: nothing was sent.
    const { result, sent } = await sendWith('504');
    expect(sent.map((m) => m.internetMessageId)).toEqual([result.messageId]);
    expect(world.mailRequests()).toEqual([
      'POST sendMail 504',
      ...Array(RELOOK_DELAYS_MS.length + 1).fill('GET sentitems 200'),
      'POST sendMail 202',
    ]);
    // Half a minute of looking is longer than the pace's 2 s: the second send needs no further wait.
    expect(world.time.waits).toEqual(RELOOK_DELAYS_MS);
  });

  it('after a dropped connection on a send that went through, finds it in Sent Items and does not resend', async () => {
    const { result, sent } = await sendWith('drop-after');
    expect(sent.map((m) => m.internetMessageId)).toEqual([result.messageId]);
    expect(world.mailRequests()).toEqual(['POST sendMail 0', 'GET sentitems 200']);
    expect(world.fake.requests.at(-1)!.query).toBe(
      `$filter=internetMessageId eq '${result.messageId}'&$select=id,internetMessageId&$top=1`,
    );
    expect(world.logs.join('')).toContain('sendMail outcome unknown; looking in Sent Items');
  });

  it('after a connection dropped before Graph took the send, looks, finds nothing, and sends once', async () => {
    const { sent } = await sendWith('drop-before');
    expect(sent).toHaveLength(1);
    expect(world.mailRequests().filter((r) => r.startsWith('POST'))).toEqual([
      'POST sendMail 0',
      'POST sendMail 202',
    ]);
  });

  it('gives up, reporting it, when every send’s outcome stays unknown and none is in Sent Items', async () => {
    world = await startMailWorld();
    world.fake.faults.set([{ kind: 'drop-before', rate: 1, method: 'POST', path: SEND_MAIL }]);
    const error = await world
      .mailer({ relookDelaysMs: [1_000] })
      .send(notice())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailNotSentError);
    expect(error).toMatchObject({ reason: 'not-sent', attempts: 3 });
    expect(world.mailRequests().filter((r) => r.startsWith('POST'))).toHaveLength(3);
    expect(world.fake.sentMail(SENDER)).toEqual([]);
    expect(String(error)).not.toContain('@');
  });

  it('looks before sending a delivery an earlier run may have sent, and does not send it again', async () => {
    world = await startMailWorld();
    const first = await world.mailer().send(notice());
    const again = await world.mailer().send({ ...notice(), mayAlreadyBeSent: true });
    expect(again.messageId).toBe(first.messageId);
    expect(world.fake.sentMail(SENDER)).toHaveLength(1);
    expect(world.mailRequests()).toEqual(['POST sendMail 202', 'GET sentitems 200']);
  });

  it('sends a delivery an earlier run may have sent after one look finds nothing', async () => {
    world = await startMailWorld();
    await world.mailer().send({ ...notice(), mayAlreadyBeSent: true });
    expect(world.fake.sentMail(SENDER)).toHaveLength(1);
    expect(world.mailRequests()).toEqual(['GET sentitems 200', 'POST sendMail 202']);
    expect(world.time.waits).toEqual([]);
  });
});
