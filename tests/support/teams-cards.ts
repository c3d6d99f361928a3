import { elements, inputValues, type Card } from '../unit/cards/card-reader';

export { cardText, elements, errorUnder, inputValues, type Card } from '../unit/cards/card-reader';

/** Reading and pressing Adaptive Cards the way a Teams client does. */

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The Adaptive Card an activity (or a playground stream message) carries. */
export function attachmentCard(activity: Record<string, unknown> | undefined): Card {
  const attachments = activity?.attachments as { contentType: string; content: Card }[] | undefined;
  const card = attachments?.find((a) => a.contentType === ADAPTIVE_CARD);
  if (!card) throw new Error('the activity carries no Adaptive Card');
  return card.content;
}

export function executeAction(card: unknown, verb: string): { verb: string; data: Record<string, unknown> } {
  const action = elements(card, 'Action.Execute').find((a) => a.verb === verb);
  if (!action) throw new Error(`the card has no Action.Execute with verb ${verb}`);
  return { verb, data: { ...(action.data as Record<string, unknown>) } };
}

/**
 * What Teams sends when someone fills in the card and presses the button: the action's data plus
 * every input's value, keyed by input id, as strings.
 */
export function fillAndPress(card: unknown, verb: string, typed: Record<string, string>) {
  const action = executeAction(card, verb);
  const inputs = inputValues(card);
  for (const id of Object.keys(typed)) {
    if (!(id in inputs)) throw new Error(`the card has no input ${id}`);
  }
  return { verb, data: { ...action.data, ...inputs, ...typed } };
}

/** The card of an invoke response (`{statusCode?, type, value}`; the playground leaves out statusCode). */
export function responseCard(body: unknown): Card {
  const b = body as { type?: string; value?: Card };
  if (b?.type !== ADAPTIVE_CARD || !b.value) {
    throw new Error(`not a card response: ${JSON.stringify(body)?.slice(0, 200)}`);
  }
  return b.value;
}
