import type { Language } from '../../domain/campaign-file';
import { describeValue, didYouMean, quote, typeName } from './texts-syntax';

/** Texts for zod's own issue codes, phrased for someone editing a YAML file by hand. */

type Lang = Language;
const sv = (lang: Lang) => lang === 'sv';

export function missingText(key: string, expected: string, lang: Lang): string {
  return sv(lang)
    ? `Nyckeln ${quote(key)} saknas. Lägg till "${key}:" med ${typeName(expected, lang)}.`
    : `The key ${quote(key)} is missing. Add "${key}:" with ${typeName(expected, lang)}.`;
}

export function wrongTypeText(expected: string, value: unknown, lang: Lang): string {
  const want = typeName(expected, lang);
  if (value === null) {
    return sv(lang) ? `Värdet är tomt. Skriv ${want}.` : `The value is empty. Write ${want}.`;
  }
  if (expected === 'int' && typeof value === 'number') {
    return sv(lang)
      ? `${value} är inget heltal. Skriv ett heltal, t.ex. ${Math.round(value)}.`
      : `${value} is not a whole number. Write a whole number, e.g. ${Math.round(value)}.`;
  }
  const numericText = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value);
  if ((expected === 'number' || expected === 'int') && numericText) {
    return sv(lang)
      ? `Här ska stå ${want}, men ${quote(value)} är text. Ta bort citattecknen runt talet.`
      : `This must be ${want}, but ${quote(value)} is text. Remove the quotes around the number.`;
  }
  if (expected === 'array' && value !== undefined) {
    return sv(lang)
      ? `Här ska stå ${want}, men det står ${describeValue(value, lang)}. Skriv varje post på en egen rad som börjar med "- ".`
      : `This must be ${want}, but it is ${describeValue(value, lang)}. Write each entry on its own line starting with "- ".`;
  }
  return sv(lang)
    ? `Här ska stå ${want}, men det står ${describeValue(value, lang)}.`
    : `This must be ${want}, but it is ${describeValue(value, lang)}.`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function tooSmallText(
  origin: string,
  minimum: number,
  inclusive: boolean,
  value: unknown,
  lang: Lang,
) {
  const min = inclusive ? minimum : minimum + 1;
  if (origin === 'string') {
    const len = typeof value === 'string' ? value.trim().length : 0;
    if (len === 0)
      return sv(lang) ? 'Texten är tom. Skriv något här.' : 'The text is empty. Write something here.';
    return sv(lang)
      ? `Texten är för kort (${len} tecken). Skriv minst ${count(min, 'tecken', 'tecken')}.`
      : `The text is too short (${len} characters). Write at least ${count(min, 'character', 'characters')}.`;
  }
  if (origin === 'array') {
    return sv(lang)
      ? `Listan behöver minst ${count(min, 'post', 'poster')}.`
      : `The list needs at least ${count(min, 'entry', 'entries')}.`;
  }
  return sv(lang)
    ? `${String(value)} är för litet. Det minsta tillåtna är ${minimum}${inclusive ? '' : ' (ej inräknat)'}.`
    : `${String(value)} is too small. The smallest allowed is ${minimum}${inclusive ? '' : ' (exclusive)'}.`;
}

export function tooBigText(origin: string, maximum: number, inclusive: boolean, value: unknown, lang: Lang) {
  if (origin === 'string') {
    const len = typeof value === 'string' ? value.trim().length : 0;
    return sv(lang)
      ? `Texten är för lång (${len} tecken). Korta den till högst ${maximum} tecken.`
      : `The text is too long (${len} characters). Shorten it to at most ${maximum} characters.`;
  }
  if (origin === 'array') {
    const n = Array.isArray(value) ? value.length : 0;
    return sv(lang)
      ? `Listan har ${count(n, 'post', 'poster')}; högst ${maximum} är tillåtna.`
      : `The list has ${count(n, 'entry', 'entries')}; at most ${maximum} are allowed.`;
  }
  return sv(lang)
    ? `${String(value)} är för stort. Det största tillåtna är ${maximum}${inclusive ? '' : ' (ej inräknat)'}.`
    : `${String(value)} is too large. The largest allowed is ${maximum}${inclusive ? '' : ' (exclusive)'}.`;
}

export function invalidValueText(
  values: readonly unknown[],
  value: unknown,
  suggestion: string | undefined,
  lang: Lang,
) {
  const list = values.map(String).join(', ');
  return sv(lang)
    ? `${quote(value)} är inget tillåtet värde.${didYouMean(suggestion, lang)} Skriv ett av: ${list}.`
    : `${quote(value)} is not an allowed value.${didYouMean(suggestion, lang)} Write one of: ${list}.`;
}

export function invalidFormatText(format: string, value: unknown, lang: Lang): string {
  if (format === 'uuid') {
    return sv(lang)
      ? `${quote(value)} är inget objekt-id. Skriv Entra-objekt-id:t som ett UUID, t.ex. 3f2504e0-4f89-41d3-9a0c-0305e82c3301.`
      : `${quote(value)} is not an object id. Write the Entra object id as a UUID, e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301.`;
  }
  return sv(lang) ? `${quote(value)} har fel format.` : `${quote(value)} has the wrong format.`;
}

export function unknownKeyText(
  key: string,
  suggestion: string | undefined,
  allowed: string[] | undefined,
  lang: Lang,
) {
  const list = allowed?.length ? allowed.join(', ') : '';
  return sv(lang)
    ? `Okänd nyckel ${quote(key)}.${didYouMean(suggestion, lang)}${list ? ` Tillåtna nycklar här: ${list}.` : ''}`
    : `Unknown key ${quote(key)}.${didYouMean(suggestion, lang)}${list ? ` Allowed keys here: ${list}.` : ''}`;
}

export function invalidKeyText(key: string, lang: Lang): string {
  return sv(lang) ? `${quote(key)} kan inte vara nyckel här.` : `${quote(key)} cannot be a key here.`;
}

/** The whole file is not a mapping: usually empty, or a list where a mapping belongs. */
export function rootText(value: unknown, kind: 'campaign' | 'register', lang: Lang): string {
  const keys = kind === 'campaign' ? 'id, title, message, roles, recipients' : 'organisations';
  if (value === null || value === undefined) {
    return sv(lang)
      ? `Filen är tom. Den ska vara en YAML-mappning med nycklarna ${keys}.`
      : `The file is empty. It must be a YAML mapping with the keys ${keys}.`;
  }
  return sv(lang)
    ? `Filen ska vara en YAML-mappning med nycklarna ${keys}, men den är ${describeValue(value, lang)}.`
    : `The file must be a YAML mapping with the keys ${keys}, but it is ${describeValue(value, lang)}.`;
}

export function fallbackText(zodMessage: string, lang: Lang): string {
  return sv(lang) ? `Ogiltigt värde (${zodMessage}).` : `Invalid value (${zodMessage}).`;
}
