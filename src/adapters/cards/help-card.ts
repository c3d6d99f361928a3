import type { Lang } from '../../app/i18n/lang';
import type { HelpCardData } from '../../../cards/help.data';
import template from '../../../cards/help.template.json';
import { expandCard, type AdaptiveCard } from './expand';
import { OVERVIEW_TEXTS } from './overview-texts';

export function helpCard(lang: Lang): AdaptiveCard {
  return expandCard(template, helpCardData(lang));
}

export function helpCardData(lang: Lang): HelpCardData {
  const t = OVERVIEW_TEXTS[lang];
  return {
    lang,
    heading: t.helpHeading,
    paragraphs: t.helpParagraphs.map((text) => ({ text })),
    commandsHeading: t.commandsHeading,
    commands: t.commands,
  };
}
