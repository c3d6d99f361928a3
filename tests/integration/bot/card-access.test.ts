import { startBotHarness, type BotHarness } from './bot-harness';
import { CAMPAIGN_ID, NARHALSAN_TEAM, ON_TIME, OTHER_TENANT } from './fixture';
import { installEverywhere, SU_KONTAKT } from './steps';
import {
  ANNA,
  cardAction,
  cardText,
  elements,
  fillAndPress,
  NARHALSAN_GENERAL,
  responseCard,
  type Card,
} from './teams-client';

const KARIN = { 'contact.1.name': 'Karin Kontakt', 'contact.1.email': 'karin.kontakt@vgregion.example' };

describe('who may answer with a card', () => {
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

  async function nothingStored(): Promise<void> {
    expect(await h.store.currentAnswers(CAMPAIGN_ID)).toEqual([]);
    expect(h.connector.callsOf('update')).toHaveLength(0);
  }

  it("refuses Närhälsan's card pressed in Sahlgrenska's channel", async () => {
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', KARIN);
    const res = await h.post(cardAction(h.connector.url, SU_KONTAKT, ANNA, press));

    expect(res.status).toBe(200);
    const card = responseCard(res.body);
    expect(cardText(card)).toContain(
      'Det här kortet kan bara besvaras i kanalen som är registrerad för Närhälsan',
    );
    expect(elements(card, 'Action.Execute')).toHaveLength(0);
    await nothingStored();
  });

  it('refuses the right channel id coming from another tenant', async () => {
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', KARIN);
    const res = await h.post(
      cardAction(h.connector.url, { ...NARHALSAN_GENERAL, tenantId: OTHER_TENANT }, ANNA, press),
    );
    expect(cardText(responseCard(res.body))).toContain(
      'kan bara besvaras i kanalen som är registrerad för Närhälsan',
    );
    await nothingStored();
  });

  it('refuses the card in a personal chat', async () => {
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', KARIN);
    const invoke = cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, press);
    const res = await h.post({
      ...invoke,
      conversation: { id: 'a:personal-anna', conversationType: 'personal' },
      channelData: { tenant: { id: NARHALSAN_GENERAL.tenantId } },
    });
    expect(cardText(responseCard(res.body))).toContain('registrerad för Närhälsan');
    await nothingStored();
  });

  it('refuses a token that was changed to point at another organisation', async () => {
    // Someone edits the payload: the signed part says narhalsan, the attacker wants sahlgrenska.
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', KARIN);
    const [version, body, mac] = String(press.data.token).split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, o: 'sahlgrenska' })).toString('base64url');
    press.data.token = `${version}.${forged}.${mac}`;

    const res = await h.post(cardAction(h.connector.url, SU_KONTAKT, ANNA, press));
    expect(res.status).toBe(200);
    expect(cardText(responseCard(res.body))).toContain('Kortet kan inte användas');
    expect(res.text).not.toMatch(/signature|stack|Error/);
    await nothingStored();
  });

  it('ignores organisation and campaign ids placed in the card data', async () => {
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', KARIN);
    press.data.orgId = 'sahlgrenska';
    press.data.campaignId = 'another-campaign';
    await h.post(cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, press));
    const answers = await h.store.currentAnswers(CAMPAIGN_ID);
    expect(answers.map((a) => a.orgId)).toEqual(['narhalsan']);
  });

  it('refuses a card without a token, and one signed for the web page instead', async () => {
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', KARIN);
    const withoutToken = { ...press, data: { ...press.data, token: undefined } };
    const res1 = await h.post(cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, withoutToken));
    expect(cardText(responseCard(res1.body))).toContain('Kortet kan inte användas');

    const webToken = h.signer.sign({ purpose: 'respond', campaignId: CAMPAIGN_ID, orgId: 'narhalsan' });
    const res2 = await h.post(
      cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, {
        ...press,
        data: { ...press.data, token: webToken },
      }),
    );
    expect(cardText(responseCard(res2.body))).toContain('Kortet kan inte användas');
    await nothingStored();
  });

  it('answers an unknown verb with a 400 error, not a card', async () => {
    const press = fillAndPress(cards.narhalsan, 'submitAnswer', KARIN);
    const res = await h.post(
      cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, { ...press, verb: 'deleteEverything' }),
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    await nothingStored();
  });

  it('needs the card from the registered channel even for editing', async () => {
    const token = String(fillAndPress(cards.narhalsan, 'submitAnswer', KARIN).data.token);
    const res = await h.post(
      cardAction(h.connector.url, SU_KONTAKT, ANNA, { verb: 'editAnswer', data: { token } }),
    );
    const card = responseCard(res.body);
    expect(cardText(card)).toContain('registrerad för Närhälsan');
    expect(elements(card, 'Input.Text')).toHaveLength(0);
    expect(await h.store.channelEndpoint(NARHALSAN_TEAM)).toBeDefined();
  });
});
