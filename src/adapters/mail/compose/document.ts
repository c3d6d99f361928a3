import { isSafeHref, type Inline, type Line } from '../../../app/views/letter';

export { isSafeHref, type Inline, type Line };

/**
 * A small document model for one e-mail. The composer decides the content once; the HTML and the
 * plain-text renderers only decide how it looks, so both parts of a message always say the same thing.
 */
export type Block =
  | { kind: 'eyebrow'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lines: Line[]; small?: boolean }
  | { kind: 'list'; ordered: boolean; items: Line[][] }
  /**
   * The primary action: a button, and below it the address written out in full (introduced by
   * `fallback`) for clients that strip or rewrite links.
   */
  | { kind: 'action'; text: string; href: string; fallback: string }
  | { kind: 'box'; blocks: Block[] }
  | { kind: 'rule' };

export function text(value: string, strong = false): Inline {
  return strong ? { kind: 'text', text: value, strong } : { kind: 'text', text: value };
}

export function para(...lines: (string | Line)[]): Block {
  return { kind: 'paragraph', lines: lines.map((l) => (typeof l === 'string' ? [text(l)] : l)) };
}
