/**
 * Retry-After as RFC 9110 defines it: whole seconds, or an HTTP date. Graph and SharePoint send seconds;
 * the date form is accepted because proxies in front of a sovereign-cloud Graph may rewrite it.
 * Returns milliseconds from `now`, or undefined when the header is absent or unreadable (the caller then
 * backs off on its own). A huge value comes back huge: deciding whether to wait that long is the caller's.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isFinite(seconds) ? seconds * 1000 : Number.POSITIVE_INFINITY;
  }
  // Only a date with a weekday or month name: Date.parse also reads "-5" or "1.5" as years.
  if (!/[A-Za-z]{3}/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
