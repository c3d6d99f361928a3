import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What a card or link may carry. Every id that leaves the service travels inside one of these,
 * so a person who edits a link or card payload cannot point it at another organisation.
 */
export type TokenPurpose = 'respond' | 'card';

export interface OrgToken {
  purpose: TokenPurpose;
  campaignId: string;
  orgId: string;
  /** Epoch seconds; links expire, card tokens live as long as the campaign. */
  expiresAt?: number;
}

/** An expired token still carries its (genuine) payload, so a page can say whom to contact. */
export type TokenCheck =
  | { ok: true; token: OrgToken }
  | { ok: false; reason: 'malformed' | 'signature' | 'purpose' }
  | { ok: false; reason: 'expired'; token: OrgToken };

const PURPOSE_CODE: Record<TokenPurpose, string> = { respond: 'r', card: 'c' };
const VERSION = 'v1';

export class TokenSigner {
  constructor(private readonly key: Buffer) {
    // A short key makes the HMAC guessable offline from any link that was ever mailed out.
    if (key.length < 32) throw new Error('signing key must be at least 32 bytes');
  }

  sign(token: OrgToken): string {
    const body = Buffer.from(
      JSON.stringify({
        p: PURPOSE_CODE[token.purpose],
        c: token.campaignId,
        o: token.orgId,
        x: token.expiresAt,
      }),
    ).toString('base64url');
    return `${VERSION}.${body}.${this.mac(body)}`;
  }

  verify(raw: string, purpose: TokenPurpose, now: Date): TokenCheck {
    const parts = raw.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION || raw.length > 1024)
      return { ok: false, reason: 'malformed' };
    const [, body, mac] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    // Constant-time comparison: a byte-by-byte early exit leaks how much of a forged MAC is right.
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return { ok: false, reason: 'signature' };
    let decoded: { p?: unknown; c?: unknown; o?: unknown; x?: unknown };
    try {
      decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (typeof decoded.c !== 'string' || typeof decoded.o !== 'string')
      return { ok: false, reason: 'malformed' };
    // Purpose binding stops a card token (no expiry) from being replayed as a web link, and vice versa.
    if (decoded.p !== PURPOSE_CODE[purpose]) return { ok: false, reason: 'purpose' };
    const expiresAt = typeof decoded.x === 'number' ? decoded.x : undefined;
    const token: OrgToken = {
      purpose,
      campaignId: decoded.c,
      orgId: decoded.o,
      ...(expiresAt ? { expiresAt } : {}),
    };
    if (expiresAt !== undefined && now.getTime() / 1000 >= expiresAt)
      return { ok: false, reason: 'expired', token };
    return { ok: true, token };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(`${VERSION}.${body}`).digest('base64url');
  }
}
