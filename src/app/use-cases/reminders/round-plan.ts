import type { AnswerVersion } from '../../../domain/answer-record';
import { findOrganisation, type CampaignRecord } from '../../../domain/campaign';
import { effectiveChannel, NO_CHANNEL_LINKS, type ChannelLinks } from '../../../domain/channel-link';
import type { Organisation } from '../../../domain/organisation';
import { quotasFor } from '../../../domain/quota';
import type { DueRound } from '../../../domain/reminders/rounds';
import { responseStatus } from '../../../domain/status';
import type { Delivery, DeliveryChannel } from '../../ports/store';
import { requestKey, teamsRequestKey } from '../send-campaign';
import { MAX_ATTEMPTS, reminderKey } from './keys';
import { isHandled, type ReminderResult, type RoundReport } from './report';

export type DeliveryIndex = ReadonlyMap<string, Delivery>;

export function indexDeliveries(deliveries: Delivery[]): Map<string, Delivery> {
  return new Map(deliveries.map((d) => [d.key, d]));
}

/**
 * The channels the request reached an organisation through, which are the ones it is reminded
 * through: the reminder carries the same way to answer (the signed link, the card) to the same place.
 * In Teams that is its channel in force: a request left in a channel it has moved away from counts not.
 */
export function requestChannels(
  campaignId: string,
  org: Organisation,
  deliveries: DeliveryIndex,
  links: ChannelLinks = NO_CHANNEL_LINKS,
): DeliveryChannel[] {
  const channels: DeliveryChannel[] = [];
  if (deliveries.get(requestKey(campaignId, org.id, 'email'))?.state === 'sent') channels.push('email');
  const teams = effectiveChannel(org, links);
  if (teams && deliveries.get(teamsRequestKey(campaignId, org.id, teams))?.state === 'sent')
    channels.push('teams');
  return channels;
}

/** What is left to do for a reminder or summary delivery that may already exist. */
export function pendingResult(delivery: Delivery | undefined): ReminderResult {
  if (!delivery) return 'due';
  if (delivery.state === 'sent') return 'already_sent';
  // One being sent is left to deliverOnce: its holder may be alive, or its lease has run out.
  if (delivery.state !== 'sending' && delivery.attempts >= MAX_ATTEMPTS) return 'given_up';
  return 'due';
}

/**
 * Who a due round reminds, and through what, from what the store holds now: organisations that have
 * answered are left out, a partial answer is reminded (the view says what is missing), and every
 * channel its request went through gets the reminder once.
 */
export function planRound(
  record: CampaignRecord,
  round: DueRound,
  answers: ReadonlyMap<string, AnswerVersion>,
  deliveries: DeliveryIndex,
  links: ChannelLinks = NO_CHANNEL_LINKS,
): RoundReport {
  const c = record.campaign;
  const report: RoundReport = {
    deadlineDate: round.deadlineDate,
    slotId: round.slot.id,
    kind: round.slot.kind,
    at: round.slot.at,
    key: round.key,
    lines: [],
    answered: [],
    unreachable: [],
    done: false,
  };
  for (const orgId of round.orgIds) {
    const org = findOrganisation(c, orgId);
    if (!org) continue;
    const status = responseStatus(quotasFor(c, orgId), answers.get(orgId)?.nominees ?? []);
    if (status === 'answered') {
      report.answered.push(orgId);
      continue;
    }
    const channels = requestChannels(c.id, org, deliveries, links);
    if (channels.length === 0) report.unreachable.push(orgId);
    for (const channel of channels) {
      const key = reminderKey(c.id, orgId, round.deadlineDate, round.slot.id, channel);
      report.lines.push({
        orgId,
        channel,
        status,
        key,
        escalated: channel === 'email' && round.slot.escalate && org.escalation !== undefined,
        result: pendingResult(deliveries.get(key)),
      });
    }
  }
  report.done = report.lines.every((l) => isHandled(l.result));
  return report;
}
