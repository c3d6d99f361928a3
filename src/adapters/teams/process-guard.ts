import type { Activity, Request, Response, TurnContext } from 'botbuilder';
import type { Logger } from '../../app/ports/logger';
import { InboundAuthFailure, type IntakeCloudAdapter } from './bot-adapter';

export type MessagesHandler = (req: Request, res: Response) => Promise<void>;

/**
 * POST /api/messages. Does what CloudAdapter.process does for an HTTP request — read the activity,
 * authenticate it with botbuilder, run the turn, answer with the invoke response — but answers every
 * failure with a plain code and logs it itself: CloudAdapter.process sends the error's own message
 * (a stack on bad bodies) and prints each refused request to the console.
 */
export function guardedProcess(
  adapter: IntakeCloudAdapter,
  logic: (turn: TurnContext) => Promise<void>,
  logger: Logger,
): MessagesHandler {
  return async (req, res) => {
    const activity = activityOf(req.body);
    if (!activity) {
      logger.warn({ status: 400 }, 'bot request is not an activity');
      return answer(res, 400, genericError(400));
    }
    try {
      const invoke = await adapter.handleActivity(authorizationOf(req), activity, logic);
      // Invoke bodies are the bot's own ({ statusCode, type, value }), apologies included.
      answer(res, invoke?.status ?? 200, invoke?.body);
    } catch (err) {
      if (err instanceof InboundAuthFailure) return answer(res, err.status, genericError(err.status));
      // Turn errors end in onTurnError; this is the adapter itself failing (e.g. making its connector).
      logger.error({ err: err instanceof Error ? err.name : 'unknown' }, 'bot request failed');
      answer(res, 500, genericError(500));
    }
  };
}

/** An object with a string `type`, its time fields made Dates as botbuilder's own reader does. */
function activityOf(body: unknown): Activity | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const activity = body as Activity & Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type === '') return undefined;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      (activity as Record<string, unknown>)[field] = new Date(value);
    }
  }
  return activity;
}

function authorizationOf(req: Request): string {
  const value = req.headers.authorization ?? (req.headers as Record<string, unknown>).Authorization;
  return typeof value === 'string' ? value : '';
}

function answer(res: Response, status: number, body: unknown): void {
  res.status(status);
  if (body !== undefined && body !== null) res.send(body);
  res.end();
}

function genericError(status: number): { code: string; message: string } {
  if (status === 401) return { code: 'Unauthorized', message: 'Unauthorized.' };
  if (status === 503) return { code: 'ServiceUnavailable', message: 'Try again later.' };
  if (status >= 500) return { code: 'InternalError', message: 'Internal error.' };
  return { code: 'BadRequest', message: 'The request is not a valid activity.' };
}
