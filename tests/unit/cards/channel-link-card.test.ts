import { channelLinkCard, channelLinkNotice } from '../../../src/adapters/cards/channel-link-card';
import type { ChannelLink, ChannelLinkState } from '../../../src/domain/channel-link';
import type { ChannelLinkView } from '../../../src/app/views/channel-link-view';
import { cardText, elements } from './card-reader';
import { cardProblems } from './card-rules';
import { links } from './view-fixture';

/** The approval card an owner or administrator gets when a channel asks to be an organisation's. */

const LINK_ID = '3b9d0c62-5f1e-4d8a-9c47-2e6f8a1b0d35';

function linkView(
  state: ChannelLinkState = 'pending',
  extra: Partial<ChannelLinkView> = {},
): ChannelLinkView {
  const link: ChannelLink = {
    id: LINK_ID,
    orgId: 'skaraborg',
    channelId: '19:skaraborg-kontakt',
    teamId: '19:skaraborg-team',
    serviceUrl: 'https://smba.trafficmanager.example/emea/',
    teamName: 'Skaraborgs Sjukhus ledning',
    channelName: 'Kontaktpersoner',
    requestedBy: { aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Anna Andersson' },
    requestedAt: new Date('2025-04-22T08:15:00.000Z'),
    state,
    ...(state === 'approved' || state === 'rejected'
      ? {
          decidedBy: { aadObjectId: '0f0f0f0f-1111-4222-8333-444444444444', name: 'Sven Tåpptorp' },
          decidedAt: new Date('2025-04-22T12:30:00.000Z'),
        }
      : {}),
  };
  return {
    link,
    organisation: { id: 'skaraborg', name: 'Skaraborgs Sjukhus' },
    token: links.channelLinkToken(LINK_ID),
    replacesChannel: false,
    ...extra,
  };
}

function buttons(card: unknown): string[] {
  return elements(card, 'Action.Execute').map((a) => `${String(a.verb)}: ${String(a.title)}`);
}

describe('the channel link approval card', () => {
  it('asks whether to link, naming the organisation, team, channel and who asked when', () => {
    const card = channelLinkCard(linkView());
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Koppla en kanal till Skaraborgs Sjukhus?');
    expect(text).toContain('Godkänn bara om kanalen hör till Skaraborgs Sjukhus');
    expect(text).toContain('Organisation: \nSkaraborgs Sjukhus (skaraborg)');
    expect(text).toContain('Team: \nSkaraborgs Sjukhus ledning');
    expect(text).toContain('Kanal: \nKontaktpersoner');
    expect(text).toContain('Begärd av: \nAnna Andersson, 22 april 2025 kl. 10.15');
    expect(buttons(card)).toEqual(['approveChannelLink: Godkänn', 'rejectChannelLink: Avvisa']);
  });

  it('carries only the signed token, never the bare link id', () => {
    const card = channelLinkCard(linkView());
    const data = elements(card, 'Action.Execute').map((a) => a.data);
    const token = links.channelLinkToken(LINK_ID);
    expect(data).toEqual([{ token }, { token }]);
    expect(links.checkChannelLink(token)).toEqual({ ok: true, linkId: LINK_ID });
    expect(JSON.stringify(card)).not.toContain(LINK_ID);
  });

  it('warns when approving moves the organisation away from the channel it answers in today', () => {
    const text = cardText(channelLinkCard(linkView('pending', { replacesChannel: true })));
    expect(text).toContain('Skaraborgs Sjukhus svarar i dag i en annan kanal');
    expect(cardText(channelLinkCard(linkView()))).not.toContain('i en annan kanal');
  });

  it('shows ids when Teams gave no names', () => {
    const view = linkView();
    const { teamName: _t, channelName: _c, ...bare } = view.link;
    const text = cardText(channelLinkCard({ ...view, link: bare }));
    expect(text).toContain('Team: \n19:skaraborg-team');
    expect(text).toContain('Kanal: \n19:skaraborg-kontakt');
  });

  it.each<[ChannelLinkState, Partial<ChannelLinkView>, string]>([
    [
      'approved',
      { delivered: 1 },
      'Godkänd av Sven Tåpptorp 22 april 2025 kl. 14.30. Kanalen svarar nu för Skaraborgs Sjukhus. En förfrågan har lagts i kanalen.',
    ],
    ['approved', { delivered: 3 }, '3 förfrågningar har lagts i kanalen.'],
    [
      'rejected',
      {},
      'Avvisad av Sven Tåpptorp 22 april 2025 kl. 14.30. Kanalen är inte kopplad till Skaraborgs Sjukhus.',
    ],
    ['superseded', {}, 'En nyare begäran för Skaraborgs Sjukhus har kommit in. Den här gäller inte längre.'],
    ['replaced', {}, 'Kopplingen har ersatts av en nyare för Skaraborgs Sjukhus eller för kanalen.'],
  ])('once %s, says what became of it and offers no buttons', (state, extra, outcome) => {
    const card = channelLinkCard(linkView(state, extra));
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Kanalkoppling för Skaraborgs Sjukhus');
    expect(text).toContain(outcome);
    expect(buttons(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain(links.channelLinkToken(LINK_ID));
  });

  it('tells someone who may not decide why nothing changed, without buttons to try again', () => {
    const card = channelLinkCard(linkView(), { kind: 'not_allowed' });
    const text = cardText(card);
    expect(text).toContain('Du kan inte besluta om den här kopplingen');
    expect(text).toContain('äger en pågående insamling till Skaraborgs Sjukhus, eller en administratör');
    expect(text).toContain('Ingenting har ändrats.');
    expect(buttons(card)).toEqual([]);
  });

  it('says why an approval was refused when the channel already answers for another organisation', () => {
    const card = channelLinkCard(linkView(), { kind: 'channel_taken', organisation: 'Närhälsan' });
    expect(cardText(card)).toContain('Kanalen svarar redan för Närhälsan');
    expect(cardText(card)).toContain('Kopplingen godkändes inte.');
    expect(buttons(card)).toEqual([]);
  });

  it('is available in English', () => {
    const card = channelLinkCard(linkView(), { kind: 'state' }, 'en');
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('Link a channel to Skaraborgs Sjukhus?');
    expect(cardText(card)).toContain('Asked by: \nAnna Andersson, 22 April 2025 at 10:15');
    expect(buttons(card)).toEqual(['approveChannelLink: Approve', 'rejectChannelLink: Reject']);
  });
});

describe("the channel's notice once its link is decided", () => {
  it('tells the channel it now answers for the organisation, or that it was rejected, and by whom', () => {
    expect(channelLinkNotice(linkView('approved'))).toBe(
      'Den här kanalen är nu kopplad till Skaraborgs Sjukhus (godkänt av Sven Tåpptorp). Förfrågningar om kontaktpersoner till Skaraborgs Sjukhus kommer hit, och alla i kanalen kan svara på dem.',
    );
    expect(channelLinkNotice(linkView('rejected'))).toContain(
      'Begäran att koppla den här kanalen till Skaraborgs Sjukhus avvisades av Sven Tåpptorp.',
    );
  });
});
