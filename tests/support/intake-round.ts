import { sendCampaign } from '../../src/app/use-cases/send-campaign';
import type { Campaign } from '../../src/domain/campaign';
import { cardIn, requestPosted, type PostedRequest } from '../e2e/support/channel-posts';
import {
  FOLKTANDVARDEN_CHANNEL,
  loadDemoCampaign,
  NARHALSAN_CHANNEL,
  startDemoPlayground,
} from '../e2e/support/demo';
import { formOn, load, send, text } from './browser-like';
import { runCommand, type CliRun } from './cli-run';
import {
  demoPlaygroundConfig,
  messageUpdated,
  type PlaygroundHandle,
  type PlaygroundStream,
} from './playground';
import { cardText, elements, fillAndPress, responseCard } from './teams-cards';
import { startTestApp, TEST_ACTOR, type TestApp } from './test-app';
import { waitUntil } from './wait-until';

/**
 * The demo intake round's steps, as the people in it take them, each checking what they would see. The
 * end-to-end rounds on each back end (SQLite and the outbox; SharePoint and Graph mail) run the same
 * steps, so a back end cannot pass with a round of its own.
 */

export const TENANT = demoPlaygroundConfig();
export const CHAIR = TENANT.currentUser;
/** A member of the demo team who is not an owner of the round. */
export const ANNA = TENANT.users.find((u) => u.name === 'Anna Lindqvist')!;
export const KARIN = {
  'contact.1.name': 'Karin Kontakt',
  'contact.1.email': 'karin.kontakt@vgregion.example',
};

export interface IntakeRound {
  /** The demo campaign (examples/projektarbete-2025.yaml), created in the service, not yet sent. */
  campaign: Campaign;
  app: TestApp;
  playground: PlaygroundHandle;
  stream: PlaygroundStream;
  /** The request posts in the two demo channels, once `sendAndInstall` has seen them. */
  posted: { narhalsan?: PostedRequest; folktandvarden?: PostedRequest };
  stop(): Promise<void>;
}

/**
 * The test app with the demo campaign created, and the Agents Playground attached to it (logging to
 * tests/artifacts/playground/<name>.log). `env` chooses the back end (STORE, MAIL, GRAPH_BASE_URL…).
 */
export async function startIntakeRound(name: string, env?: NodeJS.ProcessEnv): Promise<IntakeRound> {
  const campaign = await loadDemoCampaign();
  const app = await startTestApp({ campaign, send: false, ...(env ? { env } : {}) });
  let playground: PlaygroundHandle | undefined;
  try {
    playground = await startDemoPlayground(app.messagesUrl, name);
    const stream = await playground.client.openStream();
    const pg = playground;
    return {
      campaign,
      app,
      playground: pg,
      stream,
      posted: {},
      stop: async () => {
        await stream.close();
        await pg.stop();
        await app.stop();
      },
    };
  } catch (err) {
    await playground?.stop();
    await app.stop();
    throw err;
  }
}

/** `contact-intake campaign status <id> [args]`, run by the chair on the service's data. */
export function statusCommand(round: IntakeRound, ...args: string[]): Promise<CliRun> {
  return runCommand(['campaign', 'status', round.campaign.id, ...args], {
    env: { ...round.app.env, LOG_LEVEL: 'warn' },
    cwd: round.app.dataDir,
  });
}

/** Anna fills in `post`'s card as typed and presses its button, on post `where` (the card's own by default). */
export function press(
  round: IntakeRound,
  post: PostedRequest,
  typed: Record<string, string>,
  where: PostedRequest = post,
) {
  const { verb, data } = fillAndPress(post.card, 'submitAnswer', typed);
  return round.playground.client.invokeAction(where.threadId, ANNA.id, where.messageId, verb, data);
}

/** The chair sends the round: the Teams requests wait for the app; installing it posts one in each channel. */
export async function sendAndInstall(round: IntakeRound): Promise<void> {
  const { app, campaign, playground, stream, posted } = round;
  const report = await sendCampaign(app.ctx, campaign.id, TEST_ACTOR);
  const teams = report.lines.filter((l) => l.channel === 'teams');
  expect(teams.map((l) => [l.orgId, l.result]).sort()).toEqual([
    ['folktandvarden', 'waiting'],
    ['narhalsan', 'waiting'],
  ]);
  expect(stream.received.filter((e) => e.action === 'createMessage')).toEqual([]);

  // Installing in the team's General channel: Närhälsan's channel, whose id is the team id.
  await playground.client.triggerInstallation(NARHALSAN_CHANNEL);
  posted.narhalsan = await requestPosted(stream, NARHALSAN_CHANNEL);
  posted.folktandvarden = await requestPosted(stream, FOLKTANDVARDEN_CHANNEL);

  for (const [post, name] of [
    [posted.narhalsan, 'Närhälsan'],
    [posted.folktandvarden, 'Folktandvården'],
  ] as const) {
    const text = cardText(post.card);
    expect(text).toContain(campaign.title);
    expect(text).toContain(`Svar för ${name}`);
    expect(text).toContain('Svara senast måndag 28 april 2025');
    expect(elements(post.card, 'Action.Execute').map((a) => a.verb)).toEqual(['submitAnswer']);
  }
  // The card is in the channel before the service has recorded it as sent; later updates need that record.
  await waitUntil('both Teams requests are recorded as sent', async () => {
    const deliveries = await app.store.deliveries(campaign.id);
    return deliveries.filter((d) => d.channel === 'teams' && d.state === 'sent').length === 2;
  });
}

/** Anna answers on Närhälsan's card: the answered card comes back, the channel post is updated, the answer is stored. */
export async function answerOnNarhalsansCard(round: IntakeRound): Promise<void> {
  const { app, campaign, stream } = round;
  const post = round.posted.narhalsan!;
  const before = stream.count;

  const result = await press(round, post, KARIN);

  const answered = cardText(responseCard(result));
  expect(answered).toContain('Svar registrerat');
  expect(answered).toContain('Karin Kontakt');
  expect(answered).toContain('Registrerat av Anna Lindqvist 14 april 2025 kl. 10.00');
  const update = await stream.waitFor(messageUpdated(post.messageId), 5000, before);
  expect(update.actionConversationId).toBe(NARHALSAN_CHANNEL);
  expect(cardText(cardIn(update))).toContain('Karin Kontakt');

  expect(await app.store.currentAnswer(campaign.id, 'narhalsan')).toMatchObject({
    version: 1,
    channel: 'teams',
    late: false,
    submittedBy: { kind: 'teams-user', name: 'Anna Lindqvist', id: ANNA.aadObjectId },
    nominees: [{ roleId: 'contact', name: 'Karin Kontakt', email: 'karin.kontakt@vgregion.example' }],
  });
  const log = app.logs.join('');
  for (const secret of ['Karin', 'karin.kontakt', 'Lindqvist']) expect(log).not.toContain(secret);
}

/** `campaign status`, as text and as JSON, shows Närhälsan's answer and that it is the only one. */
export async function statusShowsNarhalsansAnswer(round: IntakeRound): Promise<void> {
  const total = round.campaign.organisations.length;
  const text = await statusCommand(round);
  expect(text.code).toBe(0);
  expect(text.out).toContain(`1 av ${total} har svarat`);
  expect(text.out).toContain('Kontaktperson: Karin Kontakt <karin.kontakt@vgregion.example>');
  expect(text.out).toMatch(/Version 1, .* via Teams av Anna Lindqvist/);

  const json = JSON.parse((await statusCommand(round, '--json')).out);
  expect(json.progress).toMatchObject({ total, answered: 1 });
  const narhalsan = json.organisations.find((o: { id: string }) => o.id === 'narhalsan');
  expect(narhalsan).toMatchObject({
    status: 'answered',
    answer: { version: 1, channel: 'teams', nominees: [{ name: 'Karin Kontakt' }] },
  });
}

/**
 * Someone at Folktandvården opens the response link from its request e-mail, as a browser without
 * JavaScript would, and sends the form with `typed`: the page says the answer is saved, and
 * Folktandvården's card in Teams is updated to show it.
 */
export async function folktandvardenAnswersOnTheWeb(
  round: IntakeRound,
  link: string,
  typed: Record<string, string>,
  shownOnCard: string,
): Promise<void> {
  const page = await load(link);
  expect(page.status).toBe(200);
  expect(text(page.doc.querySelector('main'))).toContain('Förfrågan till: Folktandvården');
  const before = round.stream.count;
  const sent = await send(formOn(page, link), typed);
  expect(sent.status).toBe(303);
  const after = await load(new URL(sent.headers.get('location')!, link).toString());
  expect(text(after.doc.getElementById('saved-banner'))).toContain('Tack! Ert svar är sparat.');
  const update = await round.stream.waitFor(
    messageUpdated(round.posted.folktandvarden!.messageId),
    5000,
    before,
  );
  expect(cardText(cardIn(update))).toContain(shownOnCard);
}

/** The lines `campaign status` prints for one organisation: its name line and the indented ones below. */
export function blockOf(status: string, orgName: string): string {
  const lines = status.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${orgName} `));
  if (start < 0) throw new Error(`${orgName} is not in the status:\n${status}`);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith(' '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}
