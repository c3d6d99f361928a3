import type { Request, Response, Server } from 'restify';
import type { Lang } from '../../app/i18n/lang';
import { html } from '../html/html';
import type { RouteModule } from './http-server';
import { INFO_TEXTS, type InfoPage } from './info-texts';
import { sendPage } from './page-shell';
import { langOf } from './request-lang';

const PAGES = { '/': 'start', '/privacy': 'privacy', '/terms': 'terms' } as const;

/** About, personal data and terms: what the Teams app's manifest links to, and what a curious recipient finds. */
export function infoRoutes(): RouteModule {
  return (server: Server) => {
    for (const [path, key] of Object.entries(PAGES)) {
      server.get(path, async (req: Request, res: Response) => {
        const lang = langOf(req);
        const page = INFO_TEXTS[lang][key];
        sendPage(res, 200, {
          lang,
          title: page.title,
          main: pageMain(page),
          otherLanguageHref: `?lang=${lang === 'sv' ? 'en' : 'sv'}`,
          footer: footer(lang),
        });
      });
    }
  };
}

function pageMain(page: InfoPage) {
  return html`<h1>${page.title}</h1>
    ${page.sections.map(
      (s) =>
        html`${s.heading && html`<h2>${s.heading}</h2>`}${(s.paragraphs ?? []).map((p) => html`<p>${p}</p>`)}${
          s.items &&
          html`<ul>
            ${s.items.map((i) => html`<li>${i}</li>`)}
          </ul>`
        }`,
    )}`;
}

function footer(lang: Lang) {
  const t = INFO_TEXTS[lang].links;
  const q = lang === 'en' ? '?lang=en' : '';
  return html`<nav aria-label="${t.start}">
    <a href="/${q}">${t.start}</a> · <a href="/privacy${q}">${t.privacy}</a> ·
    <a href="/terms${q}">${t.terms}</a>
  </nav>`;
}
