import { formatInstant } from '../../app/i18n/dates';
import type { Lang } from '../../app/i18n/lang';
import type { ChannelLinkView } from '../../app/views/channel-link-view';
import type { ChannelLinkCardData } from '../../../cards/channel-link.data';
import template from '../../../cards/channel-link.template.json';
import { CHANNEL_LINK_TEXTS } from './channel-link-texts';
import { expandCard, type AdaptiveCard } from './expand';

/** Links are not tied to a campaign's time zone; the region's is the one its people read. */
const TIME_ZONE = 'Europe/Stockholm';

/** Why a press left the link as it was, when that is not the link's own state. */
export type LinkCardNote =
  { kind: 'state' } | { kind: 'not_allowed' } | { kind: 'channel_taken'; organisation: string };

/** The approval card: with Godkänn / Avvisa while the link waits, with what became of it afterwards. */
export function channelLinkCard(
  view: ChannelLinkView,
  note: LinkCardNote = { kind: 'state' },
  lang: Lang = 'sv',
): AdaptiveCard {
  return expandCard(template, channelLinkCardData(view, note, lang));
}

export function channelLinkCardData(
  view: ChannelLinkView,
  note: LinkCardNote,
  lang: Lang,
): ChannelLinkCardData {
  const t = CHANNEL_LINK_TEXTS[lang];
  const { link } = view;
  const org = view.organisation.name;
  const asked = [link.requestedBy.name ?? t.unknown, formatInstant(link.requestedAt, TIME_ZONE, lang)];
  const outcome = outcomeOf(view, note, lang);
  const pending = link.state === 'pending' && note.kind === 'state';
  return {
    lang,
    heading: pending ? t.headingPending(org) : t.headingDecided(org),
    intro: t.intro(org),
    details: [
      { label: t.organisation, value: `${org} (${view.organisation.id})` },
      { label: t.team, value: link.teamName ?? link.teamId ?? t.unknown },
      { label: t.channel, value: link.channelName ?? link.channelId },
      { label: t.requestedBy, value: asked.join(', ') },
    ],
    warning: pending && view.replacesChannel ? t.replaces(org) : '',
    outcome,
    decide: {
      enabled: pending,
      approveTitle: t.approve,
      rejectTitle: t.reject,
      token: pending ? view.token : '',
    },
  };
}

function outcomeOf(view: ChannelLinkView, note: LinkCardNote, lang: Lang): ChannelLinkCardData['outcome'] {
  const t = CHANNEL_LINK_TEXTS[lang];
  const { link } = view;
  const org = view.organisation.name;
  if (note.kind === 'not_allowed') return { text: t.notAllowed(org), style: 'attention' };
  if (note.kind === 'channel_taken') return { text: t.channelTaken(note.organisation), style: 'attention' };
  const by = link.decidedBy?.name ?? t.unknown;
  const at = link.decidedAt ? formatInstant(link.decidedAt, TIME_ZONE, lang) : '';
  switch (link.state) {
    case 'pending':
      return { text: '', style: 'default' };
    case 'approved':
      return {
        text: t.approved(by, at, org) + (view.delivered ? t.delivered(view.delivered) : ''),
        style: 'good',
      };
    case 'rejected':
      return { text: t.rejected(by, at, org), style: 'attention' };
    case 'superseded':
      return { text: t.superseded(org), style: 'warning' };
    case 'replaced':
      return { text: t.replaced(org), style: 'warning' };
  }
}

/** What the channel that asked is told once the link is decided. */
export function channelLinkNotice(view: ChannelLinkView, lang: Lang = 'sv'): string {
  const t = CHANNEL_LINK_TEXTS[lang];
  const by = view.link.decidedBy?.name ?? t.unknown;
  const org = view.organisation.name;
  return view.link.state === 'approved' ? t.channelApproved(org, by) : t.channelRejected(org, by);
}
