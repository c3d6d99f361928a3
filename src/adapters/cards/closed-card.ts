import { formatDeadline } from '../../app/i18n/dates';
import type { RequestView } from '../../app/views/request-view';
import type { ClosedCardData } from '../../../cards/closed.data';
import template from '../../../cards/closed.template.json';
import { cardHeader, registeredLine, registeredRoles } from './card-parts';
import { expandCard, type AdaptiveCard } from './expand';
import { CARD_TEXTS } from './texts';

/** The round takes no answers (closed, late answers refused, or not yet open); shows what is registered. */
export function closedCard(view: RequestView): AdaptiveCard {
  return expandCard(template, closedCardData(view));
}

export function closedCardData(view: RequestView): ClosedCardData {
  const t = CARD_TEXTS[view.language];
  const contact = `${view.campaign.chair.name} (${view.campaign.replyTo})`;
  const [heading, text] =
    view.admission === 'late_refused'
      ? [t.lateRefusedHeading, t.lateRefusedText(formatDeadline(view.deadlineDate, view.language), contact)]
      : view.admission === 'not_open'
        ? [t.notOpenHeading, t.notOpenText]
        : [t.closedHeading, t.closedText];
  const answer = view.answer;
  return {
    lang: view.language,
    ...cardHeader(view),
    heading,
    text,
    registeredHeading: t.registeredAnswer,
    roles: answer ? registeredRoles(view.roles, answer.nominees, view.language) : [],
    registeredLine: answer ? registeredLine(answer, view.campaign.timeZone, view.language) : '',
  };
}
