/**
 * The letter as the chair wrote it, parsed once for every channel (e-mail, web page, card): paragraphs
 * separated by blank lines with their line breaks kept (signatures depend on them), and "- " or "1. "
 * lists. Channels decide only how it looks.
 */
export type Inline =
  { kind: 'text'; text: string; strong?: boolean } | { kind: 'link'; text: string; href: string };

/** One visual line; a paragraph or list item may hold several. */
export type Line = Inline[];

export type LetterBlock =
  { kind: 'paragraph'; lines: Line[] } | { kind: 'list'; ordered: boolean; items: Line[][] };

/** Links a reader may follow; anything else (javascript:, data:, relative, "#") stays text. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/[^\s"'<>]+|mailto:[^\s"'<>]+)$/i.test(href);
}

/** Targets may hold one level of parentheses, as Wikipedia-style URLs (and script payloads) do. */
const LINK = /\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))*)\)/g;
const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;
/** An indented line under a list item continues that item rather than starting a paragraph. */
const CONTINUATION = /^\s{2,}\S/;

/**
 * `[text](url)` becomes a link only when the target is one a reader can follow; the seed letters
 * carry `[Projektilen](#)` placeholders from the intranet copy, which must read as plain words.
 */
export function parseInline(line: string): Line {
  const out: Inline[] = [];
  let at = 0;
  for (const m of line.matchAll(LINK)) {
    const [whole, label, href] = m as unknown as [string, string, string];
    if (m.index > at) out.push({ kind: 'text', text: line.slice(at, m.index) });
    out.push(isSafeHref(href) ? { kind: 'link', text: label, href } : { kind: 'text', text: label });
    at = m.index + whole.length;
  }
  if (at < line.length) out.push({ kind: 'text', text: line.slice(at) });
  return out;
}

type ListKind = 'ul' | 'ol';

function listKind(line: string): { kind: ListKind; rest: string } | undefined {
  const b = BULLET.exec(line);
  if (b) return { kind: 'ul', rest: b[1]! };
  const n = NUMBERED.exec(line);
  if (n) return { kind: 'ol', rest: n[1]! };
  return undefined;
}

/**
 * Splits a letter into paragraphs (blank-line separated, inner line breaks kept) and lists
 * ("- " or "1. " lines). A list may follow its lead-in line without a blank line in between,
 * as letters pasted into YAML often do.
 */
export function parseLetter(message: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  const chunks = message
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((c) => c.replace(/^\n+|\s+$/g, ''))
    .filter((c) => c.trim().length > 0);
  for (const chunk of chunks) {
    let paragraph: Line[] = [];
    let list: { kind: ListKind; items: Line[][] } | undefined;
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', lines: paragraph });
      paragraph = [];
    };
    const flushList = () => {
      if (list) blocks.push({ kind: 'list', ordered: list.kind === 'ol', items: list.items });
      list = undefined;
    };
    for (const raw of chunk.split('\n')) {
      const item = listKind(raw);
      if (item) {
        flushParagraph();
        if (list && list.kind !== item.kind) flushList();
        list ??= { kind: item.kind, items: [] };
        list.items.push([parseInline(item.rest.trim())]);
      } else if (list && CONTINUATION.test(raw)) {
        list.items[list.items.length - 1]!.push(parseInline(raw.trim()));
      } else {
        flushList();
        paragraph.push(parseInline(raw.trim()));
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
