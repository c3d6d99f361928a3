import { ForeignHostError } from '../errors';
import { behaviour, headersOf, urlOf, type NamedMiddleware } from './behaviour';

/**
 * First in the chain. Threat: the bearer token (or a request carrying personal data) going to a host that
 * is not our Graph — through a tampered or unexpected `@odata.nextLink`, a caller passing an absolute URL,
 * or a redirect. Only the configured origin (scheme, host and port) is let through, and redirects are not
 * followed: a 3xx comes back as an error instead of being chased to wherever it points.
 */
export function originGuard(baseUrl: string): NamedMiddleware {
  const allowed = new URL(baseUrl).origin;
  return behaviour('origin-guard', async (context, next) => {
    const url = new URL(urlOf(context));
    if (url.origin !== allowed) throw new ForeignHostError(url.host);
    headersOf(context);
    context.options = { ...context.options, redirect: 'manual' };
    await next(context);
  });
}

/** The same check for URLs before they are handed to the SDK (nextLinks, batch sub-request URLs). */
export function assertSameOrigin(url: string, baseUrl: string): void {
  const target = new URL(url, baseUrl);
  if (target.origin !== new URL(baseUrl).origin) throw new ForeignHostError(target.host);
}
