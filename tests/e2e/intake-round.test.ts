/**
 * One intake round end to end, with Microsoft's Agents Playground as Teams, driven through its API:
 * the real service (tests/support/test-app.ts) sends the demo campaign, the app is installed in the
 * team, both organisations' channels get the request card, Närhälsan answers on it, the chair follows
 * the round from the command line and in a personal chat. The playground runs only in a loopback-only
 * network namespace (startPlayground refuses otherwise). The round's shared steps are in
 * tests/support/intake-round.ts; tests/e2e/sharepoint-round.test.ts runs them on Microsoft 365.
 */
import {
  ANNA,
  answerOnNarhalsansCard,
  CHAIR,
  KARIN,
  press,
  sendAndInstall,
  startIntakeRound,
  statusShowsNarhalsansAnswer,
  TENANT,
  type IntakeRound,
} from '../support/intake-round';
import { assertLoopbackOnly, withCurrentUser } from '../support/playground';
import { ADAPTIVE_CARD, cardText, elements, errorUnder, responseCard } from '../support/teams-cards';
import { cardIn, replyIn } from './support/channel-posts';
import { startDemoPlayground } from './support/demo';

describe('an intake round in Teams (Agents Playground, API)', () => {
  let round: IntakeRound;

  beforeAll(async () => {
    assertLoopbackOnly('The intake round e2e test');
    round = await startIntakeRound('intake-round');
  });

  afterAll(async () => {
    await round?.stop();
  });

  test('the requests wait for the app in Teams; installing it in the team posts one in each channel', () =>
    sendAndInstall(round));

  test('Närhälsan answers on its card: the answered card comes back, the channel post is updated, the answer is stored', () =>
    answerOnNarhalsansCard(round));

  test('campaign status on the command line shows the answer, as text and as JSON', () =>
    statusShowsNarhalsansAnswer(round));

  test('an invalid answer comes back as the form with the problem in Swedish, and nothing is stored', async () => {
    const { app, campaign, stream, posted } = round;
    const before = stream.count;

    const result = await press(round, posted.folktandvarden!, {
      ...KARIN,
      'contact.1.email': 'karin.kontakt(at)vgregion',
    });

    const form = responseCard(result);
    expect(cardText(form)).toContain('Svaret är inte sparat');
    expect(errorUnder(form, 'contact.1.email')).toBe(
      'E-postadressen ser inte rätt ut. Skriv hela adressen: namn, @ och domän.',
    );
    const kept = elements(form, 'Input.Text').find((i) => i.id === 'contact.1.email');
    expect(kept?.value).toBe('karin.kontakt(at)vgregion');
    expect(await app.store.currentAnswer(campaign.id, 'folktandvarden')).toBeUndefined();
    expect(stream.received.slice(before).filter((e) => e.action === 'updateMessage')).toEqual([]);
  });

  test("Folktandvården's card pressed in Närhälsan's channel is refused", async () => {
    const { app, campaign, posted } = round;
    const result = await press(round, posted.folktandvarden!, KARIN, posted.narhalsan!);

    expect(cardText(responseCard(result))).toContain(
      'Det här kortet kan bara besvaras i kanalen som är registrerad för Folktandvården.',
    );
    expect(await app.store.currentAnswer(campaign.id, 'folktandvarden')).toBeUndefined();
    expect((await app.store.currentAnswer(campaign.id, 'narhalsan'))?.version).toBe(1);
  });

  test('the chair writes status in a personal chat and gets the round’s status card', async () => {
    const { campaign, playground, stream } = round;
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
    const theirs = await startDemoPlayground(
      round.app.messagesUrl,
      'intake-round-non-owner',
      annaAtTheKeyboard,
    );
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
