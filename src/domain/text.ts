import { z } from 'zod';

/** Ids travel in URLs, card data and SharePoint columns, so they are kept to a conservative alphabet. */
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: 'id_format' });

/**
 * Deliberately stricter than RFC 5322: one @, a dotted domain, no spaces or angle brackets.
 * Anything looser would let header-injection material into e-mail headers and CSV cells.
 */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value) && !value.includes('..');
}

export const emailSchema = z
  .string()
  .trim()
  .refine(isEmail, { error: 'email_format' })
  .transform((v) => v.toLowerCase());

/** Control characters never belong in a name or title; they break e-mail headers and CSV exports. */
export function hasControlCharacters(value: string): boolean {
  return [...value].some((ch) => {
    const code = ch.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}

export function normaliseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
