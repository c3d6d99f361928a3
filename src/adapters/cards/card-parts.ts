import type { Nominee } from '../../domain/answer';
import type { AnswerVersion } from '../../domain/answer-record';
import { formatInstant } from '../../app/i18n/dates';
import type { Lang } from '../../app/i18n/lang';
import type { RequestView, RoleView } from '../../app/views/request-view';
import type { CardHeader, PersonLine, RegisteredRole, ReminderBanner } from '../../../cards/shared.data';
import { CARD_TEXTS } from './texts';

export function cardHeader(view: RequestView): CardHeader {
  return {
    requesterGroup: view.campaign.requesterGroup,
    title: view.campaign.title,
    organisationLine: CARD_TEXTS[view.language].organisationLine(view.organisation.name),
  };
}

export function personLine(n: Nominee): PersonLine {
  const details = [n.email, n.phone, n.title].filter((v): v is string => !!v).join(', ');
  return { name: n.name, details: details ? ` – ${details}` : '' };
}

/** Who is registered, role by role, in the order the campaign lists its roles. */
export function registeredRoles(roles: RoleView[], nominees: Nominee[], lang: Lang): RegisteredRole[] {
  return roles.map((role) => {
    const people = nominees.filter((n) => n.roleId === role.id).map(personLine);
    return { heading: role.name, people, emptyText: people.length ? '' : CARD_TEXTS[lang].nobody };
  });
}

export function registeredLine(answer: AnswerVersion, timeZone: string, lang: Lang): string {
  return CARD_TEXTS[lang].registered(
    answer.submittedBy.name,
    formatInstant(answer.submittedAt, timeZone, lang),
  );
}

/** Answers are taken on time and, under the accept policy, late. */
export function acceptsAnswers(view: RequestView): boolean {
  return view.admission === 'on_time' || view.admission === 'late';
}

/** A card that is not a reminder: the template leaves the banner out. */
export const NO_BANNER: ReminderBanner = Object.freeze({ heading: '', text: '', style: 'default' });
