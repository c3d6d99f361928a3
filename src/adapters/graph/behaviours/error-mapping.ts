import { GraphRequestError } from '../errors';
import { pathTemplate } from '../path-template';
import { behaviour, methodOf, urlOf, type NamedMiddleware } from './behaviour';

interface GraphErrorBody {
  error?: { code?: unknown; message?: unknown; innerError?: { 'request-id'?: unknown } };
}

/**
 * Turns a final non-2xx answer into a GraphRequestError with status, Graph's error code and the request
 * id (what Microsoft support asks for). Failure handled: callers branching on SDK-specific error shapes,
 * and error messages that echo Graph's text or the URL — which may hold names, e-mail addresses or
 * filter values — into logs. The message names the method, a path template and the code only.
 */
export function errorMapping(versionPath: string): NamedMiddleware {
  return behaviour('error-mapping', async (context, next) => {
    await next(context);
    const response = context.response;
    if (!response || response.ok) return;
    const body = await readErrorBody(response.clone());
    const code = typeof body.error?.code === 'string' ? body.error.code : undefined;
    const message = typeof body.error?.message === 'string' ? body.error.message : undefined;
    const innerId = body.error?.innerError?.['request-id'];
    const requestId =
      response.headers.get('request-id') ?? (typeof innerId === 'string' ? innerId : undefined) ?? undefined;
    throw new GraphRequestError(
      methodOf(context),
      pathTemplate(urlOf(context), versionPath),
      response.status,
      code,
      requestId,
      message,
    );
  });
}

async function readErrorBody(response: Response): Promise<GraphErrorBody> {
  try {
    const parsed: unknown = JSON.parse(await response.text());
    return typeof parsed === 'object' && parsed !== null ? (parsed as GraphErrorBody) : {};
  } catch {
    return {};
  }
}
