import { isSafeHref, parseLetter, type Line } from '../../app/views/letter';
import { html, type Html } from '../html/html';

/** The letter on the response page: the shared letter model, rendered as paragraphs and lists. */
export function letterHtml(message: string): Html {
  return html`${parseLetter(message).map((b) =>
    b.kind === 'paragraph'
      ? html`<p>${lines(b.lines)}</p>`
      : b.ordered
        ? html`<ol>
            ${b.items.map((i) => html`<li>${lines(i)}</li>`)}
          </ol>`
        : html`<ul>
            ${b.items.map((i) => html`<li>${lines(i)}</li>`)}
          </ul>`,
  )}`;
}

function lines(ls: Line[]): Html[] {
  return ls.map((l, i) => html`${i > 0 ? html`<br />` : ''}${l.map(inline)}`);
}

function inline(i: Line[number]): Html {
  return i.kind === 'link' && isSafeHref(i.href) ? html`<a href="${i.href}">${i.text}</a>` : html`${i.text}`;
}
