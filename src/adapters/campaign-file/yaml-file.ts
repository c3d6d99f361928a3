import { readFile } from 'node:fs/promises';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Language } from '../../domain/campaign-file';
import { syntaxText } from './texts-syntax';
import type { CampaignFileProblem, Finding } from './types';

/** A parsed YAML file kept together with its source, so every problem can be placed on a line. */
export interface YamlFile {
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

export type ReadFailure = 'missing' | 'directory' | 'unreadable';

export async function readText(file: string): Promise<{ text: string } | { failure: ReadFailure }> {
  try {
    return { text: await readFile(file, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { failure: code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'directory' : 'unreadable' };
  }
}

/**
 * Parses one YAML document. Syntax errors are returned alone: past the first one the parser's view of
 * the structure is a guess, and schema problems reported from that guess would mislead.
 */
export function parseYaml(
  file: string,
  text: string,
  lang: Language,
): { ok: true; yaml: YamlFile } | { ok: false; problems: CampaignFileProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const seenLines = new Set<number>();
    const problems: CampaignFileProblem[] = [];
    for (const e of doc.errors) {
      const open = unclosedAt(doc, e.code, e.pos[0]);
      const { line, col } = lines.linePos(open?.offset ?? e.pos[0]);
      // One mistake often trips several errors on the same line; the first says it best.
      if (seenLines.has(line)) continue;
      seenLines.add(line);
      const message = syntaxText(open?.code ?? e.code, e.message, lang);
      problems.push({ file, path: '', line, column: col, message });
    }
    return { ok: false, problems };
  }
  try {
    return { ok: true, yaml: { file, text, doc, lines, data: doc.toJS({ maxAliasCount: 100 }) } };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const message = syntaxText(/unresolved alias/i.test(detail) ? 'ALIAS' : 'TO_JS', detail, lang);
    return { ok: false, problems: [{ file, path: '', message }] };
  }
}

/**
 * A quote or bracket that is never closed is reported where the file ends; the author needs the place
 * where it was opened. That is the quoted scalar or flow collection running up to the error.
 */
function unclosedAt(doc: Document, code: string, pos: number): { offset: number; code: string } | undefined {
  if (code !== 'MISSING_CHAR' && code !== 'BAD_INDENT') return undefined;
  let found: { offset: number; code: string } | undefined;
  const consider = (range: Ranged['range'], what: string) => {
    if (range && range[0] < pos && range[1] >= pos && (!found || range[0] > found.offset)) {
      found = { offset: range[0], code: what };
    }
  };
  visit(doc, {
    Scalar(_, n) {
      if (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') consider(n.range, 'UNCLOSED_QUOTE');
    },
    Seq(_, n) {
      if (n.flow) consider(n.range, 'UNCLOSED_FLOW');
    },
    Map(_, n) {
      if (n.flow) consider(n.range, 'UNCLOSED_FLOW');
    },
  });
  return found;
}

interface Ranged {
  range?: [number, number, number] | null;
}

function keyOf(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/**
 * The node a finding is about. A missing key is placed on the mapping that should hold it (its key
 * line when it has one); a path into a scalar stops at that scalar.
 */
function nodeFor(yaml: YamlFile, f: Finding): Ranged | undefined {
  let node: unknown = yaml.doc.contents;
  let holderKey: Ranged | undefined;
  for (let i = 0; i < f.path.length; i++) {
    if (isAlias(node)) node = node.resolve(yaml.doc);
    const seg = f.path[i]!;
    const last = i === f.path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => keyOf(p.key) === String(seg));
      if (!pair) return holderKey ?? (node as Ranged);
      const key = pair.key as Ranged;
      if (last && f.target === 'key') return key;
      if (pair.value === null || pair.value === undefined) return key;
      holderKey = key;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      if (item === undefined || item === null) return holderKey ?? (node as Ranged);
      holderKey = undefined;
      node = item;
    } else {
      break;
    }
  }
  return (node ?? undefined) as Ranged | undefined;
}

/** 1-based line and column of a finding, or undefined when the document has nothing to point at. */
export function place(yaml: YamlFile, f: Finding): { line: number; column: number } | undefined {
  const node = nodeFor(yaml, f);
  const range = node?.range;
  if (!range) return undefined;
  let offset = range[0];
  if (f.needle) {
    const at = yaml.text.slice(range[0], range[1]).indexOf(f.needle);
    if (at >= 0) offset = range[0] + at;
  }
  const { line, col } = yaml.lines.linePos(offset);
  return { line, column: col };
}

/** The plain value at a path in parsed data; undefined when any step is missing. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}
