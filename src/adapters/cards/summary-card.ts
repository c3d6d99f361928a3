import {
  nomineeTexts,
  organisationNotes,
  SUMMARY_TEXTS,
  summaryGroups,
  summaryLines,
} from '../../app/i18n/summary-texts';
import type { SummaryView } from '../../app/views/summary-view';
import type { SummaryCardData } from '../../../cards/summary.data';
import template from '../../../cards/summary.template.json';
import { expandCard, type AdaptiveCard } from './expand';

const COLOR = { answered: 'good', partial: 'warning', missing: 'attention' } as const;

/**
 * Organisations shown per group. Teams refuses messages over about 28 KB, so a large round's card
 * names the first ones and says how many more there are; the summary e-mail lists them all.
 */
export const MAX_CARD_ORGANISATIONS = 12;

/** The end-of-round summary for an owner's personal chat. */
export function summaryCard(view: SummaryView): AdaptiveCard {
  return expandCard(template, summaryCardData(view));
}

export function summaryCardData(view: SummaryView): SummaryCardData {
  const t = SUMMARY_TEXTS[view.language];
  return {
    lang: view.language,
    heading: t.heading[view.reason],
    title: view.status.record.campaign.title,
    lines: summaryLines(view).map((text) => ({ text })),
    groups: summaryGroups(view).map((g) => ({
      heading: g.heading,
      color: COLOR[g.status],
      organisations: g.organisations.slice(0, MAX_CARD_ORGANISATIONS).map((o) => ({
        name: o.organisation.name,
        people: nomineeTexts(o, view).map((text) => ({ text })),
        note: organisationNotes(o, view).join(' '),
      })),
      more:
        g.organisations.length > MAX_CARD_ORGANISATIONS
          ? t.more(g.organisations.length - MAX_CARD_ORGANISATIONS)
          : '',
    })),
  };
}
