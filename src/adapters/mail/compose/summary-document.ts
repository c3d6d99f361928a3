import {
  nomineeTexts,
  organisationNotes,
  summaryGroups,
  summaryLines,
} from '../../../app/i18n/summary-texts';
import type { OrganisationStatus } from '../../../app/use-cases/campaign-status';
import type { SummaryView } from '../../../app/views/summary-view';
import { SUMMARY_MAIL_TEXTS } from '../summary-texts';
import { para, text, type Block, type Line } from './document';

/**
 * The owners' summary: where the round ended (when, progress, whether late answers are still taken),
 * then the organisations that answered, answered in part and did not, each with the people they
 * named, so the chair can act on it without opening anything else.
 */
export function summaryDocument(view: SummaryView): Block[] {
  const c = view.status.record.campaign;
  const [reason = '', progress = '', admission = ''] = summaryLines(view);
  return [
    { kind: 'eyebrow', text: c.requester.group },
    { kind: 'title', text: c.title },
    { kind: 'paragraph', lines: [[text(reason, true)], [text(progress)]] },
    para(admission),
    ...summaryGroups(view).flatMap((g): Block[] => [
      { kind: 'heading', text: g.heading },
      { kind: 'list', ordered: false, items: g.organisations.map((o) => organisationItem(o, view)) },
    ]),
    { kind: 'rule' },
    {
      kind: 'paragraph',
      small: true,
      lines: [[text(SUMMARY_MAIL_TEXTS[view.language].footer(c.requester.group))]],
    },
  ];
}

function organisationItem(o: OrganisationStatus, view: SummaryView): Line[] {
  return [
    [text(o.organisation.name, true)],
    ...nomineeTexts(o, view).map((t) => [text(t)]),
    ...organisationNotes(o, view).map((t) => [text(t)]),
  ];
}

export function summarySubject(view: SummaryView): string {
  const title = view.status.record.campaign.title;
  return SUMMARY_MAIL_TEXTS[view.language].subject[view.reason](title);
}
