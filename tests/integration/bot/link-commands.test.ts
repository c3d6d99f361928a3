import { startBotHarness, type BotHarness } from './bot-harness';
import { ON_TIME } from './fixture';
import { ADMIN_ENV, IDA, installInSkaraborg, sayInChannel, sayInChat, SKARABORG } from './link-steps';
import { installEverywhere } from './steps';
import { ANNA, attachmentCard, cardText, NARHALSAN_GENERAL } from './teams-client';

/** What the bot answers to `koppla` and `kopplingar` (and `link`, `links`) where they do not apply. */
describe('the koppla and kopplingar commands', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await startBotHarness('accept', ADMIN_ENV);
    await installEverywhere(h);
    await installInSkaraborg(h);
    h.clock.set(ON_TIME);
  });
  afterEach(async () => {
    await h.close();
  });

  async function noLinkStored(): Promise<void> {
    expect(await h.store.channelLinks('pending')).toEqual([]);
    expect(await h.store.channelLinks('approved')).toEqual([]);
  }

  it('offers the organisations it may have meant when the name is not exact', async () => {
    const reply = await sayInChannel(h, SKARABORG, ANNA, 'koppla Skarborg');
    expect(reply).toBe(
      'Jag hittar ingen organisation ”Skarborg” i de insamlingar som pågår. Menade du Skaraborgs Sjukhus (skaraborg)? Skriv i så fall till exempel @contact-intake koppla skaraborg.',
    );
    const none = await sayInChannel(h, SKARABORG, ANNA, 'koppla Kommunförbundet i Halland');
    expect(none).toContain('Jag hittar ingen organisation ”Kommunförbundet i Halland”');
    expect(none).toContain('Skriv organisationens namn eller id så som det står i insamlingen.');
    await noLinkStored();
  });

  it('says when the channel already is the organisation’s, or already answers for another', async () => {
    expect(await sayInChannel(h, NARHALSAN_GENERAL, ANNA, 'koppla Närhälsan')).toContain(
      'Den här kanalen är redan kanal för Närhälsan.',
    );
    expect(await sayInChannel(h, NARHALSAN_GENERAL, ANNA, 'koppla skaraborg')).toContain(
      'Den här kanalen svarar redan för Närhälsan, och en kanal kan bara svara för en organisation.',
    );
    await noLinkStored();
  });

  it('asks which organisation when koppla comes from the menu without one', async () => {
    expect(await sayInChannel(h, SKARABORG, ANNA, 'koppla')).toContain(
      'Skriv vilken organisation kanalen ska kopplas till, till exempel @contact-intake koppla Närhälsan.',
    );
    await noLinkStored();
  });

  it('explains that koppla works only in the channel that is to be linked', async () => {
    const [reply] = await sayInChat(h, ANNA, 'koppla skaraborg');
    expect(String(reply?.text)).toContain(
      'Skriv @contact-intake koppla «organisationens namn eller id» i den kanal som ska bli organisationens kanal.',
    );
    await noLinkStored();
  });

  it('explains that kopplingar belongs in the personal chat, even to an administrator', async () => {
    await sayInChannel(h, SKARABORG, ANNA, 'koppla skaraborg');
    const reply = await sayInChannel(h, SKARABORG, IDA, 'kopplingar');
    expect(reply).toBe(
      'Skriv kopplingar till contact-intake i en personlig chatt. Där visar jag de kanalkopplingar som väntar på ditt beslut.',
    );
  });

  it('reads the organisation as Teams sends it, with non-breaking spaces between the words', async () => {
    expect(await sayInChannel(h, SKARABORG, ANNA, 'koppla&nbsp;Skaraborgs&nbsp;Sjukhus')).toContain(
      'Begäran är registrerad. Kanalen blir kanal för Skaraborgs Sjukhus',
    );
  });

  it('understands the English link and links', async () => {
    expect(await sayInChannel(h, SKARABORG, ANNA, 'link Skaraborgs Sjukhus')).toContain(
      'Begäran är registrerad.',
    );
    const [card] = await sayInChat(h, IDA, 'links');
    expect(cardText(attachmentCard(card))).toContain('Koppla en kanal till Skaraborgs Sjukhus?');
  });

  it('tells an approver when nothing waits for them', async () => {
    const replies = await sayInChat(h, IDA, 'kopplingar');
    expect(replies.map((r) => r.text)).toEqual(['Inga kanalkopplingar väntar på ditt beslut.']);
  });

  it('names koppla and kopplingar in the help card and in the answer to an unknown command', async () => {
    const [help] = await sayInChat(h, ANNA, 'hjälp');
    const text = cardText(attachmentCard(help));
    expect(text).toContain('koppla «organisation»');
    expect(text).toContain(
      'Kopplingen gäller först när en ägare av en pågående insamling eller en administratör',
    );
    expect(text).toContain('kopplingar');
    const [unknown] = await sayInChat(h, ANNA, 'vad kan du');
    expect(String(unknown?.text)).toBe(
      'Jag förstår kommandona förfrågan, koppla, kopplingar, status och hjälp.',
    );
  });
});
