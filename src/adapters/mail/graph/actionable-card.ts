import type { RequestView } from '../../../app/views/request-view';
import { cardForView } from '../../cards/card-for-view';
import type { AdaptiveCard } from '../../cards/expand';

/**
 * The Adaptive Card Outlook shows above an e-mail (an "actionable message"): the card Teams gets for the
 * same request, marked with the provider id (`originator`) from the Actionable Email Developer Dashboard,
 * without which Outlook removes the card. Its `Action.Execute` reaches the bot through the Azure Bot's
 * Outlook channel.
 *
 * Outlook shows cards only to single-user mailboxes; the authority mailboxes are shared ones, where it
 * shows the HTML body alone. So the card is added to a complete body, never instead of it
 * (`hideOriginalBody` stays unset), and the body keeps the whole letter and the response link.
 */
export function outlookCard(view: RequestView, originator: string, nonce: string): AdaptiveCard {
  return withOriginator(cardForView(view, nonce), originator);
}

/** Any card of ours, marked for Outlook: a reminder's card is answered exactly like the request's. */
export function withOriginator(card: AdaptiveCard, originator: string): AdaptiveCard {
  return { ...card, originator };
}

/**
 * JSON that cannot end or confuse the script element it sits in: every `<` (so no `</script`, no `<!--`),
 * `>` and `&` as \u escapes, and U+2028/U+2029, which some script parsers take for line ends. All of them
 * are escapes JSON itself defines, so the text parses back to the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Outlook reads the card from a script element in the HTML head. */
export function withCardInHead(html: string, card: AdaptiveCard): string {
  const at = html.indexOf('</head>');
  if (at < 0) throw new Error('the e-mail HTML has no head to carry the card');
  const script = `<script type="application/adaptivecard+json">${scriptSafeJson(card)}</script>\n`;
  return html.slice(0, at) + script + html.slice(at);
}
