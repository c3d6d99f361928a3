import { findOrganisation, type CampaignRecord } from '../../domain/campaign';
import type { Organisation } from '../../domain/organisation';
import type { AppContext } from '../context';
import type { TokenPurpose } from '../security/signed-token';

export type TokenTarget =
  | { kind: 'found'; record: CampaignRecord; org: Organisation }
  /** Forged, malformed, wrong purpose, or naming nothing stored: one answer, so ids cannot be probed. */
  | { kind: 'invalid' }
  /** Genuine but expired; the record only when it still names a stored recipient. */
  | { kind: 'expired'; record?: CampaignRecord };

/** The campaign and organisation a signed link or card token points at. */
export async function resolveToken(
  ctx: AppContext,
  raw: string,
  purpose: TokenPurpose,
): Promise<TokenTarget> {
  const check = ctx.links.check(raw, purpose, ctx.clock.now());
  if (!check.ok && check.reason !== 'expired') {
    ctx.logger.info({ purpose, reason: check.reason }, 'token refused');
    return { kind: 'invalid' };
  }
  const { campaignId, orgId } = check.token;
  const record = await ctx.store.getCampaign(campaignId);
  const org = record ? findOrganisation(record.campaign, orgId) : undefined;
  if (!check.ok) {
    ctx.logger.info({ purpose, campaignId, orgId, reason: check.reason }, 'token refused');
    return record && org ? { kind: 'expired', record } : { kind: 'expired' };
  }
  if (!record || !org) {
    ctx.logger.warn({ purpose, campaignId, orgId }, 'signed token names no stored recipient');
    return { kind: 'invalid' };
  }
  return { kind: 'found', record, org };
}
