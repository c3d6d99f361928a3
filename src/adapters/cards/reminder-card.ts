import { reminderHeading, reminderLine } from '../../app/i18n/reminder-texts';
import type { ReminderView } from '../../app/views/reminder-view';
import type { ReminderBanner } from '../../../cards/shared.data';
import { answeredCard } from './answered-card';
import { acceptsAnswers } from './card-parts';
import { closedCard } from './closed-card';
import type { AdaptiveCard } from './expand';
import { requestCard } from './request-card';

export function reminderBanner(view: ReminderView): ReminderBanner {
  return {
    heading: reminderHeading(view),
    text: reminderLine(view),
    style: view.daysLeft < 0 ? 'attention' : 'accent',
  };
}

/**
 * The request card again under a reminder banner: the form for an organisation with no answer, the
 * registered answer with what is still missing ("Det saknas fortfarande: …") for a partial one. The
 * same signed token, so it is answered exactly like the request.
 */
export function reminderCard(view: ReminderView, nonce: string): AdaptiveCard {
  if (!acceptsAnswers(view)) return closedCard(view);
  const banner = reminderBanner(view);
  if (view.answer) return answeredCard(view, banner);
  return requestCard(view, { nonce, reminder: banner });
}
