/** Data for `notice.template.json`: a short message instead of a card (refusals, apologies). */
export interface NoticeCardData {
  lang: string;
  heading: string;
  text: string;
  /** Adaptive Card container style: attention, warning, accent, good or default. */
  style: string;
}
