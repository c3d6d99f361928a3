import { startBotHarness, type BotHarness } from './bot-harness';
import { EMAIL_OWNER, ON_TIME, OWNER } from './fixture';
import { installEverywhere, logText, SU_KONTAKT } from './steps';
import {
  ANNA,
  attachmentCard,
  cardAction,
  cardText,
  channelMention,
  fillAndPress,
  NARHALSAN_GENERAL,
  personalMessage,
  type TeamsUser,
} from './teams-client';

const SVEN: TeamsUser = { id: '29:sven', name: OWNER.name, aadObjectId: OWNER.aadObjectId };

describe('commands in chat', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await startBotHarness();
    const { narhalsan } = await installEverywhere(h);
    h.clock.set(ON_TIME);
    await h.post(
      cardAction(
        h.connector.url,
        NARHALSAN_GENERAL,
        ANNA,
        fillAndPress(narhalsan, 'submitAnswer', {
          'contact.1.name': 'Karin Kontakt',
          'contact.1.email': 'karin.kontakt@vgregion.example',
        }),
      ),
    );
    h.connector.calls.length = 0;
  });
  afterEach(async () => {
    await h.close();
  });

  function replies(): Record<string, unknown>[] {
    return h.connector.callsOf('send').map((c) => c.body ?? {});
  }

  it('shows an owner the status of the round', async () => {
    const res = await h.post(personalMessage(h.connector.url, SVEN, 'status'));
    expect(res.status).toBe(200);
    const [reply] = replies();
    const text = cardText(attachmentCard(reply));
    expect(text).toContain('Kontaktperson för projektarbete');
    expect(text).toContain('1 av 3 har svarat');
    expect(text).toContain('onsdag 30 april 2025');
    expect(text).toContain('Närhälsan');
    expect(text).toContain('Svarat');
    expect(text).toContain('Kontaktperson: Karin Kontakt');
    expect(text).toContain('Skaraborgs Sjukhus');
    expect(text).toContain('Inte svarat');
  });

  it('recognises an owner listed by e-mail through the directory, not through what they write', async () => {
    const maria: TeamsUser = {
      id: '29:maria',
      name: EMAIL_OWNER.name,
      aadObjectId: 'bbbbbbbb-0000-4000-8000-000000000002',
    };
    h.connector.members.set(maria.id, {
      ...maria,
      email: EMAIL_OWNER.email,
      userPrincipalName: EMAIL_OWNER.email,
    });
    await h.post(personalMessage(h.connector.url, maria, 'status projektarbete-2025'));
    expect(h.connector.callsOf('member')).toHaveLength(1);
    expect(cardText(attachmentCard(replies()[0]))).toContain('1 av 3 har svarat');
  });

  it('refuses politely when the person is not an owner, whatever the message says', async () => {
    h.connector.members.set(ANNA.id, { ...ANNA, email: 'anna.andersson@vgregion.example' });
    await h.post(personalMessage(h.connector.url, ANNA, 'status'));
    await h.post(personalMessage(h.connector.url, ANNA, 'status projektarbete-2025'));
    await h.post(personalMessage(h.connector.url, ANNA, `status projektarbete-2025 ${OWNER.email}`));
    const [first, second, third] = replies();
    for (const reply of [first, second]) {
      expect(String(reply?.text)).toContain('Läget i en insamling visas bara för dem som äger den');
      expect(reply?.attachments).toBeUndefined();
    }
    // Naming an owner in the message is not a way in: it is not even a command.
    expect(cardText(third?.attachments)).not.toContain('har svarat');
    expect(logText(h)).not.toContain('anna.andersson');
  });

  it('says the same to a stranger asking for a round that does not exist', async () => {
    await h.post(personalMessage(h.connector.url, SVEN, 'status finns-inte-2025'));
    expect(String(replies()[0]?.text)).toContain('visas bara för dem som äger den');
  });

  it('does not show the status in a channel', async () => {
    await h.post(channelMention(h.connector.url, NARHALSAN_GENERAL, SVEN, 'status'));
    const [reply] = replies();
    expect(String(reply?.text)).toContain('Skriv status till mig i en personlig chatt');
    expect(reply?.attachments).toBeUndefined();
  });

  it('shows a channel its own request again when someone asks for it (förfrågan)', async () => {
    await h.post(channelMention(h.connector.url, NARHALSAN_GENERAL, ANNA, 'förfrågan'));
    await h.post(channelMention(h.connector.url, SU_KONTAKT, ANNA, 'request'));
    const [narhalsan, sahlgrenska] = replies().map((r) => cardText(attachmentCard(r)));
    // Närhälsan has answered: its card shows the registered answer, not another organisation's form.
    expect(narhalsan).toContain('Närhälsan');
    expect(narhalsan).toContain('Karin Kontakt');
    expect(narhalsan).not.toContain('Sahlgrenska');
    expect(sahlgrenska).toContain('Sahlgrenska');
    expect(sahlgrenska).toContain('Skicka svar');
  });

  it('explains that förfrågan belongs in a channel, and says so when a channel has no request', async () => {
    await h.post(personalMessage(h.connector.url, ANNA, 'förfrågan'));
    await h.post(
      channelMention(h.connector.url, { teamId: 'team-x', channelId: '19:okand-kanal' }, ANNA, 'förfrågan'),
    );
    const [chat, unknown] = replies();
    expect(String(chat?.text)).toContain('i den kanal som tillhör din förvaltning');
    expect(String(unknown?.text)).toContain('har inga pågående förfrågningar');
    expect(unknown?.attachments).toBeUndefined();
  });

  it('answers hjälp with the help card, in a channel as in a chat', async () => {
    await h.post(channelMention(h.connector.url, NARHALSAN_GENERAL, ANNA, 'hjälp'));
    await h.post(personalMessage(h.connector.url, ANNA, 'help'));
    const cards = replies().map((r) => cardText(attachmentCard(r)));
    expect(cards).toHaveLength(2);
    for (const text of cards) {
      expect(text).toContain('Så fungerar contact-intake');
      expect(text).toContain('status');
      expect(text).toContain('hjälp');
    }
  });
});
