/**
 * A small reader for the Bicep the infra tests check. There is no Bicep compiler on these machines, so the
 * tests read the templates as text: this knows strings (with interpolation), comments and brackets, and
 * splits a file into its top-level statements and objects into their entries. It is not a Bicep parser:
 * it trusts the template to compile and looks only for what the tests ask about.
 */

import { closing, OPEN, views, type Views } from './bicep-views';

export { closing, identifierUses, views, type Views } from './bicep-views';

/** An object literal: its entries' keys (quotes removed) and raw value texts, comments removed. */
export class BicepObject {
  readonly entries: { key: string; value: string; start: number; end: number }[] = [];

  constructor(
    private readonly v: Views,
    readonly start: number,
    readonly end: number,
  ) {
    let depth = 0;
    let entryStart = true;
    for (let i = start + 1; i < end; i++) {
      const c = v.shape[i]!;
      if (depth === 0 && entryStart && !/\s/.test(c)) {
        const m = /^(?:'[^'\n]*'|[A-Za-z_][A-Za-z0-9_]*)\s*:/.exec(v.shape.slice(i, end));
        if (m) {
          const rawKey = v.code.slice(i, i + m[0].length).replace(/\s*:$/, '');
          const key = rawKey.startsWith("'") ? rawKey.slice(1, -1) : rawKey;
          this.entries.push({ key, value: '', start: i + m[0].length, end });
          i += m[0].length - 1;
          entryStart = false;
          continue;
        }
        entryStart = false;
      }
      if (OPEN[c]) depth++;
      else if (c === '}' || c === ']' || c === ')') depth--;
      if (depth === 0 && (c === '\n' || c === ',')) entryStart = true;
    }
    for (const e of this.entries) {
      // A value runs to the end of its line, or past it inside brackets it opens.
      let stop = e.start;
      for (let d = 0; stop < end; stop++) {
        const c = v.shape[stop]!;
        if (OPEN[c]) d++;
        else if (c === '}' || c === ']' || c === ')') d--;
        if (d === 0 && (c === '\n' || c === ',')) break;
      }
      e.value = v.code.slice(e.start, stop).trim();
      e.end = stop;
    }
  }

  keys(): string[] {
    return this.entries.map((e) => e.key);
  }

  /** The raw value text of a key, e.g. `'sharepoint'`, `true`, `identity.id`. */
  get(key: string): string | undefined {
    return this.entries.find((e) => e.key === key)?.value;
  }

  /** The value of a key that is itself an object literal. */
  object(key: string): BicepObject | undefined {
    const entry = this.entries.find((e) => e.key === key);
    if (!entry) return undefined;
    const open = this.v.shape.indexOf('{', entry.start);
    if (open < 0 || this.v.shape.slice(entry.start, open).trim() !== '') return undefined;
    return new BicepObject(this.v, open, closing(this.v.shape, open));
  }
}

export interface Decorator {
  name: string;
  /** The text between the parentheses. */
  args: string;
}

export interface Statement {
  keyword: string;
  /** Comment-free text of the statement, decorators excluded. */
  text: string;
  start: number;
  end: number;
  decorators: Decorator[];
}

/** The file's top-level statements, each with the decorators written above it. */
export function statements(v: Views): Statement[] {
  const out: Statement[] = [];
  let pending: Decorator[] = [];
  let i = 0;
  while (i < v.shape.length) {
    if (/\s/.test(v.shape[i]!)) {
      i++;
      continue;
    }
    let end = i;
    for (let depth = 0; end < v.shape.length; end++) {
      const c = v.shape[end]!;
      if (OPEN[c]) depth++;
      else if (c === '}' || c === ']' || c === ')') depth--;
      if (depth === 0 && c === '\n') break;
    }
    const text = v.code.slice(i, end).trim();
    const decorator = /^@(\w+)\(([\s\S]*)\)$/.exec(text);
    if (decorator) pending.push({ name: decorator[1]!, args: decorator[2]!.trim() });
    else {
      out.push({ keyword: /^\w+/.exec(text)?.[0] ?? '', text, start: i, end, decorators: pending });
      pending = [];
    }
    i = end;
  }
  return out;
}

export interface Param {
  name: string;
  type: string;
  /** Raw default value text, if any. */
  defaultValue?: string;
  decorators: Decorator[];
  statement: Statement;
}

export interface Declaration {
  symbol: string;
  /** Resource type with API version, or module path. */
  target: string;
  body: BicepObject;
  statement: Statement;
}

export interface BicepFile {
  views: Views;
  statements: Statement[];
  params: Param[];
  resources: Declaration[];
  modules: Declaration[];
  outputs: { name: string; value: string; statement: Statement }[];
}

export function readBicep(text: string): BicepFile {
  const v = views(text);
  const all = statements(v);
  const declaration = (s: Statement, m: RegExpExecArray): Declaration => {
    // The body is the first `{` after `=` outside parentheses (skipping `if (…)`).
    let open = v.shape.indexOf('=', s.start + m[0].length);
    for (let depth = 0; open < s.end; open++) {
      const c = v.shape[open]!;
      if (c === '(') depth++;
      if (c === ')') depth--;
      if (c === '{' && depth === 0) break;
    }
    return {
      symbol: m[1]!,
      target: m[2]!,
      body: new BicepObject(v, open, closing(v.shape, open)),
      statement: s,
    };
  };
  const matches = (keyword: string, re: RegExp) =>
    all.filter((s) => s.keyword === keyword).map((s) => ({ s, m: re.exec(s.text) }));
  return {
    views: v,
    statements: all,
    params: matches('param', /^param\s+(\w+)\s+(\w+)(?:\s*=\s*([\s\S]+))?$/).flatMap(({ s, m }) =>
      m
        ? [{ name: m[1]!, type: m[2]!, defaultValue: m[3]?.trim(), decorators: s.decorators, statement: s }]
        : [],
    ),
    resources: matches('resource', /^resource\s+(\w+)\s+'([^']+)'/).flatMap(({ s, m }) =>
      m ? [declaration(s, m)] : [],
    ),
    modules: matches('module', /^module\s+(\w+)\s+'([^']+)'/).flatMap(({ s, m }) =>
      m ? [declaration(s, m)] : [],
    ),
    outputs: matches('output', /^output\s+(\w+)\s+\w+\s*=\s*([\s\S]+)$/).flatMap(({ s, m }) =>
      m ? [{ name: m[1]!, value: m[2]!.trim(), statement: s }] : [],
    ),
  };
}

/** The literal text of a plain string value (`'x'` → `x`), or undefined for anything computed. */
export function literal(value: string | undefined): string | undefined {
  const m = /^'((?:[^'\\$]|\\.|\$(?!\{))*)'$/.exec(value ?? '');
  return m ? m[1]!.replace(/\\(.)/g, '$1') : undefined;
}

/** The string items of an array literal such as an `@allowed([...])` argument. */
export function stringItems(arrayText: string): string[] {
  return [...arrayText.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
}
