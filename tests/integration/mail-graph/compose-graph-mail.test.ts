import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config/config';
import { GraphMailer } from '../../../src/adapters/mail/graph/graph-mailer';
import { createLogger } from '../../../src/adapters/logging/pino-logger';
import { composeServices, type Services } from '../../../src/main/compose';
import { DEV_GRAPH_TOKEN } from '../../../src/adapters/graph';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { notice, ORIGINATOR, SENDER, SkippingTime } from './mail-harness';

/** MAIL=graph as an operator sets it: the composition root builds the Graph mailer from the environment. */

let fake: FakeGraph;
let dir: string;
let services: Services | undefined;

beforeEach(async () => {
  fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, mailboxes: [SENDER] });
  dir = await mkdtemp(join(tmpdir(), 'compose-graph-mail-'));
});
afterEach(async () => {
  await services?.close();
  services = undefined;
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

async function compose(env: NodeJS.ProcessEnv): Promise<Services> {
  const loaded = loadConfig(
    {
      MAIL: 'graph',
      MAIL_SENDER: SENDER,
      GRAPH_BASE_URL: fake.baseUrl,
      SQLITE_PATH: join(dir, 'intake.db'),
      ...env,
    },
    dir,
  );
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const time = new SkippingTime();
  services = await composeServices(loaded.config, {
    logger: createLogger('silent'),
    graph: { sleep: time.sleep, random: () => 0.5 },
    mailTiming: time,
  });
  return services;
}

test('MAIL=graph sends from MAIL_SENDER through the configured Graph, with the development token', async () => {
  const { ctx } = await compose({});
  expect(ctx.mailer).toBeInstanceOf(GraphMailer);
  await ctx.mailer.send(notice());

  expect(fake.requests).toMatchObject([
    { method: 'POST', path: `/users/${SENDER}/sendMail`, status: 202, authorized: true },
  ]);
  expect(fake.requests[0]!.userAgent).toMatch(/^NONISV\|VGR\|contact-intake\//);
  const [sent] = fake.sentMail(SENDER);
  expect(sent!.body!.content).not.toContain('adaptivecard+json');
});

test('OUTLOOK_ORIGINATOR_ID puts the card with that originator in the e-mail', async () => {
  const { ctx } = await compose({ OUTLOOK_ORIGINATOR_ID: ORIGINATOR });
  await ctx.mailer.send(notice());
  const html = fake.sentMail(SENDER)[0]!.body!.content!;
  expect(html).toContain(`"originator":"${ORIGINATOR}"`);
});
