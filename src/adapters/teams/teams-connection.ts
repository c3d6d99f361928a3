import type { Request, Response } from 'botbuilder';
import type { AppContext } from '../../app/context';
import type { Logger } from '../../app/ports/logger';
import type { TeamsMessenger } from '../../app/ports/messaging';
import type { Store } from '../../app/ports/store';
import { IntakeBot } from './bot';
import { createBotAdapter } from './bot-adapter';
import { guardedProcess } from './process-guard';
import { ChannelMessenger } from './teams-messenger';
import type { RetryPolicy } from './retry';

export interface TeamsConnectionOptions {
  bot: {
    appId?: string;
    appPassword?: string;
    appType: string;
    tenantId?: string;
    /** TEAMS_ADMIN_AAD_OBJECT_IDS: who may decide any channel link besides campaign owners. */
    adminObjectIds?: readonly string[];
  };
  store: Store;
  logger: Logger;
  /** Tests pin the backoff; production uses the default. */
  retry?: RetryPolicy;
}

export interface TeamsConnection {
  messenger: TeamsMessenger;
  /** Binds the bot's turn logic to the app and returns the handler for POST /api/messages. */
  handler(ctx: AppContext): (req: Request, res: Response) => Promise<void>;
}

/**
 * The one way into the Teams adapter. The messenger exists before the app context (the context
 * needs it), and the bot's turn logic is bound to the context afterwards.
 */
export function createTeamsConnection(opts: TeamsConnectionOptions): TeamsConnection {
  const { adapter, appId } = createBotAdapter(opts.bot, opts.logger);
  const messenger = new ChannelMessenger({
    adapter,
    appId,
    store: opts.store,
    logger: opts.logger,
    ...(opts.retry ? { retry: opts.retry } : {}),
  });
  return {
    messenger,
    handler(ctx) {
      const bot = new IntakeBot(ctx, {
        ...(opts.bot.tenantId ? { botTenantId: opts.bot.tenantId } : {}),
        adminObjectIds: opts.bot.adminObjectIds ?? [],
      });
      return guardedProcess(adapter, (turn) => bot.run(turn), opts.logger);
    },
  };
}
