import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Logger } from '../../app/ports/logger';
import { sdkRetriesOff } from './sdk-retry';
import { BOT_TEXTS } from './texts';

export interface BotSettings {
  appId?: string;
  appPassword?: string;
  appType: string;
  tenantId?: string;
}

/**
 * The CloudAdapter for the configured bot. Without an app id (local mode) botbuilder turns inbound
 * authentication off and sends without credentials: only for a bot that listens on loopback.
 */
export function createBotAdapter(bot: BotSettings, logger: Logger): { adapter: CloudAdapter; appId: string } {
  const auth = bot.appId
    ? new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: bot.appId,
        MicrosoftAppType: bot.appType,
        ...(bot.appPassword ? { MicrosoftAppPassword: bot.appPassword } : {}),
        ...(bot.tenantId ? { MicrosoftAppTenantId: bot.tenantId } : {}),
      })
    : // SingleTenant insists on an app id, so local mode names the type that accepts none.
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        MicrosoftAppType: 'MultiTenant',
      });
  const adapter = new CloudAdapter(auth);
  adapter.use(sdkRetriesOff);
  adapter.onTurnError = (turn, error) => onTurnError(turn, error, logger);
  return { adapter, appId: bot.appId ?? '' };
}

/**
 * Last stop for an error in a turn. Logs ids only (an activity holds names and typed answers), and
 * apologises in Swedish where the activity allows an answer. Never throws: CloudAdapter would send
 * the error's message to the caller.
 */
export async function onTurnError(turn: TurnContext, error: unknown, logger: Logger): Promise<void> {
  const a = turn.activity;
  logger.error(
    {
      err: error instanceof Error ? error.name : typeof error,
      status: (error as { statusCode?: unknown } | null)?.statusCode,
      activityType: a.type,
      activityId: a.id,
      conversationId: a.conversation?.id,
      channel: a.channelId,
    },
    'bot turn failed',
  );
  const apology = BOT_TEXTS.sv.apology;
  try {
    if (a.type === 'invoke') {
      await turn.sendActivity({
        type: 'invokeResponse',
        value: {
          status: 500,
          body: {
            statusCode: 500,
            type: 'application/vnd.microsoft.error',
            value: { code: 'InternalError', message: apology },
          },
        },
      });
    } else if (a.type === 'message') {
      await turn.sendActivity(apology);
    }
  } catch (sendError) {
    logger.warn({ err: sendError instanceof Error ? sendError.name : 'unknown' }, 'could not apologise');
  }
}
