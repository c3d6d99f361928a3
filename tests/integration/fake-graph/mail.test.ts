import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { call, expectGraphError } from './graph-http';

const SENDER = 'intake@vgregion.example';
let graph: FakeGraph;

beforeEach(async () => {
  graph = await startFakeGraph({ mailboxes: [SENDER], now: () => new Date('2025-03-10T08:00:00Z') });
});

afterEach(async () => {
  await graph.stop();
});

function message(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Begäran om kontaktperson',
    body: { contentType: 'HTML', content: '<p>Hej! Svara senast 31 mars.</p>' },
    toRecipients: [{ emailAddress: { address: 'narhalsan@vgregion.example' } }],
    replyTo: [{ emailAddress: { address: 'projektstyrningsmodell@vgregion.example' } }],
    ...over,
  };
}

const send = (msg: unknown, extra: Record<string, unknown> = {}, user = SENDER) =>
  call(graph, 'POST', `/users/${user}/sendMail`, { body: { message: msg, ...extra } });

const sentItemsWith = (id: string, select = 'id,internetMessageId') =>
  call(
    graph,
    'GET',
    `/users/${SENDER}/mailFolders/sentitems/messages?$filter=internetMessageId eq '${encodeURIComponent(id)}'&$select=${select}`,
  );

describe('sendMail in the fake Graph', () => {
  it('answers 202 with an empty body and no content-type, and keeps the message as posted', async () => {
    const posted = message();
    const res = await send(posted);
    expect(res.status).toBe(202);
    expect(res.text).toBe('');
    expect(res.headers.get('content-type')).toBeNull();
    expect(graph.sentMail(SENDER)).toEqual([posted]);
  });

  it('finds a sent message in Sent Items by the internetMessageId the sender chose', async () => {
    const id = '<req-projektarbete-2025-narhalsan@contact-intake.example>';
    await send(message({ internetMessageId: id }));
    await send(message({ internetMessageId: '<another@contact-intake.example>' }));
    const found = await sentItemsWith(id);
    expect(found.status).toBe(200);
    expect(found.json.value).toEqual([{ id: expect.any(String), internetMessageId: id }]);
    const missing = await sentItemsWith('<never-sent@contact-intake.example>');
    expect(missing.json.value).toEqual([]);
  });

  it('gives a message without an internetMessageId one of its own in Sent Items', async () => {
    await send(message());
    const [item] = graph.sentItems(SENDER);
    expect(item).toMatchObject({
      internetMessageId: expect.stringMatching(/^<[^@>]+@vgregion\.example>$/),
      subject: 'Begäran om kontaktperson',
      sentDateTime: '2025-03-10T08:00:00Z',
      from: { emailAddress: { address: SENDER } },
    });
  });

  it('keeps nothing in Sent Items when saveToSentItems is false (also as the string Graph’s example sends)', async () => {
    await send(message({ internetMessageId: '<a@x.example>' }), { saveToSentItems: false });
    await send(message({ internetMessageId: '<b@x.example>' }), { saveToSentItems: 'false' });
    expect(graph.sentMail(SENDER)).toHaveLength(2);
    expect(graph.sentItems(SENDER)).toEqual([]);
  });

  it('keeps x- internet message headers, returning them only when $select asks', async () => {
    const headers = [{ name: 'x-contact-intake-key', value: 'projektarbete-2025/narhalsan/email' }];
    await send(message({ internetMessageId: '<h@x.example>', internetMessageHeaders: headers }));
    expect((await sentItemsWith('<h@x.example>')).json.value[0]).not.toHaveProperty('internetMessageHeaders');
    const selected = await sentItemsWith('<h@x.example>', 'id,internetMessageHeaders');
    expect(selected.json.value[0].internetMessageHeaders).toEqual(headers);
  });

  it('refuses a standard header name in internetMessageHeaders with 400', async () => {
    const res = await send(
      message({ internetMessageHeaders: [{ name: 'In-Reply-To', value: '<x@y.example>' }] }),
    );
    expectGraphError(res, 400, 'InvalidInternetMessageHeader');
    expect(graph.sentMail(SENDER)).toEqual([]);
  });

  it('answers 404 ErrorInvalidUser for a user it does not know', async () => {
    expectGraphError(await send(message(), {}, 'someone@vgregion.example'), 404, 'ErrorInvalidUser');
  });

  it.each([
    ['no recipients', message({ toRecipients: [] }), 'ErrorInvalidRecipients'],
    [
      'a recipient without an address',
      message({ toRecipients: [{ emailAddress: { name: 'Närhälsan' } }] }),
      'ErrorInvalidRecipients',
    ],
    ['no subject', message({ subject: undefined }), 'ErrorInvalidRequest'],
    [
      'an internetMessageId that is not <id@domain>',
      message({ internetMessageId: 'plain-id' }),
      'ErrorInvalidInternetMessageId',
    ],
  ])('refuses a message with %s (400), sending nothing', async (_, msg, code) => {
    expectGraphError(await send(msg), 400, code);
    expect(graph.sentMail(SENDER)).toEqual([]);
  });

  it('refuses a body without a message with 400', async () => {
    const res = await call(graph, 'POST', `/users/${SENDER}/sendMail`, { body: { subject: 'x' } });
    expectGraphError(res, 400, 'ErrorInvalidRequest');
  });

  it('addresses the mailbox by object id as well as by user principal name', async () => {
    const user = await call(graph, 'GET', `/users/${SENDER}`);
    expect(user.json).toMatchObject({
      userPrincipalName: SENDER,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect((await send(message(), {}, user.json.id)).status).toBe(202);
    expect(graph.sentMail(user.json.id)).toHaveLength(1);
  });

  it('pages Sent Items ten at a time, newest first', async () => {
    for (let i = 1; i <= 12; i++) await send(message({ internetMessageId: `<m${i}@x.example>` }));
    const first = await call(graph, 'GET', `/users/${SENDER}/messages?$select=internetMessageId`);
    expect(first.json.value).toHaveLength(10);
    expect(first.json.value[0].internetMessageId).toBe('<m12@x.example>');
    const second = await call(graph, 'GET', first.json['@odata.nextLink']);
    expect(second.json.value.map((m: { internetMessageId: string }) => m.internetMessageId)).toEqual([
      '<m2@x.example>',
      '<m1@x.example>',
    ]);
  });
});
