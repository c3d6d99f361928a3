import { assertSameOrigin } from './behaviours/origin-guard';
import { ForeignHostError } from './errors';

/**
 * A Graph URL as a path under the base URL (`/sites/…?$top=5`), which is what `client.api()` and `$batch`
 * sub-requests take. Absolute URLs (nextLinks) must be on the configured origin and under its version
 * path; anything else is refused before a request is made.
 */
export function relativeToBase(url: string, baseUrl: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return url.startsWith('/') ? url : `/${url}`;
  assertSameOrigin(url, baseUrl);
  if (!url.startsWith(baseUrl + '/') && url !== baseUrl) {
    const target = new URL(url);
    throw new ForeignHostError(`${target.host}/${target.pathname.split('/')[1] ?? ''}`);
  }
  return url.slice(baseUrl.length) || '/';
}
