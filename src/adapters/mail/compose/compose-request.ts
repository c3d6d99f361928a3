import type { RequestView } from '../../../app/views/request-view';
import { MAIL_TEXTS } from '../texts';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import { requestDocument } from './request-document';

export interface ComposedMail {
  subject: string;
  html: string;
  text: string;
}

/**
 * The request e-mail for one organisation, independent of how it travels (an .eml file in the
 * outbox, or Microsoft Graph). Values are not yet safe for headers; the MIME layer sees to that.
 */
export function composeRequestMail(view: RequestView): ComposedMail {
  const subject = MAIL_TEXTS[view.language].subject(view.campaign.subject, view.organisation.name);
  const blocks = requestDocument(view);
  return { subject, html: renderHtml(blocks, subject, view.language), text: renderText(blocks) };
}
