import type { Block, Inline, Line } from './document';

/**
 * The plain-text part carries everything the HTML part does. Links are written out after their
 * words, since a text client cannot hide a target behind them.
 */
function inline(i: Inline): string {
  if (i.kind === 'text') return i.text;
  const target = i.href.replace(/^mailto:/i, '');
  return target === i.text ? i.text : `${i.text} (${target})`;
}

function line(l: Line): string {
  return l.map(inline).join('');
}

function underline(title: string, ch: string): string {
  return `${title}\n${ch.repeat(Math.min([...title].length, 72))}`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'eyebrow':
      return b.text;
    case 'title':
      return underline(b.text, '=');
    case 'heading':
      return underline(b.text, '-');
    case 'paragraph':
      return b.lines.map(line).join('\n');
    case 'list':
      return b.items
        .map((item, i) => {
          const mark = b.ordered ? `${i + 1}. ` : '- ';
          const pad = ' '.repeat(mark.length);
          return item.map((l, j) => (j === 0 ? mark : pad) + line(l)).join('\n');
        })
        .join('\n');
    case 'action':
      return `${b.text}:\n${b.href}`;
    case 'box':
      return b.blocks.map(block).join('\n\n');
    case 'rule':
      return '--';
  }
}

export function renderText(blocks: Block[]): string {
  return (
    blocks
      .map(block)
      .filter((s) => s.length > 0)
      .join('\n\n') + '\n'
  );
}
