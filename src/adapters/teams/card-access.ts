import type { Activity } from 'botbuilder';
import type { CampaignRecord } from '../../domain/campaign';
import { effectiveChannel } from '../../domain/channel-link';
import { readChannelLinks } from '../../app/use-cases/channel-links';
import { resolveToken } from '../../app/use-cases/resolve-token';
import type { Organisation } from '../../domain/organisation';
import type { AppContext } from '../../app/context';
import type { Lang } from '../../app/i18n/lang';
import { noticeCard } from '../cards/notice-card';
import type { AdaptiveCard } from '../cards/expand';
import { whereFacts, type WhereFacts } from './activity-facts';
import { BOT_TEXTS } from './texts';

export type CardAccess =
  | { ok: true; record: CampaignRecord; org: Organisation; channel: 'teams' | 'outlook' }
  | { ok: false; card: AdaptiveCard };

/** What the bot knows about itself that card actions are checked against. */
export interface CardActionPolicy {
  /** MicrosoftAppTenantId: the tenant whose Outlook may act on the e-mailed cards. Unset only in local mode. */
  botTenantId?: string;
}

/**
 * Decides whether this card action may touch this organisation's answer. The organisation comes only
 * from the signed token. In Teams, the channel the action came from must be the organisation's channel in
 * force (the register's, or an approved link's; never a pending one), so a card copied or forwarded into
 * another team, or left in a channel the organisation moved away from, cannot answer for it. From Outlook, see
 * authoriseOutlook.
 */
export async function authoriseCardAction(
  ctx: AppContext,
  activity: Partial<Activity>,
  data: Record<string, unknown>,
  policy: CardActionPolicy = {},
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
  if (activity.channelId === 'outlook') return authoriseOutlook(ctx, where, target, policy);
  if (!where.teamsChannel) {
    ctx.logger.warn({ campaignId, orgId, channel: activity.channelId }, 'card action refused: not Teams');
    return { ok: false, card: refusal(lang, BOT_TEXTS[lang].notTeamsText) };
  }
  const registered = effectiveChannel(org, await readChannelLinks(ctx.store));
  const sameChannel = registered !== undefined && where.channelId === registered.channelId;
  const sameTenant = registered?.tenantId === undefined || registered.tenantId === where.tenantId;
  if (!sameChannel || !sameTenant) {
    ctx.logger.warn(
      { campaignId, orgId, channelId: where.channelId, reason: sameChannel ? 'tenant' : 'channel' },
      'card action refused: not the registered channel',
    );
    return { ok: false, card: refusal(lang, BOT_TEXTS[lang].wrongChannelText(org.name)) };
  }
  return { ok: true, record, org, channel: 'teams' };
}

/**
 * An `Action.Execute` pressed on the card of a request e-mail, delivered by the Azure Bot's Outlook channel.
 *
 * The Teams rule (the action must come from the organisation's registered channel) has nothing to hold on
 * to here: an e-mail has no channel id, and the card sits in whichever mailbox the message was delivered
 * to. What protects it instead: the card reached that mailbox only because the service mailed it there
 * (Outlook renders it only in mail from the sender registered for the originator id, only for recipients in
 * To or Cc, and forwarding strips it, so a forwarded copy has no card to press); the token names the
 * organisation and is signed; and the person is who the Outlook channel says, from the activity whose
 * Bot Framework token CloudAdapter has validated, never from the card's data. What remains to check is
 * that the activity comes from our own tenant, so a card in a mailbox of another tenant cannot answer.
 */
function authoriseOutlook(
  ctx: AppContext,
  where: WhereFacts,
  target: { record: CampaignRecord; org: Organisation },
  policy: CardActionPolicy,
): CardAccess {
  const { record, org } = target;
  const ids = { campaignId: record.campaign.id, orgId: org.id, channel: 'outlook' };
  if (policy.botTenantId === undefined) {
    // Config requires MicrosoftAppTenantId in production, so only a local, unauthenticated bot gets here.
    ctx.logger.warn(ids, 'Outlook card action accepted without a tenant check (local mode: no tenant set)');
    return { ok: true, record, org, channel: 'outlook' };
  }
  if (where.tenantId?.toLowerCase() !== policy.botTenantId.toLowerCase()) {
    ctx.logger.warn(
      { ...ids, tenantKnown: where.tenantId !== undefined },
      'card action refused: Outlook activity from another tenant',
    );
    const lang = record.campaign.language;
    const t = BOT_TEXTS[lang];
    return { ok: false, card: refusal(lang, t.otherTenantText, t.invalidCardHeading) };
  }
  return { ok: true, record, org, channel: 'outlook' };
}

export function invalidCard(lang: Lang): AdaptiveCard {
  const t = BOT_TEXTS[lang];
  return noticeCard({ lang, heading: t.invalidCardHeading, text: t.invalidCardText, style: 'attention' });
}

function refusal(lang: Lang, text: string, heading = BOT_TEXTS[lang].wrongChannelHeading): AdaptiveCard {
  return noticeCard({ lang, heading, text, style: 'attention' });
}
