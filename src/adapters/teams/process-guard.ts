import type { CloudAdapter, Request, Response, TurnContext } from 'botbuilder';
import type { Logger } from '../../app/ports/logger';

export type MessagesHandler = (req: Request, res: Response) => Promise<void>;

/**
 * CloudAdapter.process answers failures with the error's own message (and a stack on bad bodies).
 * This handler lets invoke responses through unchanged and replaces anything else that fails with a
 * plain code, so no internals reach the caller.
 */
export function guardedProcess(
  adapter: CloudAdapter,
  logic: (turn: TurnContext) => Promise<void>,
  logger: Logger,
): MessagesHandler {
  return async (req, res) => {
    const guarded = sanitisingResponse(res);
    try {
      await adapter.process(req, guarded.response, logic);
    } catch (err) {
      // Thrown before a turn started: the body was not an activity botbuilder could read.
      logger.warn({ err: err instanceof Error ? err.name : 'unknown' }, 'bot request rejected');
      if (!guarded.answered()) {
        res.status(400);
        res.send({ code: 'BadRequest', message: 'The request is not a valid activity.' });
        res.end();
      }
    }
  };
}

function sanitisingResponse(res: Response): { response: Response; answered(): boolean } {
  let status = 200;
  let answered = false;
  const response: Response = {
    socket: res.socket,
    header: (name, value) => res.header(name, value),
    status: (code) => {
      status = code;
      return res.status(code);
    },
    send: (body?: unknown) => {
      answered = true;
      return res.send(isInvokeBody(body) || status < 400 ? body : genericError(status));
    },
    end: (...args: unknown[]) => {
      answered = true;
      return res.end(...args);
    },
  };
  return { response, answered: () => answered };
}

/** The bodies our own invoke handlers produce: `{ statusCode, type, value }`. */
function isInvokeBody(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'statusCode' in body && 'type' in body;
}

function genericError(status: number): { code: string; message: string } {
  if (status === 401) return { code: 'Unauthorized', message: 'Unauthorized.' };
  if (status >= 500) return { code: 'InternalError', message: 'Internal error.' };
  return { code: 'BadRequest', message: 'Bad request.' };
}
