import { MAX_LINE, MAX_NOTE } from './schema';

/** A list item's fields as Graph gives them (`fields` of a listItem) or takes them (a fieldValueSet). */
export type Fields = Record<string, unknown>;

/**
 * Field values to and from SharePoint. Date-times in SharePoint keep whole seconds, so instants the
 * store must give back exactly (an answer's time, an audit entry's time) also travel in a JSON column;
 * a lease, compared to the millisecond, is a number.
 */

export function textOf(fields: Fields, name: string): string | undefined {
  const value = fields[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function mustText(fields: Fields, name: string): string {
  const value = textOf(fields, name);
  if (value === undefined) throw new Error(`SharePoint item has no value in column ${name}`);
  return value;
}

export function numberOf(fields: Fields, name: string): number | undefined {
  const value = fields[name];
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

export function dateOf(fields: Fields, name: string): Date | undefined {
  const value = textOf(fields, name);
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new Error(`SharePoint item has an unreadable date in column ${name}`);
  return date;
}

/** What a dateTime column keeps: UTC to the second. Writing that already makes what was written equal what is read. */
export function toDateField(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid date given to the store');
  return `${at.toISOString().slice(0, 19)}Z`;
}

/** Text for a single-line column that people read; the exact value, where needed, is kept in a JSON column. */
export function line(value: string): string {
  return value.length <= MAX_LINE ? value : `${value.slice(0, MAX_LINE - 1)}…`;
}

/** JSON for a multi-line column; refuses what SharePoint would cut or reject. */
export function noteJson(value: unknown, what: string): string {
  const json = JSON.stringify(value);
  if (json.length > MAX_NOTE) {
    throw new Error(
      `${what} är för stort för en SharePoint-kolumn (${json.length} tecken, högst ${MAX_NOTE}).`,
    );
  }
  return json;
}

export function parseJson<T>(fields: Fields, name: string): T | undefined {
  const value = textOf(fields, name);
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as T;
  } catch {
    throw new Error(`SharePoint item has unreadable JSON in column ${name}`);
  }
}

/** OData string literal: single quotes doubled. The whole filter is URL-encoded by the caller. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Leaves a property out rather than setting it to undefined, so records compare equal after a round trip. */
export function opt<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
