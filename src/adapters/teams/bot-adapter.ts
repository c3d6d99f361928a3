import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from '../../app/ports/logger';
import { sdkRetriesOff } from './sdk-retry';
import { BOT_TEXTS } from './texts';

export interface BotSettings {
  appId?: string;
  appPassword?: string;
  appType: string;
  tenantId?: string;
  /**
   * botbuilder's settings for where inbound tokens are checked (ToBotFromChannelOpenIdMetadataUrl,
   * ToBotFromChannelTokenIssuer, ToBotFromEmulatorOpenIdMetadataUrl); the public cloud's when absent.
   */
  cloud?: Record<string, string | undefined>;
}

/**
 * The public cloud's values, as botframework-connector's AuthenticationConstants has them (that package
 * is botbuilder's, not ours to import). botbuilder uses its built-in set only when none of these is
 * given; as soon as one is, it takes every one from the configuration, so the rest must be filled in.
 */
export const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl:
    'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
} as const;

/** Why an inbound request was refused: 401 for the token, 503 when the keys to check it could not be had. */
export class InboundAuthFailure extends Error {
  constructor(
    readonly status: 401 | 503,
    readonly reason: string,
  ) {
    super(status === 401 ? 'Unauthorized.' : 'Token keys unavailable.');
    this.name = 'InboundAuthFailure';
  }
}

/**
 * The CloudAdapter with the one entry point the HTTP handler uses. CloudAdapter.process prints every
 * refused request to the console (stack included) and sends the error's message; the guard in
 * process-guard.ts answers and logs itself instead.
 */
export class IntakeCloudAdapter extends CloudAdapter {
  handleActivity(
    authHeader: string,
    activity: Activity,
    logic: (turn: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/**
 * The CloudAdapter for the configured bot. Without an app id (local mode) botbuilder turns inbound
 * authentication off and sends without credentials: only for a bot that listens on loopback.
 */
export function createBotAdapter(
  bot: BotSettings,
  logger: Logger,
): { adapter: IntakeCloudAdapter; appId: string } {
  const auth = bot.appId
    ? new FailClosedAuthentication(
        {
          MicrosoftAppId: bot.appId,
          MicrosoftAppType: bot.appType,
          ...(bot.appPassword ? { MicrosoftAppPassword: bot.appPassword } : {}),
          ...(bot.tenantId ? { MicrosoftAppTenantId: bot.tenantId } : {}),
          ...cloudSettings(bot.cloud),
        },
        logger,
      )
    : // SingleTenant insists on an app id, so local mode names the type that accepts none.
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        MicrosoftAppType: 'MultiTenant',
      });
  const adapter = new IntakeCloudAdapter(auth);
  adapter.use(sdkRetriesOff);
  adapter.onTurnError = (turn, error) => onTurnError(turn, error, logger);
  return { adapter, appId: bot.appId ?? '' };
}

function cloudSettings(cloud: BotSettings['cloud']): Partial<typeof PUBLIC_CLOUD> {
  const given = Object.entries(cloud ?? {}).filter(([name, value]) => name in PUBLIC_CLOUD && value);
  return given.length === 0 ? {} : { ...PUBLIC_CLOUD, ...Object.fromEntries(given) };
}

/**
 * botbuilder's inbound token validation, closed at its edges: every failure becomes an
 * InboundAuthFailure (botbuilder lets signature, not-before and malformed-token errors through as
 * plain errors, which CloudAdapter answers with 500), and an activity without a serviceUrl is
 * refused, since botbuilder compares the token's `serviceurl` claim only when there is one to compare.
 */
class FailClosedAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly logger: Logger,
  ) {
    super(options);
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    if (!activity.serviceUrl) throw this.refuse(new InboundAuthFailure(401, 'activity without serviceUrl'));
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      throw this.refuse(asFailure(err));
    }
  }

  private refuse(failure: InboundAuthFailure): InboundAuthFailure {
    const level = failure.status === 401 ? 'warn' : 'error';
    this.logger[level]({ status: failure.status, reason: failure.reason }, 'bot request refused');
    return failure;
  }
}

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);
const JWT_LIKE = /[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g;

/** botbuilder's AuthenticationError carries a status: 401 for the token, 500 when the key set did not load. */
function asFailure(err: unknown): InboundAuthFailure {
  const e = err instanceof Error ? err : new Error(String(err));
  // Messages name claims and key ids, never the token; the scrub is for anything that would quote one.
  const reason = `${e.name}: ${e.message}`.replace(JWT_LIKE, '[token]').slice(0, 200);
  const status = (e as { statusCode?: unknown }).statusCode;
  if (TOKEN_ERRORS.has(e.name) || status === 401) return new InboundAuthFailure(401, reason);
  return new InboundAuthFailure(503, reason);
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
