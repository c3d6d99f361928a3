import { GraphFailure } from './reply';

/** $select, $expand (with a nested $select), $orderby and $top, as Graph spells them. */

export interface Expansion {
  name: string;
  select?: string[];
}

export interface OrderKey {
  path: string[];
  desc: boolean;
}

function bad(option: string, detail: string): GraphFailure {
  return new GraphFailure(400, 'invalidRequest', `Invalid ${option} clause: ${detail}`);
}

/** Split on commas that are not inside parentheses. */
function topLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) throw bad('$expand', 'unbalanced parentheses');
  }
  if (depth !== 0) throw bad('$expand', 'unbalanced parentheses');
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function parseSelect(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** `fields`, `fields($select=Title,Email)` or `fields(select=Title)`; several separated by commas. */
export function parseExpand(text: string | undefined): Expansion[] {
  if (text === undefined) return [];
  return topLevel(text).map((part) => {
    const m = /^([\w.]+)(?:\((.*)\))?$/.exec(part);
    if (!m) throw bad('$expand', `cannot read '${part}'`);
    const expansion: Expansion = { name: m[1]! };
    for (const opt of (m[2] ?? '').split(';').filter((o) => o.trim() !== '')) {
      const [key, value] = opt.split('=', 2).map((s) => s.trim());
      if (key?.replace(/^\$/, '').toLowerCase() !== 'select' || value === undefined)
        throw bad('$expand', `only a nested $select is supported, not '${opt}'`);
      expansion.select = parseSelect(value);
    }
    return expansion;
  });
}

export function parseOrderBy(text: string | undefined): OrderKey[] {
  if (text === undefined) return [];
  return text.split(',').map((part) => {
    const words = part.trim().split(/\s+/);
    const [path, dir, ...rest] = words;
    if (!path || rest.length > 0 || (dir !== undefined && !/^(asc|desc)$/i.test(dir)))
      throw bad('$orderby', `cannot read '${part.trim()}'`);
    return { path: path.split('/'), desc: dir?.toLowerCase() === 'desc' };
  });
}

export function parseTop(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1)
    throw bad('$top', `'${text}' is not a positive integer`);
  return Number(text);
}

/** The properties a $select asks for; OData annotations ('@odata.…') always travel along. */
export function pick(
  resource: Record<string, unknown>,
  select: string[] | undefined,
): Record<string, unknown> {
  if (!select) return resource;
  const wanted = new Set(select.map((s) => s.toLowerCase()));
  return Object.fromEntries(
    Object.entries(resource).filter(([key]) => key.startsWith('@') || wanted.has(key.toLowerCase())),
  );
}
