import { shortfallText } from '../../../app/i18n/answer-texts';
import { reminderLine } from '../../../app/i18n/reminder-texts';
import type { ReminderView } from '../../../app/views/reminder-view';
import { MAIL_TEXTS } from '../texts';
import type { ComposedMail } from './compose-request';
import { para, text, type Block } from './document';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import { requestDocument } from './request-document';

/**
 * A reminder is the request again (the same letter, quotas and link), led by how long is left and,
 * for a partial answer, what is still missing: the two things a reader of a busy mailbox needs first.
 */
export function reminderDocument(view: ReminderView): Block[] {
  const t = MAIL_TEXTS[view.language];
  const org = view.organisation.name;
  const roleName = (id: string) => view.roles.find((r) => r.id === id)?.name ?? id;
  const lead: Block[] = [{ kind: 'paragraph', lines: [[text(reminderLine(view), true)]] }];
  if (view.status === 'partial') {
    lead.push(para(t.reminderPartial(org), shortfallText(view.shortfalls, view.language, roleName)));
  } else {
    lead.push(para(t.reminderMissing(org)));
  }
  return [...lead, ...requestDocument(view)];
}

export function composeReminderMail(view: ReminderView): ComposedMail {
  const t = MAIL_TEXTS[view.language];
  const subjectOf = view.daysLeft < 0 ? t.overdueSubject : t.reminderSubject;
  const subject = subjectOf(view.campaign.subject, view.organisation.name);
  const blocks = reminderDocument(view);
  return { subject, html: renderHtml(blocks, subject, view.language), text: renderText(blocks) };
}
