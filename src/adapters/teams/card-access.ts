import type { Activity } from 'botbuilder';
import type { CampaignRecord } from '../../domain/campaign';
import { resolveToken } from '../../app/use-cases/resolve-token';
import type { Organisation } from '../../domain/organisation';
import type { AppContext } from '../../app/context';
import type { Lang } from '../../app/i18n/lang';
import { noticeCard } from '../cards/notice-card';
import type { AdaptiveCard } from '../cards/expand';
import { whereFacts } from './activity-facts';
import { BOT_TEXTS } from './texts';

export type CardAccess =
  { ok: true; record: CampaignRecord; org: Organisation } | { ok: false; card: AdaptiveCard };

/**
 * Decides whether this card action may touch this organisation's answer. The organisation comes only
 * from the signed token; the channel the action came from must be the one registered for it, so a
 * card copied or forwarded into another team cannot answer for someone else.
 */
export async function authoriseCardAction(
  ctx: AppContext,
  activity: Partial<Activity>,
  data: Record<string, unknown>,
): Promise<CardAccess> {
  const raw = typeof data.token === 'string' ? data.token : '';
  // Card tokens carry no expiry, so anything but `found` is a forged or stale card.
  const target = await resolveToken(ctx, raw, 'card');
  if (target.kind !== 'found') return { ok: false, card: invalidCard('sv') };
  const { record, org } = target;
  const campaignId = record.campaign.id;
  const orgId = org.id;
  const lang = record.campaign.language;
  const where = whereFacts(activity);
  const registered = org.teams;
  if (!where.teamsChannel) {
    ctx.logger.warn({ campaignId, orgId, channel: activity.channelId }, 'card action refused: not Teams');
    return { ok: false, card: refusal(lang, BOT_TEXTS[lang].notTeamsText) };
  }
  const sameChannel = registered !== undefined && where.channelId === registered.channelId;
  const sameTenant = registered?.tenantId === undefined || registered.tenantId === where.tenantId;
  if (!sameChannel || !sameTenant) {
    ctx.logger.warn(
      { campaignId, orgId, channelId: where.channelId, reason: sameChannel ? 'tenant' : 'channel' },
      'card action refused: not the registered channel',
    );
    return { ok: false, card: refusal(lang, BOT_TEXTS[lang].wrongChannelText(org.name)) };
  }
  return { ok: true, record, org };
}

export function invalidCard(lang: Lang): AdaptiveCard {
  const t = BOT_TEXTS[lang];
  return noticeCard({ lang, heading: t.invalidCardHeading, text: t.invalidCardText, style: 'attention' });
}

function refusal(lang: Lang, text: string): AdaptiveCard {
  return noticeCard({ lang, heading: BOT_TEXTS[lang].wrongChannelHeading, text, style: 'attention' });
}
