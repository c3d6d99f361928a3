import { deadlineFor, roleName, type CampaignRecord } from '../../domain/campaign';
import { progressText, STATUS_LABEL } from '../../app/i18n/answer-texts';
import { formatDeadline, formatInstant } from '../../app/i18n/dates';
import type { CampaignStatus, OrganisationStatus } from '../../app/use-cases/campaign-status';
import type { Lang } from '../../app/i18n/lang';
import type { StatusCardData, StatusOrganisation } from '../../../cards/status.data';
import template from '../../../cards/status.template.json';
import { expandCard, type AdaptiveCard } from './expand';
import { OVERVIEW_TEXTS } from './overview-texts';

const STATUS_COLOR = { answered: 'good', partial: 'warning', missing: 'attention' } as const;

/** Where a round stands, for its owners: progress, deadline, and each organisation's state and nominees. */
export function statusCard(status: CampaignStatus): AdaptiveCard {
  return expandCard(template, statusCardData(status));
}

export function statusCardData(status: CampaignStatus): StatusCardData {
  const { record } = status;
  const c = record.campaign;
  const lang = c.language;
  const t = OVERVIEW_TEXTS[lang];
  return {
    lang,
    heading: t.statusHeading,
    title: c.title,
    facts: [
      { title: t.state, value: t.stateLabel[record.state] },
      {
        title: t.deadline,
        value: record.deadlineDate ? formatDeadline(record.deadlineDate, lang) : t.deadlineUnknown,
      },
      { title: t.answers, value: progressText(status.progress, lang) },
    ],
    organisations: status.organisations.map((o) => organisationLine(o, record, lang)),
  };
}

function organisationLine(o: OrganisationStatus, record: CampaignRecord, lang: Lang): StatusOrganisation {
  const c = record.campaign;
  const t = OVERVIEW_TEXTS[lang];
  const a = o.answer;
  const people = (a?.nominees ?? []).map((n) => {
    const role = c.roles.find((r) => r.id === n.roleId);
    return { text: `${role ? roleName(role, lang) : n.roleId}: ${n.name}, ${n.email}` };
  });
  const own = deadlineFor(record, o.organisation.id);
  const extended = own && record.deadlineDate && own > record.deadlineDate ? own : undefined;
  const note = [
    ...(a ? [t.submittedAt(formatInstant(a.submittedAt, c.timeZone, lang))] : []),
    ...(a?.late ? [t.late] : []),
    ...(extended && o.status !== 'answered' ? [t.extendedTo(formatDeadline(extended, lang))] : []),
  ].join(' · ');
  return {
    name: o.organisation.name,
    statusLabel: STATUS_LABEL[lang][o.status],
    statusColor: STATUS_COLOR[o.status],
    people,
    note,
  };
}
