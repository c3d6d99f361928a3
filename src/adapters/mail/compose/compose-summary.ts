import type { SummaryView } from '../../../app/views/summary-view';
import type { ComposedMail } from './compose-request';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import { summaryDocument, summarySubject } from './summary-document';

export function composeSummaryMail(view: SummaryView): ComposedMail {
  const subject = summarySubject(view);
  const blocks = summaryDocument(view);
  return { subject, html: renderHtml(blocks, subject, view.language), text: renderText(blocks) };
}
