import { shortfallText } from '../../app/i18n/answer-texts';
import type { RequestView } from '../../app/views/request-view';
import type { AnsweredCardData } from '../../../cards/answered.data';
import type { ReminderBanner } from '../../../cards/shared.data';
import template from '../../../cards/answered.template.json';
import { acceptsAnswers, cardHeader, NO_BANNER, registeredLine, registeredRoles } from './card-parts';
import { expandCard, type AdaptiveCard } from './expand';
import { CARD_TEXTS } from './texts';

const STATUS_STYLE = { answered: 'good', partial: 'warning', missing: 'default' } as const;

/** What everyone in the channel sees once the organisation has answered. Needs `view.answer`. */
export function answeredCard(view: RequestView, reminder: ReminderBanner = NO_BANNER): AdaptiveCard {
  return expandCard(template, answeredCardData(view, reminder));
}

export function answeredCardData(view: RequestView, reminder: ReminderBanner = NO_BANNER): AnsweredCardData {
  const answer = view.answer;
  if (!answer) throw new Error('the answered card needs an answer');
  const t = CARD_TEXTS[view.language];
  const roleName = (id: string) => view.roles.find((r) => r.id === id)?.name ?? id;
  const editable = acceptsAnswers(view);
  return {
    lang: view.language,
    reminder,
    ...cardHeader(view),
    statusLine: t.statusLine[view.status],
    statusStyle: STATUS_STYLE[view.status],
    shortfallLine: view.shortfalls.length ? shortfallText(view.shortfalls, view.language, roleName) : '',
    lateLine: answer.late ? t.lateAnswer : '',
    roles: registeredRoles(view.roles, answer.nominees, view.language),
    registeredLine: registeredLine(answer, view.campaign.timeZone, view.language),
    edit: { enabled: editable, title: t.editAnswer, token: view.cardToken },
    web: { enabled: editable, title: t.answerOnWeb, url: view.respondUrl },
  };
}
