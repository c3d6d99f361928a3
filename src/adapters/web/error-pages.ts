import type { Lang } from '../../app/i18n/lang';
import { html } from '../html/html';
import type { Page } from './page-shell';
import { WEB_TEXTS, type Contact } from './texts';

/**
 * Pages for links that cannot show a request. They say what happened and what to do, never why in
 * technical terms: a forged link learns nothing, not even whether the campaign exists.
 */
export function notFoundPage(lang: Lang): Page {
  const t = WEB_TEXTS[lang];
  return simplePage(lang, t.notFoundTitle, [t.notFoundBody, t.notFoundWhatToDo]);
}

/** Only a genuine, expired link names who to contact; the signature proved the campaign is real. */
export function expiredPage(lang: Lang, contact: Contact | undefined): Page {
  const t = WEB_TEXTS[lang];
  return {
    lang,
    title: t.expiredTitle,
    main: html`<h1>${t.expiredTitle}</h1>
      <p>${t.expiredBody}</p>
      <p>${contact ? t.askContact(contact) : t.expiredNoContact}</p>`,
  };
}

export function serverErrorPage(lang: Lang): Page {
  const t = WEB_TEXTS[lang];
  return simplePage(lang, t.serverErrorTitle, [t.serverErrorBody]);
}

export function unreadableFormPage(lang: Lang): Page {
  const t = WEB_TEXTS[lang];
  return simplePage(lang, t.unreadableTitle, [t.unreadableBody]);
}

function simplePage(lang: Lang, title: string, paragraphs: string[]): Page {
  return {
    lang,
    title,
    main: html`<h1>${title}</h1>
      ${paragraphs.map((p) => html`<p>${p}</p>`)}`,
  };
}

/** A genuine link to a campaign that has not been sent yet: nothing to answer, but nothing wrong either. */
export function notOpenPage(lang: Lang, contact: Contact): Page {
  const t = WEB_TEXTS[lang];
  return {
    lang,
    title: t.notOpenTitle,
    main: html`<h1>${t.notOpenTitle}</h1>
      <p>${t.notOpen}</p>
      <p>${t.questions(contact)}</p>`,
  };
}
