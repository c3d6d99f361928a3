import type { Response } from 'restify';
import type { Lang } from '../../app/i18n/lang';
import { html, raw, type Html } from '../html/html';
import { SECURITY_HEADERS, STYLESHEET } from './styles';
import { WEB_TEXTS } from './texts';

export interface Page {
  lang: Lang;
  title: string;
  main: Html;
  /** Link to the same page in the other language; left out on pages where it would lose the form. */
  otherLanguageHref?: string;
  footer?: Html;
}

/**
 * Built outside the page template on purpose: the CSP allows the stylesheet by the hash of its exact
 * text, and a formatter re-indenting the template must not change a byte of it.
 */
const STYLE_ELEMENT = raw(`<style>${STYLESHEET}</style>`);

/** The frame every page shares: skip link, site header, one main landmark, footer. */
export function pageHtml(page: Page): string {
  const t = WEB_TEXTS[page.lang];
  const other = t.otherLanguage;
  return html`<!doctype html>
    <html lang="${page.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${page.title} – ${t.siteName}</title>
        ${STYLE_ELEMENT}
      </head>
      <body>
        <a class="skip" href="#main">${t.skipToContent}</a>
        <header class="site">
          <div class="site-inner">
            <p>${t.siteName}</p>
            ${page.otherLanguageHref && html`<a href="${page.otherLanguageHref}" lang="${other.lang}" hreflang="${other.lang}">${other.label}</a>`}
          </div>
        </header>
        <main id="main" tabindex="-1">${page.main}</main>
        ${page.footer && html`<footer class="site"><div class="site-inner">${page.footer}</div></footer>`}
      </body>
    </html> `.value;
}

/** Through restify's own send, so its error path knows the response is done and adds nothing. */
export function sendPage(res: Response, status: number, page: Page): void {
  const body = Buffer.from(pageHtml(page), 'utf8');
  res.sendRaw(status, body, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': page.lang,
  });
}

/** Post/Redirect/Get: the answer page is reloaded with GET, so a refresh never sends the form again. */
export function sendRedirect(res: Response, location: string): void {
  res.sendRaw(303, '', { ...SECURITY_HEADERS, Location: location });
}
