import { deadlineFor, roleName } from '../../domain/campaign';
import type { ResponseStatus } from '../../domain/status';
import type { OrganisationStatus } from '../views/status-view';
import type { SummaryView } from '../views/summary-view';
import { progressText, shortfallText } from './answer-texts';
import { formatDeadline, formatInstant } from './dates';
import type { Lang, Texts } from './lang';

/** The owners' end-of-round summary as every channel words it (e-mail and the Teams card). */
interface SummaryTexts {
  heading: { deadline: string; closed: string };
  deadlinePassed(date: string): string;
  closedAt(when: string): string;
  lateAccepted: string;
  noMoreAnswers: string;
  group: Record<ResponseStatus, (count: number) => string>;
  late: string;
  extended(date: string): string;
  noChannel: string;
  more(count: number): string;
}

export const SUMMARY_TEXTS: Texts<SummaryTexts> = {
  sv: {
    heading: { deadline: 'Svarstiden har gått ut', closed: 'Insamlingen är stängd' },
    deadlinePassed: (date) => `Svarstiden gick ut ${date}.`,
    closedAt: (when) => `Insamlingen stängdes ${when}.`,
    lateAccepted: 'Sena svar tas fortfarande emot och markeras som sena.',
    noMoreAnswers: 'Inga fler svar tas emot.',
    group: {
      answered: (n) => `Har svarat (${n})`,
      partial: (n) => `Delvis svar (${n})`,
      missing: (n) => `Har inte svarat (${n})`,
    },
    late: 'Sent svar.',
    extended: (date) => `Har fått förlängd svarstid till ${date}.`,
    noChannel: 'Förfrågan kom inte fram i någon kanal.',
    more: (n) => `… och ${n} till. E-postmeddelandet med sammanställningen listar alla.`,
  },
  en: {
    heading: { deadline: 'The deadline has passed', closed: 'The round is closed' },
    deadlinePassed: (date) => `The deadline passed on ${date}.`,
    closedAt: (when) => `The round was closed on ${when}.`,
    lateAccepted: 'Late answers are still accepted and marked as late.',
    noMoreAnswers: 'No more answers are accepted.',
    group: {
      answered: (n) => `Answered (${n})`,
      partial: (n) => `Partly answered (${n})`,
      missing: (n) => `Not answered (${n})`,
    },
    late: 'Late answer.',
    extended: (date) => `Has been given until ${date} to answer.`,
    noChannel: 'The request reached them through no channel.',
    more: (n) => `… and ${n} more. The summary e-mail lists them all.`,
  },
};

/** Where the round ended: when, how many answered, and whether late answers are still taken. */
export function summaryLines(view: SummaryView): string[] {
  const { record, progress } = view.status;
  const c = record.campaign;
  const t = SUMMARY_TEXTS[view.language];
  const reason =
    view.reason === 'closed' && record.closedAt
      ? t.closedAt(formatInstant(record.closedAt, c.timeZone, view.language))
      : t.deadlinePassed(formatDeadline(record.deadlineDate ?? '', view.language));
  const stillTaken = view.reason === 'deadline' && record.state === 'open' && c.latePolicy === 'accept';
  return [reason, progressText(progress, view.language), stillTaken ? t.lateAccepted : t.noMoreAnswers];
}

export interface SummaryGroupOf {
  status: ResponseStatus;
  heading: string;
  organisations: OrganisationStatus[];
}

/** Answered, partly answered, not answered: in that order, each left out when empty. */
export function summaryGroups(view: SummaryView): SummaryGroupOf[] {
  const order: ResponseStatus[] = ['answered', 'partial', 'missing'];
  return order
    .map((status) => {
      const organisations = view.status.organisations.filter((o) => o.status === status);
      return {
        status,
        heading: SUMMARY_TEXTS[view.language].group[status](organisations.length),
        organisations,
      };
    })
    .filter((g) => g.organisations.length > 0);
}

/** "Kontaktperson: Karin Kontakt, …" per person named, in the summary's language. */
export function nomineeTexts(o: OrganisationStatus, view: SummaryView): string[] {
  const roles = view.status.record.campaign.roles;
  return (o.answer?.nominees ?? []).map((n) => {
    const role = roles.find((r) => r.id === n.roleId);
    const details = [n.name, n.title, n.email, n.phone].filter((v): v is string => !!v);
    return `${role ? roleName(role, view.language) : n.roleId}: ${details.join(', ')}`;
  });
}

/** What a chair should know beside the names: late, what is missing, more time given, never reached. */
export function organisationNotes(o: OrganisationStatus, view: SummaryView): string[] {
  const { record } = view.status;
  const lang: Lang = view.language;
  const t = SUMMARY_TEXTS[lang];
  const notes: string[] = [];
  if (o.answer?.late) notes.push(t.late);
  if (o.status === 'partial') {
    const roles = record.campaign.roles;
    const nameOf = (id: string) => {
      const role = roles.find((r) => r.id === id);
      return role ? roleName(role, lang) : id;
    };
    notes.push(shortfallText(o.shortfalls, lang, nameOf));
  }
  if (o.status !== 'answered') {
    const own = deadlineFor(record, o.organisation.id);
    if (own && record.deadlineDate && own > record.deadlineDate)
      notes.push(t.extended(formatDeadline(own, lang)));
    if (!o.deliveries.some((d) => d.kind === 'request' && d.state === 'sent')) notes.push(t.noChannel);
  }
  return notes;
}
