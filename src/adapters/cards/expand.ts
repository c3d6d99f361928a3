import { Template } from 'adaptivecards-templating';

/** An expanded Adaptive Card, ready to attach to a message, an invoke response or an e-mail. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  [property: string]: unknown;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * Fills a template from `cards/` with its data. Values are inserted as data, never evaluated, so a
 * name someone typed that contains `${...}` stays text.
 */
export function expandCard<T extends object>(template: object, data: T): AdaptiveCard {
  const card = new Template(template).expand({ $root: data }) as AdaptiveCard;
  if (card?.type !== 'AdaptiveCard') throw new Error('card template did not expand to an AdaptiveCard');
  return card;
}
