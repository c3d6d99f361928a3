import type { CampaignRecord } from '../../domain/campaign';
import { effectiveChannel, type EffectiveChannel } from '../../domain/channel-link';
import type { Organisation } from '../../domain/organisation';
import { resolveDeadlineDate } from '../../domain/deadline';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor, DeliverySpec } from '../ports/store';
import { buildRequestView } from '../views/request-view';
import { readChannelLinks } from './channel-links/in-force';
import { deliverOnce, type DeliveryResult } from './deliver';
import { requireCampaign } from './get-campaign';
import { refFields } from './teams-ref';

export interface SendLine {
  orgId: string;
  channel: 'email' | 'teams';
  result: DeliveryResult;
}

export interface SendReport {
  campaignId: string;
  deadlineDate: string;
  lines: SendLine[];
}

export function requestKey(campaignId: string, orgId: string, channel: 'email' | 'teams'): string {
  return `request:${campaignId}:${orgId}:${channel}`;
}

/**
 * The Teams request of an organisation in its channel in force. A channel from an approved link has
 * its own key, so the request is posted again when an organisation moves, and the card left in the
 * old channel is never updated with the organisation's answers again.
 */
export function teamsRequestKey(campaignId: string, orgId: string, channel: EffectiveChannel): string {
  const base = requestKey(campaignId, orgId, 'teams');
  return channel.linkId ? `${base}:${channel.linkId}` : base;
}

/**
 * Sends every organisation its request through each of its channels. Safe to run again: what
 * was sent is skipped, what failed or waited for the Teams app is tried again.
 */
export async function sendCampaign(ctx: AppContext, campaignId: string, actor: Actor): Promise<SendReport> {
  let record = await requireCampaign(ctx.store, campaignId);
  if (record.state === 'closed')
    throw new AppError('campaign_closed', `Kampanjen "${campaignId}" är stängd.`);
  if (record.state === 'draft') {
    const now = ctx.clock.now();
    const deadlineDate = resolveDeadlineDate(record.campaign.deadline, now, record.campaign.timeZone);
    record = await ctx.store.openCampaign(campaignId, now, deadlineDate, actor);
  }
  const answers = new Map((await ctx.store.currentAnswers(campaignId)).map((a) => [a.orgId, a]));
  const links = await readChannelLinks(ctx.store);
  const lines: SendLine[] = [];
  for (const org of record.campaign.organisations) {
    lines.push({
      orgId: org.id,
      channel: 'email',
      result: await sendEmailRequest(ctx, record, org, answers.get(org.id)),
    });
    const channel = effectiveChannel(org, links);
    if (channel) {
      lines.push({
        orgId: org.id,
        channel: 'teams',
        result: await sendTeamsRequest(ctx, record, org, channel),
      });
    }
  }
  return { campaignId, deadlineDate: record.deadlineDate!, lines };
}

async function sendEmailRequest(
  ctx: AppContext,
  record: CampaignRecord,
  org: Organisation,
  answer: Parameters<typeof buildRequestView>[2],
): Promise<DeliveryResult> {
  const spec: DeliverySpec = {
    key: requestKey(record.campaign.id, org.id, 'email'),
    campaignId: record.campaign.id,
    orgId: org.id,
    kind: 'request',
    channel: 'email',
    target: org.mailboxes.join(','),
  };
  return deliverOnce(ctx, spec, async (delivery) => {
    const view = buildRequestView(record, org.id, answer, ctx.clock.now(), ctx.links);
    const { messageId } = await ctx.mailer.send({
      key: spec.key,
      kind: 'request',
      to: org.mailboxes,
      replyTo: record.campaign.replyTo,
      view,
      ...(delivery.attempts > 1 ? { mayAlreadyBeSent: true } : {}),
    });
    return { state: 'sent', externalRef: { messageId } };
  });
}

/**
 * Posts the request card in the organisation's channel in force (effectiveChannel), or leaves it
 * waiting until the app is installed there.
 */
export async function sendTeamsRequest(
  ctx: AppContext,
  record: CampaignRecord,
  org: Organisation,
  channel: EffectiveChannel,
): Promise<DeliveryResult> {
  const spec: DeliverySpec = {
    key: teamsRequestKey(record.campaign.id, org.id, channel),
    campaignId: record.campaign.id,
    orgId: org.id,
    kind: 'request',
    channel: 'teams',
    target: channel.channelId,
  };
  return deliverOnce(ctx, spec, async () => {
    const answer = await ctx.store.currentAnswer(record.campaign.id, org.id);
    const view = buildRequestView(record, org.id, answer, ctx.clock.now(), ctx.links);
    const result = await ctx.teams.postRequest(channel, view);
    if (result.kind === 'not_installed') {
      return {
        state: 'waiting',
        lastError: 'The Teams app is not installed in the team of this channel yet.',
      };
    }
    return { state: 'sent', externalRef: refFields(result.ref) };
  });
}
