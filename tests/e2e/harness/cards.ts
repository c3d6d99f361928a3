/** The throwaway bot's Adaptive Card 1.5: a request with one input. */

export type Card = Record<string, unknown>;

const base = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
};

export function requestCard(title: string, token: string): Card {
  return {
    ...base,
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder' },
      { type: 'Input.Text', id: 'contactName', label: 'Kontaktperson', isRequired: true },
    ],
    actions: [{ type: 'Action.Execute', title: 'Skicka', verb: 'submitContact', data: { token } }],
  };
}
