import type { RequestView } from '../../app/views/request-view';
import { answeredCard } from './answered-card';
import { acceptsAnswers } from './card-parts';
import { closedCard } from './closed-card';
import type { AdaptiveCard } from './expand';
import { requestCard } from './request-card';

/**
 * The card that stands for an organisation's request right now: the form while answers are taken
 * and none exists, the answer once there is one, and the closed state when no more are taken.
 */
export function cardForView(view: RequestView, nonce: string): AdaptiveCard {
  if (!acceptsAnswers(view)) return closedCard(view);
  if (view.answer) return answeredCard(view);
  return requestCard(view, { nonce });
}
