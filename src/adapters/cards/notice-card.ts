import type { NoticeCardData } from '../../../cards/notice.data';
import template from '../../../cards/notice.template.json';
import { expandCard, type AdaptiveCard } from './expand';

/** A short message in card form: refusals and apologies that replace a card the person acted on. */
export function noticeCard(data: NoticeCardData): AdaptiveCard {
  return expandCard(template, data);
}
