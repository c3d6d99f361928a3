import type { AnswerVersion } from '../../../domain/answer-record';
import type { CampaignRecord } from '../../../domain/campaign';
import type { Organisation, TeamsChannel } from '../../../domain/organisation';
import type { AppContext } from '../../context';
import type { TeamsMessageRef } from '../../ports/messaging';
import type { DeliverySpec } from '../../ports/store';
import { buildReminderView } from '../../views/reminder-view';
import { deliverOnce, type DeliveryResult } from '../deliver';
import { refFields } from '../teams-ref';
import type { ReminderLine, RoundReport } from './report';

export interface ReminderTarget {
  record: CampaignRecord;
  org: Organisation;
  round: RoundReport;
  line: ReminderLine;
  /** The organisation's answer as read just before sending. */
  answer: AnswerVersion | undefined;
  /** The organisation's Teams channel in force (effectiveChannel), if it has one. */
  channel?: TeamsChannel;
  /** Where the Teams request was posted: the reminder replies in its thread. */
  request?: TeamsMessageRef;
}

/**
 * One reminder through one channel, at most once per key: recorded in the store before it goes out,
 * so an overlapping tick, another instance or a restart finds it and does not send it again.
 */
export async function sendReminder(ctx: AppContext, t: ReminderTarget, now: Date): Promise<DeliveryResult> {
  const { record, org, round, line, channel } = t;
  const c = record.campaign;
  const spec: DeliverySpec = {
    key: line.key,
    campaignId: c.id,
    orgId: org.id,
    kind: 'reminder',
    channel: line.channel,
    target: line.channel === 'email' ? org.mailboxes.join(',') : (channel?.channelId ?? ''),
  };
  return deliverOnce(ctx, spec, async (delivery) => {
    const view = buildReminderView(
      record,
      org.id,
      t.answer,
      { id: round.slotId, kind: round.kind },
      now,
      ctx.links,
    );
    if (line.channel === 'email') {
      const { messageId } = await ctx.mailer.send({
        key: line.key,
        kind: 'reminder',
        to: org.mailboxes,
        ...(line.escalated && org.escalation ? { cc: [org.escalation] } : {}),
        replyTo: c.replyTo,
        view,
        ...(delivery.attempts > 1 ? { mayAlreadyBeSent: true } : {}),
      });
      return { state: 'sent', externalRef: { messageId } };
    }
    if (!channel) return { state: 'failed', lastError: 'The organisation has no Teams channel any more.' };
    const result = await ctx.teams.postReminder(channel, view, t.request);
    if (result.kind === 'not_installed') {
      return {
        state: 'waiting',
        lastError: 'The Teams app is no longer installed in the team of this channel.',
      };
    }
    return { state: 'sent', externalRef: refFields(result.ref) };
  });
}
