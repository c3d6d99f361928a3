import { z } from 'zod';
import { decideChannelLink, type LinkDecisionResult } from '../../app/use-cases/channel-links';
import { channelLinkCard } from '../cards/channel-link-card';
import type { AdaptiveCard } from '../cards/expand';
import { adminsOf } from './bot-policy';
import { invalidCard } from './card-access';
import type { CardActionHandler } from './card-actions';
import { linkApprover } from './link-identity';
import { cardResponse } from './invoke-responses';

/** What the approval card's buttons carry: the signed link id, nothing else. */
const linkData = z.object({ token: z.string().min(1).max(1024) });

/**
 * Godkänn / Avvisa on a channel link's approval card. Who decides comes from the activity, never from
 * the card; the answer replaces the card with what became of the link (or why nothing changed).
 */
function decide(decision: 'approved' | 'rejected'): CardActionHandler {
  return async ({ ctx, activity, data, policy = {}, directoryEmail }) => {
    const parsed = linkData.safeParse(data);
    if (!parsed.success) return cardResponse(invalidCard('sv'));
    const approver = linkApprover(activity, policy, directoryEmail);
    const result = await decideChannelLink(ctx, {
      token: parsed.data.token,
      decision,
      approver: approver.identity,
      admins: adminsOf(policy),
    });
    return cardResponse(cardFor(result));
  };
}

function cardFor(result: LinkDecisionResult): AdaptiveCard {
  switch (result.kind) {
    case 'invalid':
      return invalidCard('sv');
    case 'not_allowed':
      return channelLinkCard(result.view, { kind: 'not_allowed' });
    case 'channel_taken':
      return channelLinkCard(result.view, { kind: 'channel_taken', organisation: result.organisation.name });
    case 'decided':
    case 'unchanged':
    case 'closed':
      return channelLinkCard(result.view);
  }
}

export const approveChannelLinkAction = decide('approved');
export const rejectChannelLinkAction = decide('rejected');
