import { closeCampaign } from '../../../src/app/use-cases/close-campaign';
import { startBotHarness, type BotHarness } from './bot-harness';
import { CAMPAIGN_ID, FIRST_LATE, ON_TIME } from './fixture';
import { installEverywhere } from './steps';
import {
  ANNA,
  cardAction,
  cardText,
  elements,
  executeAction,
  fillAndPress,
  NARHALSAN_GENERAL,
  responseCard,
} from './teams-client';

const KARIN = { 'contact.1.name': 'Karin Kontakt', 'contact.1.email': 'karin.kontakt@vgregion.example' };

describe('answers after the deadline', () => {
  let h: BotHarness | undefined;
  afterEach(async () => {
    await h?.close();
  });

  it('refuses a late answer with a closed card when the campaign refuses late answers', async () => {
    h = await startBotHarness('refuse');
    const { narhalsan } = await installEverywhere(h);
    h.clock.set(FIRST_LATE);

    const res = await h.post(
      cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, fillAndPress(narhalsan, 'submitAnswer', KARIN)),
    );
    const card = responseCard(res.body);
    const text = cardText(card);
    expect(text).toContain('Svarstiden har gått ut');
    expect(text).toContain('Sista dag att svara var onsdag 30 april 2025');
    expect(text).toContain('sena svar tas inte emot');
    expect(elements(card, 'Input.Text')).toHaveLength(0);
    expect(elements(card, 'Action.Execute')).toHaveLength(0);
    expect(await h.store.currentAnswer(CAMPAIGN_ID, 'narhalsan')).toBeUndefined();
  });

  it('takes a late answer under the accept policy and marks it late', async () => {
    h = await startBotHarness('accept');
    const { narhalsan } = await installEverywhere(h);
    h.clock.set(FIRST_LATE);

    const res = await h.post(
      cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, fillAndPress(narhalsan, 'submitAnswer', KARIN)),
    );
    expect(cardText(responseCard(res.body))).toContain('Svaret kom in efter svarstiden (sent svar).');
    expect(await h.store.currentAnswer(CAMPAIGN_ID, 'narhalsan')).toMatchObject({ version: 1, late: true });
  });

  it('offers no change once the round is closed, and shows what is registered', async () => {
    h = await startBotHarness('accept');
    const { narhalsan } = await installEverywhere(h);
    h.clock.set(ON_TIME);
    const saved = await h.post(
      cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, fillAndPress(narhalsan, 'submitAnswer', KARIN)),
    );
    await closeCampaign(h.ctx, CAMPAIGN_ID, { kind: 'cli', id: 'test' });

    const edit = await h.post(
      cardAction(
        h.connector.url,
        NARHALSAN_GENERAL,
        ANNA,
        executeAction(responseCard(saved.body), 'editAnswer'),
      ),
    );
    const card = responseCard(edit.body);
    expect(cardText(card)).toContain('Insamlingen är avslutad');
    expect(cardText(card)).toContain('Karin Kontakt');
    expect(elements(card, 'Input.Text')).toHaveLength(0);

    const again = await h.post(
      cardAction(
        h.connector.url,
        NARHALSAN_GENERAL,
        ANNA,
        fillAndPress(narhalsan, 'submitAnswer', {
          'contact.1.name': 'Kim Ny',
          'contact.1.email': 'kim.ny@vgregion.example',
        }),
      ),
    );
    expect(cardText(responseCard(again.body))).toContain('Insamlingen är avslutad');
    expect((await h.store.answerHistory(CAMPAIGN_ID, 'narhalsan')).length).toBe(1);
  });
});
