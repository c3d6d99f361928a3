/**
 * The last line of defence for what reaches a log line: anything shaped like an e-mail address, a bearer
 * token, a JWT or one of our signed link tokens is replaced wherever it sits, message text included.
 * Names have no shape: the values of keys that hold them are redacted (at any depth, card and form
 * fields such as `contact.1.name` included); a name inside free text is the caller's to keep out.
 */

/** Teams conversation ids contain `@thread.tacv2`, `@thread.skype`, `@unq.gbl.spaces`: ids, not addresses. */
const EMAIL = /[\p{L}\p{N}._%+-]+@(?!thread\.|unq\.gbl\.spaces)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const BEARER = /\b(Bearer)\s+[^\s"',;]+/gi;
/** JWTs (three base64url parts, the header starting `eyJ`) and TokenSigner's `v1.<payload>.<mac>`. */
const TOKEN = /\beyJ[\w-]*\.[\w-]+\.[\w-]*|\bv1\.[\w-]{8,}\.[\w-]{16,}/g;

const MAX_DEPTH = 8;
/** Keys whose value is a person's name, address or phone, also inside card and form data (`contact.1.email`). */
const PERSONAL_KEY = /(?:^|[._-])(?:name|surname|email|mail|phone|upn)$|(?:Name|Email|Mail|Phone)$/;

export function scrubText(text: string): string {
  return text.replace(BEARER, '$1 [token]').replace(TOKEN, '[token]').replace(EMAIL, '[email]');
}

/** A copy of `value` with every string scrubbed; objects deeper than MAX_DEPTH are cut off. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[deep]';
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1));
  if (value instanceof Date) return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrubText(value.message), stack: scrubText(value.stack ?? '') };
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      PERSONAL_KEY.test(key) && v !== null && v !== undefined ? '[redacted]' : scrubValue(v, depth + 1);
  }
  return out;
}
