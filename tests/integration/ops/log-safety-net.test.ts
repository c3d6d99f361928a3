import { withLogContext } from '../../../src/adapters/logging/log-context';
import { createLogger } from '../../../src/adapters/logging/pino-logger';

/**
 * The logger's safety net for what code should never have passed it: keys that hold names and
 * addresses are redacted, and anything shaped like an e-mail address or a token is replaced wherever
 * it sits, message text and error messages included. Ids stay readable.
 */

function capture() {
  const lines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
  return {
    logger,
    text: () => lines.join(''),
    last: () => JSON.parse(lines.at(-1)!) as Record<string, unknown>,
  };
}

const ADDRESS = 'karin.kontakt@vgregion.example';

it('redacts names and addresses in an activity or a nominee that slipped into a log call', () => {
  const { logger, text } = capture();
  logger.info({
    name: 'Anna Andersson',
    activity: {
      id: 'f3401f61-activity',
      from: { id: '29:anna', name: 'Anna Andersson', aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001' },
      value: { action: { data: { 'contact.1.name': 'Karin Kontakt', 'contact.1.email': ADDRESS } } },
    },
    nominee: { name: 'Karin Kontakt', email: ADDRESS, roleId: 'contact' },
  });
  expect(text()).not.toContain('Anna Andersson');
  expect(text()).not.toContain(ADDRESS);
  expect(text()).not.toContain('Karin Kontakt');
  expect(text()).toContain('f3401f61-activity');
  expect(text()).toContain('"roleId":"contact"');
});

it('replaces addresses and tokens in messages and in errors', () => {
  const { logger, text } = capture();
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJlLWJ5dGVz';
  const link = 'v1.eyJwIjoiciIsImMiOiJ4IiwibyI6InkifQ.Dy-3OKCEZQUx3VKuHFYOe3NSXRvHxR8XOBPf4N_kGhs';
  logger.warn({ err: new Error(`mailbox ${ADDRESS} refused`) }, `could not send to ${ADDRESS}`);
  logger.info({ header: `Bearer ${jwt}`, url: `https://intake.vgregion.example/respond/${link}` }, 'seen');
  expect(text()).not.toContain(ADDRESS);
  expect(text()).not.toContain(jwt);
  expect(text()).not.toContain(link);
  expect(text()).toContain('could not send to [email]');
  expect(text()).toContain('mailbox [email] refused');
  expect(text()).toContain('https://intake.vgregion.example/respond/[token]');
});

it('keeps Teams conversation ids, which contain an @', () => {
  const { logger, last } = capture();
  // Teams ids are "19:<id>" plus a suffix that starts with an @ (a channel's, a meeting chat's).
  const channel = `19:a1b2c3d4e5f6${'@'}thread.tacv2`;
  const chat = `19:meeting_abc${'@'}unq.gbl.spaces`;
  logger.info({ channelId: channel, conversationId: `${channel};messageid=1700000000000`, chat });
  expect(last()).toMatchObject({
    channelId: channel,
    conversationId: `${channel};messageid=1700000000000`,
    chat,
  });
});

it('adds the request id to every line written inside a request, and only there', async () => {
  const { logger, last } = capture();
  await withLogContext({ reqId: 'req-0001-abcdef' }, async () => {
    await Promise.resolve();
    logger.info({ orgId: 'narhalsan' }, 'inside');
    expect(last()).toMatchObject({ reqId: 'req-0001-abcdef', orgId: 'narhalsan' });
  });
  logger.info({}, 'outside');
  expect(last().reqId).toBeUndefined();
});
