/**
 * One intake round end to end, with Microsoft's Agents Playground as Teams, driven through its API:
 * the real service (tests/support/test-app.ts) sends the demo campaign, the app is installed in the
 * team, both organisations' channels get the request card, Närhälsan answers on it, the chair follows
 * the round from the command line and in a personal chat. The playground runs only in a loopback-only
 * network namespace (startPlayground refuses otherwise).
 */
import { sendCampaign } from '../../src/app/use-cases/send-campaign';
import type { Campaign } from '../../src/domain/campaign';
import { runCommand } from '../support/cli-run';
import {
  assertLoopbackOnly,
  demoPlaygroundConfig,
  messageUpdated,
  withCurrentUser,
  type PlaygroundHandle,
  type PlaygroundStream,
} from '../support/playground';
import {
  ADAPTIVE_CARD,
  cardText,
  elements,
  errorUnder,
  fillAndPress,
  responseCard,
} from '../support/teams-cards';
import { startTestApp, TEST_ACTOR, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';
import { cardIn, replyIn, requestPosted, type PostedRequest } from './support/channel-posts';
import {
  FOLKTANDVARDEN_CHANNEL,
  loadDemoCampaign,
  NARHALSAN_CHANNEL,
  startDemoPlayground,
} from './support/demo';

const TENANT = demoPlaygroundConfig();
const CHAIR = TENANT.currentUser;
/** A member of the demo team who is not an owner of the round. */
const ANNA = TENANT.users.find((u) => u.name === 'Anna Lindqvist')!;
const KARIN = { 'contact.1.name': 'Karin Kontakt', 'contact.1.email': 'karin.kontakt@vgregion.example' };

describe('an intake round in Teams (Agents Playground, API)', () => {
  let campaign: Campaign;
  let app: TestApp;
  let playground: PlaygroundHandle;
  let stream: PlaygroundStream;
  const posted: { narhalsan?: PostedRequest; folktandvarden?: PostedRequest } = {};

  const statusCommand = (...args: string[]) =>
    runCommand(['campaign', 'status', campaign.id, ...args], {
      env: { ...app.env, LOG_LEVEL: 'warn' },
      cwd: app.dataDir,
    });

  /** Anna fills in `post`'s card as typed and presses its button, on post `where` (the card's own by default). */
  const press = (post: PostedRequest, typed: Record<string, string>, where: PostedRequest = post) => {
    const { verb, data } = fillAndPress(post.card, 'submitAnswer', typed);
    return playground.client.invokeAction(where.threadId, ANNA.id, where.messageId, verb, data);
  };

  beforeAll(async () => {
    assertLoopbackOnly('The intake round e2e test');
    campaign = await loadDemoCampaign();
    app = await startTestApp({ campaign, send: false });
    playground = await startDemoPlayground(app.messagesUrl, 'intake-round');
    stream = await playground.client.openStream();
  });

  afterAll(async () => {
    await stream?.close();
    await playground?.stop();
    await app?.stop();
  });

  test('the requests wait for the app in Teams; installing it in the team posts one in each channel', async () => {
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
  });

  test('Närhälsan answers on its card: the answered card comes back, the channel post is updated, the answer is stored', async () => {
    const post = posted.narhalsan!;
    const before = stream.count;

    const result = await press(post, KARIN);

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
  });

  test('campaign status on the command line shows the answer, as text and as JSON', async () => {
    const total = campaign.organisations.length;
    const text = await statusCommand();
    expect(text.code).toBe(0);
    expect(text.out).toContain(`1 av ${total} har svarat`);
    expect(text.out).toContain('Kontaktperson: Karin Kontakt <karin.kontakt@vgregion.example>');
    expect(text.out).toMatch(/Version 1, .* via Teams av Anna Lindqvist/);

    const json = JSON.parse((await statusCommand('--json')).out);
    expect(json.progress).toMatchObject({ total, answered: 1 });
    const narhalsan = json.organisations.find((o: { id: string }) => o.id === 'narhalsan');
    expect(narhalsan).toMatchObject({
      status: 'answered',
      answer: { version: 1, channel: 'teams', nominees: [{ name: 'Karin Kontakt' }] },
    });
  });

  test('an invalid answer comes back as the form with the problem in Swedish, and nothing is stored', async () => {
    const before = stream.count;

    const result = await press(posted.folktandvarden!, {
      ...KARIN,
      'contact.1.email': 'karin.kontakt(at)vgregion',
    });

    const form = responseCard(result);
    expect(cardText(form)).toContain('Svaret är inte sparat');
    expect(errorUnder(form, 'contact.1.email')).toBe(
      'E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se.',
    );
    const kept = elements(form, 'Input.Text').find((i) => i.id === 'contact.1.email');
    expect(kept?.value).toBe('karin.kontakt(at)vgregion');
    expect(await app.store.currentAnswer(campaign.id, 'folktandvarden')).toBeUndefined();
    expect(stream.received.slice(before).filter((e) => e.action === 'updateMessage')).toEqual([]);
  });

  test("Folktandvården's card pressed in Närhälsan's channel is refused", async () => {
    const result = await press(posted.folktandvarden!, KARIN, posted.narhalsan!);

    expect(cardText(responseCard(result))).toContain(
      'Det här kortet kan bara besvaras i kanalen som är registrerad för Folktandvården.',
    );
    expect(await app.store.currentAnswer(campaign.id, 'folktandvarden')).toBeUndefined();
    expect((await app.store.currentAnswer(campaign.id, 'narhalsan'))?.version).toBe(1);
  });

  test('the chair writes status in a personal chat and gets the round’s status card', async () => {
    const before = stream.count;
    await playground.client.sendMessage(TENANT.personalChatId, CHAIR.id, 'status');

    const reply = await replyIn(stream, TENANT.personalChatId, before);
    const text = cardText(cardIn(reply));
    expect(text).toContain(campaign.title);
    expect(text).toContain(`1 av ${campaign.organisations.length} har svarat`);
    expect(text).toContain('Kontaktperson: Karin Kontakt');
    expect(text).toContain('Folktandvården');
  });

  test('someone who does not own the round is told so, and sees no status', async () => {
    const annaAtTheKeyboard = {
      ...withCurrentUser(TENANT, ANNA.id),
      personalChatId: 'a:demo-personal-anna-lindqvist',
    };
    const theirs = await startDemoPlayground(app.messagesUrl, 'intake-round-non-owner', annaAtTheKeyboard);
    const theirStream = await theirs.client.openStream();
    try {
      await theirs.client.sendMessage(annaAtTheKeyboard.personalChatId, ANNA.id, 'status');
      const reply = await replyIn(theirStream, annaAtTheKeyboard.personalChatId, 0);
      expect(reply.message.text).toContain('Läget i en insamling visas bara för dem som äger den');
      expect(reply.message.attachments.filter((a) => a.contentType === ADAPTIVE_CARD)).toEqual([]);
    } finally {
      await theirStream.close();
      await theirs.stop();
    }
  });
});
