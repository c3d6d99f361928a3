import { createHash } from 'node:crypto';

/** A short, stable digest of a notice key: the same delivery always gets the same reference. */
export function keyDigest(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 32);
}

/**
 * `<digest@sender-domain>`: a resend of the same delivery key carries the same id, so mail systems
 * can recognise it as the same message, and the key itself (campaign and organisation ids) does not
 * travel in clear. Short enough that the header stays on one 78-character line.
 */
export function messageIdFor(key: string, senderAddress: string): string {
  const domain = senderAddress.slice(senderAddress.lastIndexOf('@') + 1).toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(domain)) throw new Error('invalid sender domain');
  return `<${keyDigest(key)}@${domain}>`;
}
