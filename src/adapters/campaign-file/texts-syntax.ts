import type { Language } from '../../domain/campaign-file';

/**
 * Texts for problems of form rather than content: unreadable files, YAML syntax, and zod's own issue
 * codes (a wrong type, a missing or unknown key, a number out of range). Each names what to write instead.
 */

type Lang = Language;
const sv = (lang: Lang) => lang === 'sv';

/** `"text"`, cut short so a long letter does not flood the terminal. */
export function quote(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  const one = s.replace(/\s+/g, ' ');
  return `"${one.length > 40 ? `${one.slice(0, 37)}...` : one}"`;
}

export function didYouMean(suggestion: string | undefined, lang: Lang): string {
  if (!suggestion) return '';
  return sv(lang) ? ` Menade du "${suggestion}"?` : ` Did you mean "${suggestion}"?`;
}

const TYPE_NAMES: Record<string, { sv: string; en: string }> = {
  string: { sv: 'en text', en: 'a text' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  array: { sv: 'en lista (rader som börjar med "- ")', en: 'a list (lines starting with "- ")' },
  object: { sv: 'en mappning (rader med nyckel: värde)', en: 'a mapping (lines of key: value)' },
  record: { sv: 'en mappning (rader med nyckel: värde)', en: 'a mapping (lines of key: value)' },
  boolean: { sv: 'true eller false', en: 'true or false' },
  date: { sv: 'ett datum (ÅÅÅÅ-MM-DD)', en: 'a date (YYYY-MM-DD)' },
};

export function typeName(type: string, lang: Lang): string {
  return TYPE_NAMES[type]?.[lang] ?? type;
}

/** What a value in the file is, in words: the other half of "expected X, found Y". */
export function describeValue(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return sv(lang) ? 'ingenting' : 'nothing';
  if (Array.isArray(v)) return typeName('array', lang).split(' (')[0]!;
  if (typeof v === 'object') return typeName('object', lang).split(' (')[0]!;
  if (typeof v === 'string') return sv(lang) ? `texten ${quote(v)}` : `the text ${quote(v)}`;
  return sv(lang) ? `värdet ${String(v)}` : `the value ${String(v)}`;
}

export const FILE_TEXTS = {
  missing: { sv: 'Filen finns inte. Kontrollera sökvägen.', en: 'The file does not exist. Check the path.' },
  directory: {
    sv: 'Sökvägen är en mapp, inte en fil. Ange kampanjfilen (.yaml).',
    en: 'The path is a folder, not a file. Give the campaign file (.yaml).',
  },
  unreadable: {
    sv: 'Filen kan inte läsas (saknar läsrättighet?).',
    en: 'The file cannot be read (no read permission?).',
  },
} satisfies Record<string, Record<Lang, string>>;

export function registerMissingText(register: string, shown: string, lang: Lang): string {
  return sv(lang)
    ? `Registerfilen ${quote(register)} finns inte (letade efter ${shown}). Sökvägen räknas från kampanjfilens mapp.`
    : `The register file ${quote(register)} does not exist (looked for ${shown}). The path is relative to the campaign file's folder.`;
}

export function registerUnreadableText(register: string, lang: Lang): string {
  return sv(lang)
    ? `Registerfilen ${quote(register)} kan inte läsas. Ange sökvägen till en YAML-fil.`
    : `The register file ${quote(register)} cannot be read. Give the path of a YAML file.`;
}

const YAML_SV: Record<string, string> = {
  TAB_AS_INDENT: 'Tabbtecken får inte användas för indrag i YAML. Använd mellanslag.',
  BAD_INDENT:
    'Fel indrag. Nycklar på samma nivå ska börja i samma kolumn, och en lista eller mappning inom [ ] eller { } ska stängas.',
  DUPLICATE_KEY: 'Nyckeln står två gånger i samma mappning. Ta bort eller byt namn på den ena.',
  MISSING_CHAR:
    'Ett avslutande tecken saknas, oftast ett citattecken, ] eller }. Kontrollera raden och raderna ovanför.',
  MULTILINE_IMPLICIT_KEY:
    'En nyckel måste stå på en rad och följas av kolon och mellanslag ("nyckel: värde"). Kontrollera också att citattecken ovanför är stängda.',
  BLOCK_AS_IMPLICIT_KEY:
    'Två kolon på samma rad. Sätt citattecken runt ett värde som innehåller ": ", eller flytta den inre mappningen till en egen rad med indrag.',
  UNEXPECTED_TOKEN: 'Oväntat innehåll här. Kontrollera indrag och att listrader börjar med "- ".',
  BAD_DQ_ESCAPE:
    'Ogiltig escape-sekvens inom dubbla citattecken. Skriv \\\\ för ett bakstreck, eller använd enkla citattecken.',
  MULTIPLE_DOCS: 'Filen får bara innehålla ett YAML-dokument. Ta bort raden "---" mitt i filen.',
  BAD_SCALAR_START: 'Ett värde kan inte börja med det här tecknet. Sätt citattecken runt värdet.',
  ALIAS: 'Ett alias (*namn) pekar på ett ankare (&namn) som inte finns före det.',
  UNCLOSED_QUOTE: 'Citattecknet som börjar här stängs aldrig. Avsluta värdet med samma sorts citattecken.',
  UNCLOSED_FLOW:
    'Listan eller mappningen som börjar här med [ eller { stängs aldrig. Avsluta den med ] eller }.',
};

const YAML_EN: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'Two colons on one line. Quote a value that contains ": ", or move the inner mapping to its own indented line.',
  ALIAS: 'An alias (*name) refers to an anchor (&name) that is not defined before it.',
  UNCLOSED_QUOTE: 'The quote that starts here is never closed. End the value with the same kind of quote.',
  UNCLOSED_FLOW: 'The list or mapping that starts here with [ or { is never closed. End it with ] or }.',
};

/** A YAML syntax error in the user's language; the parser's own words are kept when no better text exists. */
export function syntaxText(code: string, parserMessage: string, lang: Lang): string {
  const own = (sv(lang) ? YAML_SV : YAML_EN)[code];
  return `${sv(lang) ? 'YAML-fel' : 'YAML syntax error'}: ${own ?? `${parserMessage.replace(/\.$/, '')}.`}`;
}
