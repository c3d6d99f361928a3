import { isEmail } from '../../../domain/text';

export interface MailAddress {
  address: string;
  name?: string;
}

/** RFC 5322 recommends lines of at most 78 characters; folding keeps every header within it. */
const MAX_HEADER_LINE = 78;
/**
 * RFC 2047 allows 75 characters per encoded-word; 66 lets the first word sit beside the longest
 * name that carries one ("Reply-To: ") and still end within 78.
 */
const MAX_ENCODED_WORD = 66;
const WORD_OVERHEAD = '=?UTF-8?Q??='.length;
/** Q-encoding may leave only these as they are in a phrase (RFC 2047 section 5, rule 3). */
const Q_LITERAL = /^[A-Za-z0-9!*+\-/]$/;
const ATOM_PHRASE = /^[A-Za-z0-9!#$%&'*+\-/?^_`{|}~ ]+$/;

/**
 * Header values come from campaign files and forms. CR and LF would start a new header (a Bcc,
 * say), so every control character becomes a space before anything else happens.
 */
export function sanitizeHeaderText(value: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
  return value.replace(controls, ' ').replace(/\s+/g, ' ').trim();
}

function qEncodeChar(ch: string): string {
  if (ch === ' ') return '_';
  if (Q_LITERAL.test(ch)) return ch;
  return [...Buffer.from(ch, 'utf8')]
    .map((b) => '=' + b.toString(16).toUpperCase().padStart(2, '0'))
    .join('');
}

/** Whole characters per word: a split UTF-8 sequence would decode as two replacement characters. */
export function encodedWords(value: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const ch of value) {
    const enc = qEncodeChar(ch);
    if (current.length + enc.length > MAX_ENCODED_WORD - WORD_OVERHEAD) {
      words.push(current);
      current = '';
    }
    current += enc;
  }
  if (current || words.length === 0) words.push(current);
  return words.map((w) => `=?UTF-8?Q?${w}?=`);
}

function isPlainAscii(value: string): boolean {
  return /^[\x20-\x7e]*$/.test(value) && !value.includes('=?');
}

/** Unstructured text (Subject) as foldable tokens: words as they are, or encoded-words. */
export function unstructuredTokens(value: string): string[] {
  const clean = sanitizeHeaderText(value);
  const words = clean.split(' ');
  // Words too long to fold are encoded too, so that they can be split across lines.
  if (isPlainAscii(clean) && words.every((w) => w.length <= 60)) return words;
  return encodedWords(clean);
}

function phraseTokens(name: string): string[] {
  if (ATOM_PHRASE.test(name)) {
    const words = name.split(' ');
    if (words.every((w) => w.length <= 60)) return words;
  }
  if (isPlainAscii(name) && name.length <= 60) {
    return [`"${name.replace(/(["\\])/g, '\\$1')}"`];
  }
  return encodedWords(name);
}

/**
 * A mailbox as tokens. The address is checked with the domain's strict rule, which admits no spaces,
 * angle brackets or line breaks; the error names the field, never the address.
 */
export function mailboxTokens(mailbox: MailAddress, field: string): string[] {
  const address = mailbox.address.trim();
  if (!isEmail(address)) throw new Error(`invalid e-mail address in ${field}`);
  const name = sanitizeHeaderText(mailbox.name ?? '');
  return name ? [...phraseTokens(name), `<${address}>`] : [address];
}

export function addressListTokens(list: MailAddress[], field: string): string[] {
  if (list.length === 0) throw new Error(`no address in ${field}`);
  return list.flatMap((m, i) => {
    const tokens = mailboxTokens(m, field);
    if (i < list.length - 1) tokens[tokens.length - 1] += ',';
    return tokens;
  });
}

/** Joins tokens into a header field, folding between tokens (CRLF + space) to stay within 78 characters. */
export function foldHeader(name: string, tokens: string[]): string {
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) throw new Error(`invalid header name ${name}`);
  const lines: string[] = [];
  let current = `${name}:`;
  tokens.forEach((token, i) => {
    // The first token stays beside the name: a fold there would leave an empty first line.
    if (i > 0 && current.length + 1 + token.length > MAX_HEADER_LINE) {
      lines.push(current);
      current = ` ${token}`;
    } else {
      current += ` ${token}`;
    }
  });
  lines.push(current);
  return lines.join('\r\n');
}
