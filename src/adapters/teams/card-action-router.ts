import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import {
  editAnswerAction,
  submitAnswerAction,
  type CardActionHandler,
  type CardActionTurn,
} from './card-actions';
import { errorResponse } from './invoke-responses';
import { approveChannelLinkAction, rejectChannelLinkAction } from './link-actions';

/** Every `Action.Execute` verb the cards use, and who handles it. */
export const CARD_ACTIONS: Readonly<Record<string, CardActionHandler>> = {
  submitAnswer: submitAnswerAction,
  editAnswer: editAnswerAction,
  approveChannelLink: approveChannelLinkAction,
  rejectChannelLink: rejectChannelLinkAction,
};

export async function routeCardAction(
  verb: string | undefined,
  turn: CardActionTurn,
): Promise<AdaptiveCardInvokeResponse> {
  const handler = verb !== undefined && Object.hasOwn(CARD_ACTIONS, verb) ? CARD_ACTIONS[verb] : undefined;
  if (!handler) {
    turn.ctx.logger.warn({ activityId: turn.activity.id }, 'card action with an unknown verb');
    return errorResponse(400, 'BadRequest', 'Unknown action.');
  }
  return handler(turn);
}
