import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandCard } from '../../../src/adapters/cards/expand';
import type { AnsweredCardData } from '../../../cards/answered.data';
import type { ChannelLinkCardData } from '../../../cards/channel-link.data';
import type { ClosedCardData } from '../../../cards/closed.data';
import type { HelpCardData } from '../../../cards/help.data';
import type { NoticeCardData } from '../../../cards/notice.data';
import type { RequestCardData } from '../../../cards/request.data';
import type { StatusCardData } from '../../../cards/status.data';
import type { SummaryCardData } from '../../../cards/summary.data';
import answeredSample from '../../../cards/answered.sample.json';
import channelLinkSample from '../../../cards/channel-link.sample.json';
import closedSample from '../../../cards/closed.sample.json';
import helpSample from '../../../cards/help.sample.json';
import noticeSample from '../../../cards/notice.sample.json';
import requestSample from '../../../cards/request.sample.json';
import statusSample from '../../../cards/status.sample.json';
import summarySample from '../../../cards/summary.sample.json';
import { cardProblems } from './card-rules';

const CARDS = join(__dirname, '../../../cards');

/** The samples must fit the typed data models: a type error here means a template and its model drifted apart. */
const SAMPLES: Record<string, object> = {
  request: requestSample satisfies RequestCardData,
  answered: answeredSample satisfies AnsweredCardData,
  closed: closedSample satisfies ClosedCardData,
  notice: noticeSample satisfies NoticeCardData,
  status: statusSample satisfies StatusCardData,
  summary: summarySample satisfies SummaryCardData,
  help: helpSample satisfies HelpCardData,
  'channel-link': channelLinkSample satisfies ChannelLinkCardData,
};

describe('card templates', () => {
  const templates = readdirSync(CARDS)
    .filter((f) => f.endsWith('.template.json'))
    .map((f) => f.replace('.template.json', ''));

  it('has a sample and a data model for every template', () => {
    expect(templates.sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const name of templates) {
      expect(readdirSync(CARDS)).toEqual(expect.arrayContaining([`${name}.sample.json`, `${name}.data.ts`]));
    }
  });

  it.each(Object.keys(SAMPLES))('%s expands with its sample into a valid 1.5 card', (name) => {
    const template: object = JSON.parse(readFileSync(join(CARDS, `${name}.template.json`), 'utf8'));
    const card = expandCard(template, SAMPLES[name]!);
    expect(cardProblems(card)).toEqual([]);
  });

  it('keeps the texts out of the templates', () => {
    for (const name of templates) {
      const raw = readFileSync(join(CARDS, `${name}.template.json`), 'utf8');
      // Every "text" and "title" is data: a literal word in a template would not follow the language.
      const literal = [...raw.matchAll(/"(text|title|label)":\s*"([^"]*)"/g)].filter(
        ([, , v]) => !v!.startsWith('${'),
      );
      expect(literal.map(([m]) => `${name}: ${m}`)).toEqual([]);
    }
  });

  it('reports what makes a card invalid', () => {
    expect(
      cardProblems({
        type: 'AdaptiveCard',
        version: '1.2',
        body: [
          { type: 'Input.Text', id: 'a' },
          { type: 'TextBlock', text: 'Hej ${name}' },
          { type: 'Carousel', items: [] },
        ],
        actions: [{ type: 'Action.Execute', title: 'Skicka' }],
      }),
    ).toEqual([
      'version is 1.2, expected 1.5',
      '$.body[0]: input without label',
      '$.body[1].text: unresolved "Hej ${name}"',
      '$.body[2]: unknown type Carousel',
      '$.actions[0]: Action.Execute without verb',
    ]);
  });
});
