import {
  ActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import type { AppContext } from '../../app/context';
import type { BotPolicy } from './bot-policy';
import { routeCardAction } from './card-action-router';
import { handleMessage } from './commands';
import { channelDataOf } from './activity-facts';
import { handleTeamPresence } from './installation';
import { turnDirectoryEmail } from './link-identity';

/**
 * Routes what Teams sends to the handlers: messages to commands, card actions to the verb router,
 * installation and team changes to channel registration. Holds no logic of its own.
 */
export class IntakeBot extends ActivityHandler {
  private readonly greeted = new Set<string>();

  constructor(
    private readonly ctx: AppContext,
    private readonly policy: BotPolicy = {},
  ) {
    super();
    this.onMessage(async (turn, next) => {
      await handleMessage(turn, ctx, policy);
      await next();
    });
    this.onInstallationUpdate(async (turn, next) => {
      const action = String(turn.activity.action ?? '');
      if (action.startsWith('add')) {
        await handleTeamPresence(turn, ctx, { installed: action === 'add', greeted: this.greeted });
      }
      await next();
    });
    this.onConversationUpdate(async (turn, next) => {
      if (!botWasRemoved(turn)) {
        await handleTeamPresence(turn, ctx, { installed: botWasAdded(turn), greeted: this.greeted });
      }
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    turn: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const data = value.action?.data;
    return routeCardAction(value.action?.verb, {
      ctx: this.ctx,
      activity: turn.activity,
      data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
      policy: this.policy,
      directoryEmail: turnDirectoryEmail(turn, this.ctx),
    });
  }
}

function botWasAdded(turn: TurnContext): boolean {
  const botId = turn.activity.recipient?.id;
  return (turn.activity.membersAdded ?? []).some((m) => m.id === botId);
}

function botWasRemoved(turn: TurnContext): boolean {
  const botId = turn.activity.recipient?.id;
  const removed = (turn.activity.membersRemoved ?? []).some((m) => m.id === botId);
  return removed || channelDataOf(turn.activity).eventType === 'teamDeleted';
}
