import { startBotHarness, type BotHarness } from './bot-harness';
import { CAMPAIGN_ID, ON_TIME, SU_CHANNEL } from './fixture';
import {
  ADMIN_ENV,
  approvalCards,
  IDA,
  installInSkaraborg,
  MARIA,
  postedIn,
  pressActionInChat,
  pressInChat,
  requestCardIn,
  sayInChannel,
  sayInChat,
  SKARABORG,
  SKARABORG_CHANNEL,
  SKARABORG_TEAM,
  SU_NEW,
  SVEN,
} from './link-steps';
import { installEverywhere, logText, SU_KONTAKT } from './steps';
import {
  ANNA,
  attachmentCard,
  cardAction,
  cardText,
  channelRenamed,
  elements,
  executeAction,
  fillAndPress,
  responseCard,
  type Card,
} from './teams-client';
import { EMAIL_OWNER } from './fixture';

const KARIN = { 'contact.1.name': 'Karin Kontakt', 'contact.1.email': 'karin.kontakt@vgregion.example' };

/**
 * A Teams channel asks, with `@contact-intake koppla <organisation>`, to become an organisation's
 * channel. It stays pending, and grants nothing, until an owner of a campaign asking the organisation
 * or an administrator (TEAMS_ADMIN_AAD_OBJECT_IDS) approves it in their chat with the bot.
 */
describe('linking a Teams channel to an organisation', () => {
  let h: BotHarness;
  let cards: { narhalsan: Card; sahlgrenska: Card };
  beforeEach(async () => {
    h = await startBotHarness('accept', ADMIN_ENV);
    cards = await installEverywhere(h);
    await installInSkaraborg(h);
    h.clock.set(ON_TIME);
  });
  afterEach(async () => {
    await h.close();
  });

  /** Sven has written to the bot once, so it can reach him in his chat. */
  async function svenHasAChat(): Promise<void> {
    await sayInChat(h, SVEN, 'hjälp');
  }

  async function skaraborgAsks(): Promise<{ reply: string; card: Card }> {
    const reply = await sayInChannel(h, SKARABORG, ANNA, 'koppla Skaraborgs sjukhus');
    const [card] = approvalCards(h, SVEN).slice(-1);
    return { reply, card: card! };
  }

  function skaraborgCardPressed(): ReturnType<typeof fillAndPress> {
    // Skaraborg's card as the bot would sign it, brought into the channel before the link is approved.
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', KARIN);
    press.data.token = h.ctx.links.cardToken(CAMPAIGN_ID, 'skaraborg');
    return press;
  }

  it('greets a team with what the bot is and how a channel becomes an organisation’s', () => {
    const greeting = h.connector
      .callsOf('send')
      .map((c) => String(c.body?.text ?? ''))
      .find((t) => t.includes('installerad i teamet'));
    expect(greeting).toContain('Jag samlar in kontaktpersoner från förvaltningarna');
    expect(greeting).toContain('den är angiven för organisationen i registret');
    expect(greeting).toContain('@contact-intake koppla «organisationens namn eller id»');
    expect(greeting).toContain('en ägare av insamlingen eller en administratör godkänner kopplingen');
  });

  it('stores a pending link and sends the approval card to the owner who has a chat with the bot', async () => {
    await svenHasAChat();
    const { reply, card } = await skaraborgAsks();

    expect(reply).toContain('Begäran är registrerad. Kanalen blir kanal för Skaraborgs Sjukhus först när');
    expect(reply).toContain('Fram till dess får kanalen inga förfrågningar till Skaraborgs Sjukhus');
    expect(reply).toContain('En person som kan godkänna har fått frågan i sin chatt med mig.');

    const pending = await h.store.channelLinks('pending');
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      orgId: 'skaraborg',
      channelId: SKARABORG_CHANNEL,
      channelName: 'Kontaktpersoner',
      requestedBy: { aadObjectId: ANNA.aadObjectId, name: 'Anna Andersson' },
      state: 'pending',
    });

    const text = cardText(card);
    expect(text).toContain('Koppla en kanal till Skaraborgs Sjukhus?');
    expect(text).toContain('Kanal: \nKontaktpersoner');
    expect(text).toContain('Begärd av: \nAnna Andersson, 22 april 2025 kl. 14.30');
    expect(elements(card, 'Action.Execute').map((a) => a.title)).toEqual(['Godkänn', 'Avvisa']);
    expect(JSON.stringify(card)).not.toContain(pending[0]!.id);
    // Nothing reaches the channel before approval.
    expect(postedIn(h, SKARABORG_CHANNEL)).toEqual([]);
  });

  it('tells the channel how approvers find the request when none can be reached in Teams', async () => {
    const reply = await sayInChannel(h, SKARABORG, ANNA, 'koppla skaraborg');
    expect(reply).toContain('Jag kunde inte nå någon som kan godkänna just nu');
    expect(reply).toContain('genom att skriva kopplingar till contact-intake i en personlig chatt');
    expect(await h.store.channelLinks('pending')).toHaveLength(1);
  });

  it('grants nothing while pending: a card for the organisation pressed in that channel is refused', async () => {
    await svenHasAChat();
    await skaraborgAsks();
    const res = await h.post(cardAction(h.connector.url, SKARABORG, ANNA, skaraborgCardPressed()));
    expect(cardText(responseCard(res.body))).toContain(
      'Det här kortet kan bara besvaras i kanalen som är registrerad för Skaraborgs Sjukhus',
    );
    expect(await h.store.currentAnswers(CAMPAIGN_ID)).toEqual([]);
  });

  it('changes nothing when someone who is neither owner nor administrator presses Godkänn, and says why', async () => {
    await svenHasAChat();
    const { card } = await skaraborgAsks();
    h.connector.members.set(ANNA.id, { ...ANNA, email: 'anna.andersson@vgregion.example' });
    // The card reached Anna somehow; she also puts an owner's ids into its data.
    const press = executeAction(card, 'approveChannelLink');
    press.data.aadObjectId = SVEN.aadObjectId;
    press.data.email = EMAIL_OWNER.email;

    const res = await pressActionInChat(h, ANNA, press);
    const answer = responseCard(res.body);
    expect(cardText(answer)).toContain('Du kan inte besluta om den här kopplingen');
    expect(cardText(answer)).toContain('Ingenting har ändrats.');
    expect(elements(answer, 'Action.Execute')).toEqual([]);
    expect((await h.store.channelLinks('pending')).map((l) => l.state)).toEqual(['pending']);
    expect(await h.store.channelLinks('approved')).toEqual([]);
    expect(postedIn(h, SKARABORG_CHANNEL)).toEqual([]);
    expect(logText(h)).not.toContain('anna.andersson');
  });

  it('refuses a tampered token, and a request card token on the approval buttons', async () => {
    await svenHasAChat();
    const { card } = await skaraborgAsks();
    const press = executeAction(card, 'approveChannelLink');
    const [version, body, mac] = String(press.data.token).split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, l: 'another-link' })).toString('base64url');

    for (const token of [
      `${version}.${forged}.${mac}`,
      h.ctx.links.cardToken(CAMPAIGN_ID, 'skaraborg'),
      '',
    ]) {
      const res = await pressActionInChat(h, SVEN, { verb: 'approveChannelLink', data: { token } });
      expect(cardText(responseCard(res.body))).toContain('Kortet kan inte användas');
    }
    expect(await h.store.channelLinks('approved')).toEqual([]);
  });

  it('on approval tells the channel, posts the waiting request there, and accepts answers from it', async () => {
    await svenHasAChat();
    const { card } = await skaraborgAsks();
    const res = await pressInChat(h, SVEN, card, 'approveChannelLink');

    const decided = responseCard(res.body);
    expect(cardText(decided)).toContain(
      'Godkänd av Sven Tåpptorp 22 april 2025 kl. 14.30. Kanalen svarar nu för Skaraborgs Sjukhus. En förfrågan har lagts i kanalen.',
    );
    expect(elements(decided, 'Action.Execute')).toEqual([]);

    const [notice, request] = postedIn(h, SKARABORG_CHANNEL);
    expect(String(notice?.text)).toContain(
      'Den här kanalen är nu kopplad till Skaraborgs Sjukhus (godkänt av Sven Tåpptorp)',
    );
    const requestCard = attachmentCard(request);
    expect(cardText(requestCard)).toContain('Skaraborgs Sjukhus');

    const answered = await h.post(
      cardAction(h.connector.url, SKARABORG, ANNA, fillAndPress(requestCard, 'submitAnswer', KARIN)),
    );
    expect(cardText(responseCard(answered.body))).toContain('Svar registrerat');
    const stored = await h.store.currentAnswers(CAMPAIGN_ID);
    expect(stored.map((a) => a.orgId)).toEqual(['skaraborg']);
    for (const secret of ['Anna Andersson', 'Sven Tåpptorp', 'karin.kontakt'])
      expect(logText(h)).not.toContain(secret);
  });

  it('reaches a channel the team’s channel list left out, because the bot heard from it when it asked', async () => {
    // A private channel, or a list call that failed at installation: only the koppla message names it.
    const hidden = { teamId: SKARABORG_TEAM, channelId: '19:skaraborg-dold' };
    await svenHasAChat();
    await sayInChannel(h, hidden, ANNA, 'koppla Skaraborgs sjukhus');
    const [card] = approvalCards(h, SVEN).slice(-1);
    const res = await pressInChat(h, SVEN, card!, 'approveChannelLink');

    expect(cardText(responseCard(res.body))).toContain('En förfrågan har lagts i kanalen.');
    const [notice, request] = postedIn(h, hidden.channelId);
    expect(String(notice?.text)).toContain('Den här kanalen är nu kopplad till Skaraborgs Sjukhus');
    expect(cardText(attachmentCard(request))).toContain('Skaraborgs Sjukhus');
  });

  it('moves an organisation: the new channel answers, the channel the register named no longer does', async () => {
    await svenHasAChat();
    await h.post(channelRenamed(h.connector.url, SU_NEW));
    await sayInChannel(h, SU_NEW, ANNA, 'koppla sahlgrenska');
    const [card] = approvalCards(h, SVEN).slice(-1);
    expect(cardText(card)).toContain(
      'Sahlgrenska Universitetssjukhuset svarar i dag i en annan kanal. Om du godkänner slutar den kanalen att kunna svara',
    );

    await pressInChat(h, SVEN, card!, 'approveChannelLink');
    const newCard = requestCardIn(h, SU_NEW.channelId)!;

    const fromOld = await h.post(
      cardAction(h.connector.url, SU_KONTAKT, ANNA, fillAndPress(cards.sahlgrenska, 'submitAnswer', KARIN)),
    );
    expect(cardText(responseCard(fromOld.body))).toContain(
      'registrerad för Sahlgrenska Universitetssjukhuset',
    );
    expect(await h.store.currentAnswers(CAMPAIGN_ID)).toEqual([]);

    const fromNew = await h.post(
      cardAction(h.connector.url, SU_NEW, ANNA, fillAndPress(newCard, 'submitAnswer', KARIN)),
    );
    expect(cardText(responseCard(fromNew.body))).toContain('Svar registrerat');
    expect((await h.store.currentAnswers(CAMPAIGN_ID)).map((a) => a.orgId)).toEqual(['sahlgrenska']);
    expect(postedIn(h, SU_CHANNEL).filter((a) => Array.isArray(a.attachments))).toHaveLength(1);
  });

  it('lets an administrator from TEAMS_ADMIN_AAD_OBJECT_IDS find the request with kopplingar and approve it', async () => {
    await sayInChannel(h, SKARABORG, ANNA, 'koppla Skaraborgs Sjukhus');
    const listed = await sayInChat(h, IDA, 'kopplingar');
    expect(listed).toHaveLength(1);
    const card = attachmentCard(listed[0]);
    expect(cardText(card)).toContain('Koppla en kanal till Skaraborgs Sjukhus?');

    const res = await pressInChat(h, IDA, card, 'approveChannelLink');
    expect(cardText(responseCard(res.body))).toContain('Godkänd av Ida Administratör');
    expect(await h.store.channelLinks('approved')).toEqual([
      expect.objectContaining({
        orgId: 'skaraborg',
        decidedBy: { aadObjectId: IDA.aadObjectId, name: IDA.name },
      }),
    ]);
    expect(requestCardIn(h, SKARABORG_CHANNEL)).toBeDefined();
  });

  it('lists pending links with kopplingar to an owner known by e-mail, and to nobody else', async () => {
    await sayInChannel(h, SKARABORG, ANNA, 'koppla skaraborg');
    h.connector.members.set(MARIA.id, { ...MARIA, email: EMAIL_OWNER.email });
    h.connector.members.set(ANNA.id, { ...ANNA, email: 'anna.andersson@vgregion.example' });

    const toMaria = await sayInChat(h, MARIA, 'kopplingar');
    expect(toMaria).toHaveLength(1);
    expect(cardText(attachmentCard(toMaria[0]))).toContain('Koppla en kanal till Skaraborgs Sjukhus?');

    const toAnna = await sayInChat(h, ANNA, 'links');
    expect(toAnna.map((a) => [a.text, a.attachments])).toEqual([
      ['Inga kanalkopplingar väntar på ditt beslut.', undefined],
    ]);

    // Maria's chat is now known by her e-mail too: the next request reaches her without her asking.
    await sayInChannel(h, SU_NEW, ANNA, 'koppla sahlgrenska');
    expect(approvalCards(h, MARIA).map(cardText).at(-1)).toContain('Sahlgrenska Universitetssjukhuset');
  });

  it('is harmless to press twice, or to reject after approving', async () => {
    await svenHasAChat();
    const { card } = await skaraborgAsks();
    await pressInChat(h, SVEN, card, 'approveChannelLink');
    const again = await pressInChat(h, SVEN, card, 'approveChannelLink');
    const reject = await pressInChat(h, SVEN, card, 'rejectChannelLink');

    for (const res of [again, reject]) {
      expect(cardText(responseCard(res.body))).toContain('Godkänd av Sven Tåpptorp');
      expect(elements(responseCard(res.body), 'Action.Execute')).toEqual([]);
    }
    expect((await h.store.channelLinks('approved')).map((l) => l.orgId)).toEqual(['skaraborg']);
    // One notice and one request card, however often the button is pressed.
    expect(
      postedIn(h, SKARABORG_CHANNEL).map((a) => (Array.isArray(a.attachments) ? 'card' : 'notice')),
    ).toEqual(['notice', 'card']);
  });

  it('on rejection tells the channel and posts nothing else there', async () => {
    await svenHasAChat();
    const { card } = await skaraborgAsks();
    const res = await pressInChat(h, SVEN, card, 'rejectChannelLink');
    expect(cardText(responseCard(res.body))).toContain(
      'Avvisad av Sven Tåpptorp 22 april 2025 kl. 14.30. Kanalen är inte kopplad till Skaraborgs Sjukhus.',
    );
    const posted = postedIn(h, SKARABORG_CHANNEL);
    expect(posted.map((a) => String(a.text))).toEqual([
      expect.stringContaining(
        'Begäran att koppla den här kanalen till Skaraborgs Sjukhus avvisades av Sven Tåpptorp',
      ),
    ]);
    expect(await h.store.channelLinks('pending')).toEqual([]);
    const refused = await h.post(cardAction(h.connector.url, SKARABORG, ANNA, skaraborgCardPressed()));
    expect(cardText(responseCard(refused.body))).toContain('registrerad för Skaraborgs Sjukhus');
  });
});
