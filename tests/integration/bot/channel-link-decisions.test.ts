import { startBotHarness, type BotHarness } from './bot-harness';
import { ON_TIME } from './fixture';
import {
  ADMIN_ENV,
  approvalCards,
  installInSkaraborg,
  postedIn,
  pressInChat,
  sayInChannel,
  sayInChat,
  SKARABORG,
  SKARABORG_CHANNEL,
  SU_NEW,
  SVEN,
} from './link-steps';
import { installEverywhere } from './steps';
import { ANNA, cardText, elements, responseCard } from './teams-client';

/** Approval cards that come to an owner after things moved on: a newer request, a channel taken meanwhile. */
describe('deciding a channel link that something else overtook', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await startBotHarness('accept', ADMIN_ENV);
    await installEverywhere(h);
    await installInSkaraborg(h);
    h.clock.set(ON_TIME);
    await sayInChat(h, SVEN, 'hjälp');
  });
  afterEach(async () => {
    await h.close();
  });

  function aMinuteLater(): void {
    h.clock.set(new Date(h.clock.now().getTime() + 60_000));
  }

  it('shows that an older request was overtaken by a newer one for the same organisation', async () => {
    await sayInChannel(h, SKARABORG, ANNA, 'koppla skaraborg');
    aMinuteLater();
    await sayInChannel(h, SU_NEW, ANNA, 'koppla skaraborg');
    const [older, newer] = approvalCards(h, SVEN);

    const res = await pressInChat(h, SVEN, older!, 'approveChannelLink');
    const card = responseCard(res.body);
    expect(cardText(card)).toContain(
      'En nyare begäran för Skaraborgs Sjukhus har kommit in. Den här gäller inte längre.',
    );
    expect(elements(card, 'Action.Execute')).toEqual([]);
    expect(await h.store.channelLinks('approved')).toEqual([]);
    expect(postedIn(h, SKARABORG_CHANNEL)).toEqual([]);

    await pressInChat(h, SVEN, newer!, 'approveChannelLink');
    expect((await h.store.channelLinks('approved')).map((l) => l.channelId)).toEqual([SU_NEW.channelId]);
  });

  it('does not approve a link for a channel that meanwhile became another organisation’s, and says so', async () => {
    await sayInChannel(h, SKARABORG, ANNA, 'koppla skaraborg');
    aMinuteLater();
    await sayInChannel(h, SKARABORG, ANNA, 'koppla sahlgrenska');
    const [forSkaraborg, forSahlgrenska] = approvalCards(h, SVEN);
    await pressInChat(h, SVEN, forSahlgrenska!, 'approveChannelLink');

    const res = await pressInChat(h, SVEN, forSkaraborg!, 'approveChannelLink');
    expect(cardText(responseCard(res.body))).toContain(
      'Kanalen svarar redan för Sahlgrenska Universitetssjukhuset, och en kanal kan bara svara för en organisation. Kopplingen godkändes inte.',
    );
    expect((await h.store.channelLinks('approved')).map((l) => l.orgId)).toEqual(['sahlgrenska']);
    // The channel now answers for Sahlgrenska alone, and a new request for Skaraborg is refused there.
    expect(await sayInChannel(h, SKARABORG, ANNA, 'koppla skaraborg')).toContain(
      'Den här kanalen svarar redan för Sahlgrenska Universitetssjukhuset',
    );
  });
});
