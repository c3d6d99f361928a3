import type { Lang } from '../../../app/i18n/lang';
import { isSafeHref, type Block, type Inline, type Line } from './document';
import { escapeHtml } from '../../html/html';

/**
 * Inline styles only: Outlook and most webmail drop <style> blocks. The one table is the button,
 * the only shape Outlook's Word engine draws with padding and a background.
 */
const FONT = "font-family:'Segoe UI',Arial,Helvetica,sans-serif;";
const ACCENT = '#00559e';
const MUTED = '#4a4a4a';

const STYLE = {
  body: 'margin:0;padding:0;background-color:#f2f2f2;',
  page: `max-width:640px;margin:0 auto;padding:24px 28px;background-color:#ffffff;${FONT}font-size:15px;line-height:1.5;color:#1f1f1f;`,
  eyebrow: `margin:0 0 4px;font-size:13px;color:${MUTED};`,
  title: 'margin:0 0 16px;font-size:22px;line-height:1.3;font-weight:600;color:#1f1f1f;',
  heading: 'margin:24px 0 8px;font-size:18px;line-height:1.3;font-weight:600;color:#1f1f1f;',
  paragraph: 'margin:0 0 12px;',
  small: `margin:0 0 12px;font-size:13px;color:${MUTED};`,
  list: 'margin:0 0 12px;padding-left:24px;',
  item: 'margin:0 0 4px;',
  link: `color:${ACCENT};text-decoration:underline;`,
  url: `color:${ACCENT};text-decoration:underline;word-break:break-all;`,
  box: 'margin:16px 0;padding:4px 16px 4px;border-left:4px solid #00559e;background-color:#f1f6fb;',
  buttonCell: `background-color:${ACCENT};border-radius:4px;`,
  button: `display:inline-block;padding:12px 24px;${FONT}font-size:16px;font-weight:600;color:#ffffff;text-decoration:none;border-radius:4px;`,
  rule: 'border:none;border-top:1px solid #d6d6d6;margin:24px 0;',
};

function inline(i: Inline): string {
  if (i.kind === 'link' && isSafeHref(i.href)) {
    return `<a href="${escapeHtml(i.href)}" style="${STYLE.link}">${escapeHtml(i.text)}</a>`;
  }
  const t = escapeHtml(i.text);
  return i.kind === 'text' && i.strong ? `<strong>${t}</strong>` : t;
}

function lines(ls: Line[]): string {
  return ls.map((l) => l.map(inline).join('')).join('<br>\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'eyebrow':
      return `<p style="${STYLE.eyebrow}">${escapeHtml(b.text)}</p>`;
    case 'title':
      return `<h1 style="${STYLE.title}">${escapeHtml(b.text)}</h1>`;
    case 'heading':
      return `<h2 style="${STYLE.heading}">${escapeHtml(b.text)}</h2>`;
    case 'paragraph':
      return `<p style="${b.small ? STYLE.small : STYLE.paragraph}">${lines(b.lines)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items.map((it) => `<li style="${STYLE.item}">${lines(it)}</li>`).join('\n');
      return `<${tag} style="${STYLE.list}">\n${items}\n</${tag}>`;
    }
    case 'action': {
      if (!isSafeHref(b.href)) return '';
      const href = escapeHtml(b.href);
      return [
        '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 12px;">',
        `<tr><td style="${STYLE.buttonCell}">`,
        `<a href="${href}" style="${STYLE.button}">${escapeHtml(b.text)}</a>`,
        '</td></tr>',
        '</table>',
        `<p style="${STYLE.small}">${escapeHtml(b.fallback)}<br>`,
        `<a href="${href}" style="${STYLE.url}">${href}</a></p>`,
      ].join('\n');
    }
    case 'box':
      return `<div style="${STYLE.box}">\n${b.blocks.map(block).join('\n')}\n</div>`;
    case 'rule':
      return `<hr style="${STYLE.rule}">`;
  }
}

/** A complete HTML document: shared mailboxes show no Adaptive Card, so this body must stand alone. */
export function renderHtml(blocks: Block[], title: string, lang: Lang): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.page}">`,
    ...blocks.map(block),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
