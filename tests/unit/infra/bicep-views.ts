/**
 * The lowest layer of the infra tests' Bicep reader: the same text seen three ways, so that brackets, keys
 * and identifiers are found outside strings and comments. See bicep-text.ts.
 */

/** Three views of the same text, all the same length, so an offset found in one slices the others. */
export interface Views {
  /** Comments blanked. */
  code: string;
  /** Comments and string literal text blanked; the code inside `${…}` stays (to find identifiers). */
  expr: string;
  /** Comments and everything inside strings blanked, outer quotes kept (to find brackets and keys). */
  shape: string;
}

type Frame = { kind: 'code'; braces: number } | { kind: 'string' };

export function views(text: string): Views {
  // UTF-16 units, like string offsets (a spread would split by code point).
  const code = text.split('');
  const expr = text.split('');
  const shape = text.split('');
  // Newlines stay, so line-based reading still works; multi-line strings are the exception (below).
  const blank = (arr: string[], i: number) => {
    if (arr[i] !== '\n') arr[i] = ' ';
  };
  const stack: Frame[] = [{ kind: 'code', braces: 0 }];
  const inString = () => stack.some((f) => f.kind === 'string');
  const at = (s: string, i: number) => text.startsWith(s, i);
  let i = 0;
  while (i < text.length) {
    const top = stack[stack.length - 1]!;
    if (top.kind === 'code') {
      if (at('//', i) || at('/*', i)) {
        const close = at('//', i) ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
        const stop = close < 0 ? text.length : at('//', i) ? close : close + 2;
        for (; i < stop; i++) [code, expr, shape].forEach((a) => blank(a, i));
        continue;
      }
      if (at("'''", i)) {
        // Multi-line strings have no escapes and no interpolation; their newlines end no statement.
        const close = text.indexOf("'''", i + 3);
        const stop = close < 0 ? text.length : close + 3;
        const outer = !inString();
        for (let j = i; j < stop; j++) {
          const edge = j < i + 3 || j >= stop - 3;
          if (!(outer && edge)) shape[j] = ' ';
          if (!edge) expr[j] = ' ';
        }
        i = stop;
        continue;
      }
      if (text[i] === "'") {
        if (inString()) shape[i] = ' ';
        stack.push({ kind: 'string' });
      } else if (stack.length > 1) {
        // Inside `${…}`: code for `expr`, string for `shape`; the brace that closes it ends the interpolation.
        blank(shape, i);
        if (text[i] === '{') top.braces++;
        if (text[i] === '}' && top.braces-- === 0) stack.pop();
      }
      i++;
      continue;
    }
    if (text[i] === '\\') {
      [expr, shape].forEach((a) => (blank(a, i), blank(a, i + 1)));
      i += 2;
    } else if (at('${', i)) {
      [expr, shape].forEach((a) => (blank(a, i), blank(a, i + 1)));
      stack.push({ kind: 'code', braces: 0 });
      i += 2;
    } else if (text[i] === "'") {
      stack.pop();
      if (inString()) shape[i] = ' ';
      i++;
    } else {
      blank(expr, i);
      blank(shape, i);
      i++;
    }
  }
  return { code: code.join(''), expr: expr.join(''), shape: shape.join('') };
}

export const OPEN: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

/** Offset of the bracket that closes the one at `open` (in the shape view). */
export function closing(shape: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < shape.length; i++) {
    const c = shape[i]!;
    if (OPEN[c]) stack.push(OPEN[c]!);
    else if (c === '}' || c === ']' || c === ')') {
      if (stack.pop() !== c) throw new Error(`unbalanced '${c}' at offset ${i}`);
      if (stack.length === 0) return i;
    }
  }
  throw new Error(`no closing bracket for offset ${open}`);
}

/**
 * Offsets where an identifier is used as code: not in strings or comments, not as a property name after a
 * dot, and not as an object key (`name: value`, which a ternary's `a ? name : b` is not).
 */
export function identifierUses(v: Views, name: string): number[] {
  return [...v.expr.matchAll(new RegExp(`(?<![\\w.$])${name}(?![\\w$])`, 'g'))]
    .map((m) => m.index!)
    .filter((i) => {
      const head = v.shape.slice(0, i).replace(/[ \t]+$/, '');
      const atEntryStart = head === '' || /[\n{,]$/.test(head);
      return !(atEntryStart && /^\s*:/.test(v.shape.slice(i + name.length)));
    });
}
