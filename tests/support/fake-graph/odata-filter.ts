import { GraphFailure } from './reply';

/**
 * The $filter subset Graph documents for list items: eq, ne, lt, gt, le, ge and startswith, joined
 * with and/or and parentheses. Other OData functions are refused, as SharePoint refuses them.
 */

type Op = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type Operand =
  { type: 'path'; path: string[] } | { type: 'literal'; value: string | number | boolean | null };
export type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'cmp'; op: Op; left: Operand; right: Operand }
  | { type: 'startswith'; target: Operand; prefix: Operand };

/** How a property compares: text as SharePoint does (ignoring case), the rest by value. */
export type Kind = 'text' | 'number' | 'boolean' | 'dateTime' | 'any';
export type Resolver = (path: string[]) => { kind: Kind; value: unknown };

type Token =
  { t: 'punct'; v: string } | { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'word'; v: string };

const OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['contains', 'endswith', 'substringof', 'tolower', 'toupper', 'any', 'all']);

function bad(detail: string): GraphFailure {
  return new GraphFailure(400, 'invalidRequest', `Invalid filter clause: ${detail}`);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if ('(),'.includes(ch)) {
      tokens.push({ t: 'punct', v: ch });
      i++;
      continue;
    }
    if (ch === "'") {
      let value = '';
      for (i++; ; i++) {
        if (i >= text.length) throw bad('unterminated string literal');
        if (text[i] !== "'") value += text[i];
        else if (text[i + 1] === "'") value += text[++i];
        else break;
      }
      tokens.push({ t: 'str', v: value });
      i++;
      continue;
    }
    // An unquoted date-time is a literal too (OData allows both forms).
    const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?/.exec(rest);
    const num = /^-?\d+(\.\d+)?/.exec(rest);
    const word = /^[A-Za-z_@][\w@.]*(\/[A-Za-z_@][\w@.]*)*/.exec(rest);
    let token: Token;
    let length: number;
    if (date && date[0].length > (num?.[0].length ?? 0))
      [token, length] = [{ t: 'str', v: date[0] }, date[0].length];
    else if (num) [token, length] = [{ t: 'num', v: Number(num[0]) }, num[0].length];
    else if (word) [token, length] = [{ t: 'word', v: word[0] }, word[0].length];
    else throw bad(`unexpected '${ch}'`);
    tokens.push(token);
    i += length;
  }
  return tokens;
}

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (w: string): boolean => peek()?.t === 'word' && (peek()!.v as string).toLowerCase() === w;
  const expect = (v: string): void => {
    const tok = tokens[pos++];
    if (tok?.t !== 'punct' || tok.v !== v) throw bad(`expected '${v}'`);
  };

  const operand = (): Operand => {
    const tok = tokens[pos++];
    if (!tok) throw bad('missing operand');
    if (tok.t === 'str' || tok.t === 'num') return { type: 'literal', value: tok.v };
    if (tok.t === 'word') {
      const w = tok.v.toLowerCase();
      if (w === 'true' || w === 'false') return { type: 'literal', value: w === 'true' };
      if (w === 'null') return { type: 'literal', value: null };
      return { type: 'path', path: tok.v.split('/') };
    }
    throw bad(`unexpected '${tok.v}'`);
  };

  const primary = (): FilterNode => {
    const tok = peek();
    if (tok?.t === 'punct' && tok.v === '(') {
      pos++;
      const inner = or();
      expect(')');
      return inner;
    }
    if (tok?.t === 'word' && tokens[pos + 1]?.t === 'punct' && tokens[pos + 1]!.v === '(') {
      const name = tok.v.toLowerCase();
      if (name !== 'startswith') {
        throw FUNCTIONS.has(name)
          ? bad(`the function '${tok.v}' is not supported on this resource`)
          : bad(`unknown function '${tok.v}'`);
      }
      pos += 2;
      const target = operand();
      expect(',');
      const prefix = operand();
      expect(')');
      return { type: 'startswith', target, prefix };
    }
    if (isWord('not')) throw bad("'not' is not supported on this resource");
    const left = operand();
    const op = tokens[pos++];
    if (op?.t !== 'word' || !OPS.has(op.v.toLowerCase())) throw bad('expected a comparison operator');
    return { type: 'cmp', op: op.v.toLowerCase() as Op, left, right: operand() };
  };

  const and = (): FilterNode => {
    let left = primary();
    while (isWord('and')) {
      pos++;
      left = { type: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): FilterNode => {
    let left = and();
    while (isWord('or')) {
      pos++;
      left = { type: 'or', left, right: and() };
    }
    return left;
  };

  const tree = or();
  if (pos < tokens.length) throw bad(`unexpected '${String(tokens[pos]!.v)}'`);
  return tree;
}

/** Every property path the filter reads (for the indexed-column check). */
export function filterPaths(node: FilterNode): string[][] {
  const of = (o: Operand): string[][] => (o.type === 'path' ? [o.path] : []);
  switch (node.type) {
    case 'and':
    case 'or':
      return [...filterPaths(node.left), ...filterPaths(node.right)];
    case 'cmp':
      return [...of(node.left), ...of(node.right)];
    case 'startswith':
      return [...of(node.target), ...of(node.prefix)];
  }
}

type Scalar = string | number | boolean | null;

function coerce(kind: Kind, v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case 'text':
      return String(v).toLowerCase();
    case 'number':
      return Number(v);
    case 'boolean':
      return v === true || v === 1 || v === '1' || v === 'true';
    case 'dateTime':
      return Date.parse(String(v));
    default:
      return typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  }
}

function read(o: Operand, resolve: Resolver): { kind?: Kind; value: unknown } {
  return o.type === 'path' ? resolve(o.path) : { value: o.value };
}

export function evaluate(node: FilterNode, resolve: Resolver): boolean {
  switch (node.type) {
    case 'and':
      return evaluate(node.left, resolve) && evaluate(node.right, resolve);
    case 'or':
      return evaluate(node.left, resolve) || evaluate(node.right, resolve);
    case 'startswith': {
      const target = read(node.target, resolve);
      const kind: Kind = target.kind === 'text' ? 'text' : 'any';
      const a = coerce(kind, target.value);
      const b = coerce(kind, read(node.prefix, resolve).value);
      return typeof a === 'string' && typeof b === 'string' && a.startsWith(b);
    }
    case 'cmp': {
      const l = read(node.left, resolve);
      const r = read(node.right, resolve);
      const kind = l.kind ?? r.kind ?? 'any';
      const a = coerce(kind, l.value);
      const b = coerce(kind, r.value);
      if (node.op === 'eq') return a === b;
      if (node.op === 'ne') return a !== b;
      if (a === null || b === null) return false;
      if (node.op === 'gt') return a > b;
      if (node.op === 'ge') return a >= b;
      if (node.op === 'lt') return a < b;
      return a <= b;
    }
  }
}
