/**
 * JSON with object keys sorted at every level and undefined properties left out, so two
 * definitions that mean the same thing serialise to the same text whatever order the YAML had.
 * Array order is kept: it carries meaning (organisations and roles are shown in that order).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) sorted[key] = sortKeys(v);
  }
  return sorted;
}
