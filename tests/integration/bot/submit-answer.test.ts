import { startBotHarness, type BotHarness } from './bot-harness';
import { CAMPAIGN_ID, NARHALSAN_TEAM, ON_TIME, SU_CHANNEL } from './fixture';
import { installEverywhere, logText, postedMessage, SU_KONTAKT } from './steps';
import {
  ANNA,
  attachmentCard,
  cardAction,
  cardText,
  elements,
  errorUnder,
  executeAction,
  fillAndPress,
  inputValues,
  NARHALSAN_GENERAL,
  responseCard,
  type Card,
} from './teams-client';

const KARIN = { 'contact.1.name': 'Karin Kontakt', 'contact.1.email': 'karin.kontakt@vgregion.example' };

describe('answering on the card in Teams', () => {
  let h: BotHarness;
  let cards: { narhalsan: Card; sahlgrenska: Card };
  beforeEach(async () => {
    h = await startBotHarness();
    cards = await installEverywhere(h);
    h.clock.set(ON_TIME);
  });
  afterEach(async () => {
    await h.close();
  });

  it('stores a valid answer, shows it on the card and updates the message everyone sees', async () => {
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', {
      ...KARIN,
      'contact.1.phone': '010-441 00 00',
      'deputy.1.name': 'Per Ersättare',
      'deputy.1.email': 'per.ersattare@vgregion.example',
    });
    const res = await h.post(cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, press));

    expect(res.status).toBe(200);
    const card = responseCard(res.body);
    const text = cardText(card);
    expect(text).toContain('Svar registrerat');
    expect(text).toContain('Karin Kontakt');
    expect(text).toContain('Per Ersättare');
    expect(text).toContain('Registrerat av Anna Andersson 22 april 2025 kl. 14.30');
    expect(elements(card, 'Action.Execute').map((a) => a.verb)).toEqual(['editAnswer']);

    const answer = await h.store.currentAnswer(CAMPAIGN_ID, 'narhalsan');
    expect(answer).toMatchObject({
      version: 1,
      channel: 'teams',
      late: false,
      submittedBy: { kind: 'teams-user', name: 'Anna Andersson', id: ANNA.aadObjectId },
    });
    expect(answer?.nominees.map((n) => [n.roleId, n.name, n.email])).toEqual([
      ['contact', 'Karin Kontakt', 'karin.kontakt@vgregion.example'],
      ['deputy', 'Per Ersättare', 'per.ersattare@vgregion.example'],
    ]);

    const posted = postedMessage(h, NARHALSAN_TEAM);
    const updates = h.connector.callsOf('update');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ conversationId: posted.id, activityId: posted.activityId });
    expect(cardText(attachmentCard(updates[0]!.body))).toContain('Karin Kontakt');

    // Names stay out of the log; ids are enough to follow what happened.
    expect(logText(h)).not.toContain('Karin');
    expect(logText(h)).not.toContain('Anna Andersson');
    expect(logText(h)).not.toContain('vgregion.example');
  });

  it('shows problems under the fields concerned, keeps what was typed and stores nothing', async () => {
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', {
      'contact.1.name': 'Karin Kontakt',
      'contact.1.email': 'karin.kontakt(at)vgregion',
      'deputy.1.name': 'Per Ersättare',
      'deputy.1.phone': '010-441 00 00',
    });
    const res = await h.post(cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, press));

    expect(res.status).toBe(200);
    const card = responseCard(res.body);
    expect(errorUnder(card, 'contact.1.email')).toBe(
      'E-postadressen ser inte rätt ut. Skriv hela adressen: namn, @ och domän.',
    );
    expect(errorUnder(card, 'deputy.1.email')).toBe('Skriv personens e-postadress.');
    expect(errorUnder(card, 'contact.1.name')).toBeUndefined();
    expect(cardText(card)).toContain('Svaret är inte sparat');
    expect(inputValues(card)).toMatchObject({
      'contact.1.name': 'Karin Kontakt',
      'contact.1.email': 'karin.kontakt(at)vgregion',
      'deputy.1.name': 'Per Ersättare',
      'deputy.1.phone': '010-441 00 00',
    });
    expect(await h.store.currentAnswer(CAMPAIGN_ID, 'narhalsan')).toBeUndefined();
    expect(h.connector.callsOf('update')).toHaveLength(0);

    // Corrected on the returned card, it goes through.
    const again = fillAndPress(card, 'submitAnswer', {
      'contact.1.email': 'karin.kontakt@vgregion.example',
      'deputy.1.email': 'per.ersattare@vgregion.example',
    });
    const second = await h.post(cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, again));
    expect(cardText(responseCard(second.body))).toContain('Svar registrerat');
    expect((await h.store.currentAnswer(CAMPAIGN_ID, 'narhalsan'))?.version).toBe(1);
  });

  it('stores one version when Teams sends the same invoke again, and answers both alike', async () => {
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', KARIN);
    const invoke = cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, press);
    const first = await h.post(invoke);
    const resent = await h.post(invoke);
    const resentWithNewId = await h.post({ ...invoke, id: 'f4a2c7d0-retry-with-a-new-id' });

    expect(resent.body).toEqual(first.body);
    expect(resentWithNewId.body).toEqual(first.body);
    expect(await h.store.answerHistory(CAMPAIGN_ID, 'narhalsan')).toHaveLength(1);
    expect(h.connector.callsOf('update')).toHaveLength(1);
  });

  it('keeps the answers of two organisations apart', async () => {
    await h.post(
      cardAction(
        h.connector.url,
        NARHALSAN_GENERAL,
        ANNA,
        fillAndPress(cards.narhalsan, 'submitAnswer', KARIN),
      ),
    );
    await h.post(
      cardAction(
        h.connector.url,
        SU_KONTAKT,
        { id: '29:olle', name: 'Olle Olsson' },
        fillAndPress(cards.sahlgrenska, 'submitAnswer', {
          'contact.1.name': 'Sara Sjukhus',
          'contact.1.email': 'sara.sjukhus@vgregion.example',
        }),
      ),
    );
    const narhalsan = await h.store.currentAnswer(CAMPAIGN_ID, 'narhalsan');
    const su = await h.store.currentAnswer(CAMPAIGN_ID, 'sahlgrenska');
    expect(narhalsan?.nominees.map((n) => n.name)).toEqual(['Karin Kontakt']);
    expect(su?.nominees.map((n) => n.name)).toEqual(['Sara Sjukhus']);
    expect(su).toMatchObject({ version: 1, submittedBy: { name: 'Olle Olsson', id: '29:olle' } });

    const updated = h.connector.callsOf('update').map((u) => u.conversationId);
    expect(updated).toEqual([postedMessage(h, NARHALSAN_TEAM).id, postedMessage(h, SU_CHANNEL).id]);
  });

  it('brings the form back filled in for a change, and stores the change as a new version', async () => {
    const first = await h.post(
      cardAction(
        h.connector.url,
        NARHALSAN_GENERAL,
        ANNA,
        fillAndPress(cards.narhalsan, 'submitAnswer', KARIN),
      ),
    );
    const edit = await h.post(
      cardAction(
        h.connector.url,
        NARHALSAN_GENERAL,
        ANNA,
        executeAction(responseCard(first.body), 'editAnswer'),
      ),
    );
    const form = responseCard(edit.body);
    expect(inputValues(form)).toMatchObject(KARIN);

    const change = fillAndPress(form, 'submitAnswer', {
      'contact.1.name': 'Kim Ny',
      'contact.1.email': 'kim.ny@vgregion.example',
    });
    const saved = await h.post(cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, change));
    expect(cardText(responseCard(saved.body))).toContain('Kim Ny');
    const answer = await h.store.currentAnswer(CAMPAIGN_ID, 'narhalsan');
    expect(answer?.version).toBe(2);
    expect(answer?.nominees.map((n) => n.name)).toEqual(['Kim Ny']);
  });

  it('tells the person when someone else answered meanwhile, and keeps what they typed', async () => {
    // Two people open the same posted card; the first one sends.
    await h.post(
      cardAction(
        h.connector.url,
        NARHALSAN_GENERAL,
        ANNA,
        fillAndPress(cards.narhalsan, 'submitAnswer', KARIN),
      ),
    );
    const late = fillAndPress(cards.narhalsan, 'submitAnswer', {
      'contact.1.name': 'Bo Bengtsson',
      'contact.1.email': 'bo.bengtsson@vgregion.example',
    });
    const res = await h.post(
      cardAction(h.connector.url, NARHALSAN_GENERAL, { id: '29:bo', name: 'Bo B' }, late),
    );

    const card = responseCard(res.body);
    expect(cardText(card)).toContain('Någon annan registrerade ett svar medan du fyllde i');
    expect(cardText(card)).toContain('Karin Kontakt');
    expect(inputValues(card)['contact.1.name']).toBe('Bo Bengtsson');
    expect((await h.store.currentAnswer(CAMPAIGN_ID, 'narhalsan'))?.nominees[0]?.name).toBe('Karin Kontakt');

    // Sent again from the returned form, the newer answer stands.
    await h.post(
      cardAction(
        h.connector.url,
        NARHALSAN_GENERAL,
        { id: '29:bo', name: 'Bo B' },
        fillAndPress(card, 'submitAnswer', {}),
      ),
    );
    expect((await h.store.currentAnswer(CAMPAIGN_ID, 'narhalsan'))?.nominees[0]?.name).toBe('Bo Bengtsson');
  });
});
