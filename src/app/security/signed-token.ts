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

/** A channel link's approval card: the link id, for the approve and reject buttons. */
export type LinkTokenCheck =
  { ok: true; linkId: string } | { ok: false; reason: 'malformed' | 'signature' | 'purpose' };

const PURPOSE_CODE: Record<TokenPurpose, string> = { respond: 'r', card: 'c' };
const LINK_PURPOSE = 'l';
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

  /** Link tokens have no expiry: a link is decided once, and a decided link's card changes nothing. */
  signLink(linkId: string): string {
    const body = Buffer.from(JSON.stringify({ p: LINK_PURPOSE, l: linkId })).toString('base64url');
    return `${VERSION}.${body}.${this.mac(body)}`;
  }

  verifyLink(raw: string): LinkTokenCheck {
    const opened = this.open(raw);
    if (!opened.ok) return opened;
    const { decoded } = opened;
    if (decoded.p !== LINK_PURPOSE) return { ok: false, reason: 'purpose' };
    if (typeof decoded.l !== 'string' || decoded.l === '') return { ok: false, reason: 'malformed' };
    return { ok: true, linkId: decoded.l };
  }

  verify(raw: string, purpose: TokenPurpose, now: Date): TokenCheck {
    const opened = this.open(raw);
    if (!opened.ok) return opened;
    const { decoded } = opened;
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

  /** The payload of a well-formed token whose MAC is ours, whatever its purpose. */
  private open(
    raw: string,
  ): { ok: true; decoded: Record<string, unknown> } | { ok: false; reason: 'malformed' | 'signature' } {
    const parts = raw.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION || raw.length > 1024)
      return { ok: false, reason: 'malformed' };
    const [, body, mac] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    // Constant-time comparison: a byte-by-byte early exit leaks how much of a forged MAC is right.
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return { ok: false, reason: 'signature' };
    try {
      const decoded: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      if (typeof decoded !== 'object' || decoded === null) return { ok: false, reason: 'malformed' };
      return { ok: true, decoded: decoded as Record<string, unknown> };
    } catch {
      return { ok: false, reason: 'malformed' };
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(`${VERSION}.${body}`).digest('base64url');
  }
}
