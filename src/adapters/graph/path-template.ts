/**
 * The shape of a Graph URL without the values in it, for logs and request counts:
 * `/users/intake@vgregion.example/sendMail` → `/users/{id}/sendMail`,
 * `/sites/…/lists/…/items?$filter=fields/Org eq 'x'&$top=50` → `/sites/{id}/lists/{id}/items?$filter&$top`.
 * Ids and filter values can be e-mail addresses or names, which never go into logs.
 */

/** Collections whose next segment is a key (an id, a name, a principal name). */
const KEYED = new Set([
  'sites',
  'lists',
  'items',
  'columns',
  'contentTypes',
  'users',
  'groups',
  'teams',
  'channels',
  'messages',
  'mailFolders',
  'drives',
  'permissions',
  'versions',
  'subscriptions',
]);

/** Segments kept as they are: Graph's own words (`fields`, `sendMail`, `$batch`, `microsoft.graph.delta`). */
const WORD = /^[A-Za-z$][A-Za-z0-9.$_]{0,63}$/;

export function pathTemplate(url: string, versionPath = ''): string {
  const parsed = new URL(url, 'https://graph.invalid');
  let path = parsed.pathname;
  if (versionPath && path.startsWith(versionPath)) path = path.slice(versionPath.length);
  const segments = path.split('/').filter((s) => s !== '');
  const out: string[] = [];
  let keyNext = false;
  for (const raw of segments) {
    const segment = safeDecode(raw);
    const call = segment.indexOf('(');
    if (keyNext) out.push('{id}');
    else if (call > 0 && WORD.test(segment.slice(0, call))) out.push(`${segment.slice(0, call)}(…)`);
    else out.push(WORD.test(segment) ? segment : '{id}');
    keyNext = !keyNext && KEYED.has(segment);
  }
  const keys = [...new Set([...parsed.searchParams.keys()])];
  return '/' + out.join('/') + (keys.length > 0 ? '?' + keys.map(keyOnly).join('&') : '');
}

function keyOnly(key: string): string {
  return WORD.test(key) ? key : '{param}';
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
