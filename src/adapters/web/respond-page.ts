import type { AnswerDraft } from '../../domain/answer';
import { roleName, type CampaignRecord } from '../../domain/campaign';
import { quotasFor } from '../../domain/quota';
import { formatDeadline } from '../../app/i18n/dates';
import type { Lang } from '../../app/i18n/lang';
import type { RequestView } from '../../app/views/request-view';
import { answerSection } from './answer-section';
import { formSection, type FormRole } from './form-section';
import { html, type Html } from '../html/html';
import { letterHtml } from './letter';
import type { Page } from './page-shell';
import { errorSummary, type SummaryItem } from './problems';
import { WEB_TEXTS, type Contact } from './texts';

export interface RespondPageModel {
  view: RequestView;
  lang: Lang;
  roles: FormRole[];
  action: string;
  /** What the form shows: the registered answer, or what the person typed when it was sent back. */
  values: AnswerDraft;
  declaredName: string;
  problems: SummaryItem[];
  nonce: string;
  banner?: 'saved' | 'conflict';
  otherLanguageHref?: string;
}

/** Role labels in the page's language with this organisation's own quotas. */
export function pageRoles(record: CampaignRecord, orgId: string, lang: Lang): FormRole[] {
  return quotasFor(record.campaign, orgId).map((q) => ({
    id: q.role.id,
    label: roleName(q.role, lang),
    min: q.min,
    max: q.max,
  }));
}

function contactOf(view: Pick<RequestView, 'campaign'>): Contact {
  return { group: view.campaign.requesterGroup, replyTo: view.campaign.replyTo };
}

/** The organisation's request with its answer, and the form while answers are taken. */
export function respondPage(m: RespondPageModel): Page {
  const t = WEB_TEXTS[m.lang];
  const v = m.view;
  const deadline = formatDeadline(v.deadlineDate, m.lang);
  const contact = contactOf(v);
  const open = v.admission === 'on_time' || v.admission === 'late';
  const title = (m.problems.length > 0 ? t.errorTitlePrefix : '') + v.campaign.title;
  // The campaign's own words (title, letter) are in its language, which may not be the page's.
  const own = v.language !== m.lang ? html` lang="${v.language}"` : '';
  const main = html`<p class="meta">${t.from}: ${v.campaign.requesterGroup}</p>
    <h1${own}>${v.campaign.title}</h1>
    <p class="meta">${t.requestTo}: ${v.organisation.name}</p>
    <p class="deadline" id="deadline">${t.replyBy(deadline)}</p>
    ${m.problems.length > 0 && errorSummary(m.problems, m.lang)}
    ${m.banner === 'saved' && notice('success', 'saved-banner', t.savedTitle, html`<p>${t.savedBody(deadline)}</p>`)}
    ${m.banner === 'conflict' && notice('warning', 'conflict-notice', t.conflictTitle, html`<p>${t.conflictBody}</p>`)}
    ${admissionNotice(v, deadline, contact, m.lang)}
    <section aria-labelledby="letter-heading">
      <h2 id="letter-heading">${t.letterHeading}</h2>
      <div class="letter" ${own}>
        ${letterHtml(v.campaign.message)}
      </div>
    </section>
    ${answerSection(v, m.roles, m.lang)}
    ${
      open &&
      formSection({
        lang: m.lang,
        action: m.action,
        roles: m.roles,
        values: m.values,
        declaredName: m.declaredName,
        problems: m.problems,
        baseVersion: v.answer?.version ?? 0,
        nonce: m.nonce,
        isChange: v.answer !== undefined,
      })
    }`;
  return {
    lang: m.lang,
    title,
    main,
    footer: html`<p>${t.questions(contact)}</p>`,
    ...(m.otherLanguageHref ? { otherLanguageHref: m.otherLanguageHref } : {}),
  };
}

function admissionNotice(v: RequestView, deadline: string, contact: Contact, lang: Lang): Html | undefined {
  const t = WEB_TEXTS[lang];
  switch (v.admission) {
    case 'on_time':
      return undefined;
    case 'late':
      return notice('warning', 'admission-notice', t.lateOpen(deadline));
    case 'late_refused':
      return notice(
        'warning',
        'admission-notice',
        t.lateRefused(deadline),
        html`<p>${t.askContact(contact)}</p>`,
      );
    case 'closed':
      return notice('warning', 'admission-notice', t.closed, html`<p>${t.askContact(contact)}</p>`);
    case 'not_open':
      return notice('warning', 'admission-notice', t.notOpen, html`<p>${t.questions(contact)}</p>`);
  }
}

function notice(kind: 'success' | 'warning', id: string, title: string, body?: Html): Html {
  // A status region, so a screen reader announces the outcome when the page loads after sending.
  return html`<div class="${`notice ${kind}`}" id="${id}" role="${kind === 'success' ? 'status' : 'note'}">
    <p><strong>${title}</strong></p>
    ${body}
  </div>`;
}
