import { GraphFailure, isRecord } from './reply';
import { newGuid, type ColumnState, type ListState } from './state';
import type { ColumnType } from './types';

/**
 * columnDefinition as Graph documents it: one type facet per column (they are "mutually
 * exclusive"), `indexed`, `enforceUniqueValues`, `required`, `hidden`, a read-only `name`.
 */

const FACETS: ColumnType[] = [
  'text',
  'number',
  'boolean',
  'dateTime',
  'choice',
  'currency',
  'personOrGroup',
  'lookup',
];
const UNSUPPORTED = [
  'calculated',
  'geolocation',
  'hyperlinkOrPicture',
  'term',
  'thumbnail',
  'contentApprovalStatus',
];
const FLAGS = ['indexed', 'enforceUniqueValues', 'required', 'hidden'] as const;

const FACET_DEFAULTS: Partial<Record<ColumnType, Record<string, unknown>>> = {
  text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 },
  number: { decimalPlaces: 'automatic', displayAs: 'number' },
  dateTime: { displayAs: 'default', format: 'dateTime' },
  choice: { allowTextEntry: true, choices: [], displayAs: 'dropDownMenu' },
};

function builtIn(name: string, type: ColumnType, readOnly: boolean, hidden = false): ColumnState {
  return {
    id: newGuid(),
    name,
    displayName: name === '_UIVersionString' ? 'Version' : name,
    description: '',
    type,
    facet: { ...(FACET_DEFAULTS[type] ?? {}) },
    indexed: false,
    enforceUniqueValues: false,
    required: false,
    hidden,
    readOnly,
    builtIn: true,
  };
}

/** The columns a genericList starts with ("which includes a Title column"). */
export function genericListColumns(): ColumnState[] {
  return [
    builtIn('Title', 'text', false),
    builtIn('ID', 'number', true),
    builtIn('ContentType', 'text', true),
    builtIn('Modified', 'dateTime', true),
    builtIn('Created', 'dateTime', true),
    builtIn('Author', 'personOrGroup', true),
    builtIn('Editor', 'personOrGroup', true),
    builtIn('_UIVersionString', 'text', true),
    builtIn('Attachments', 'boolean', true),
  ];
}

export function columnJson(c: ColumnState): Record<string, unknown> {
  return {
    description: c.description,
    displayName: c.displayName,
    enforceUniqueValues: c.enforceUniqueValues,
    hidden: c.hidden,
    id: c.id,
    indexed: c.indexed,
    name: c.name,
    readOnly: c.readOnly,
    required: c.required,
    [c.type]: { ...c.facet },
  };
}

export function findColumn(list: ListState, key: string): ColumnState | undefined {
  const k = key.toLowerCase();
  return (
    list.columns.find((c) => c.id.toLowerCase() === k) ?? list.columns.find((c) => c.name.toLowerCase() === k)
  );
}

function invalid(message: string): GraphFailure {
  return new GraphFailure(400, 'invalidRequest', message);
}

function typeFacet(
  body: Record<string, unknown>,
): { type: ColumnType; facet: Record<string, unknown> } | undefined {
  const unsupported = UNSUPPORTED.find((f) => f in body);
  if (unsupported)
    throw new GraphFailure(400, 'notSupported', `The fake Graph does not model '${unsupported}' columns.`);
  const present = FACETS.filter((f) => f in body);
  if (present.length > 1) throw invalid(`A column can have only one type; got ${present.join(', ')}.`);
  const type = present[0];
  if (!type) return undefined;
  const given = body[type] ?? {};
  if (!isRecord(given)) throw invalid(`The '${type}' facet must be an object.`);
  return { type, facet: { ...(FACET_DEFAULTS[type] ?? {}), ...given } };
}

function flags(body: Record<string, unknown>): Partial<Record<(typeof FLAGS)[number], boolean>> {
  const out: Partial<Record<(typeof FLAGS)[number], boolean>> = {};
  for (const flag of FLAGS) {
    if (!(flag in body)) continue;
    if (typeof body[flag] !== 'boolean') throw invalid(`'${flag}' must be a boolean.`);
    out[flag] = body[flag];
  }
  return out;
}

function checkText(body: Record<string, unknown>, key: 'displayName' | 'description'): string | undefined {
  if (!(key in body)) return undefined;
  if (typeof body[key] !== 'string') throw invalid(`'${key}' must be a string.`);
  return body[key];
}

/** SharePoint cannot enforce uniqueness on a column it does not index. */
function checkUnique(c: ColumnState, list: ListState): void {
  if (c.enforceUniqueValues && !c.indexed)
    throw invalid('The field must be indexed to enforce unique values.');
  if (!c.enforceUniqueValues) return;
  const seen = new Set<string>();
  for (const item of list.items) {
    const v = item.fields[c.name];
    if (v === undefined || v === null) continue;
    const key = typeof v === 'string' ? v.toLowerCase() : JSON.stringify(v);
    if (seen.has(key))
      throw invalid(
        'This field contains duplicate values. Remove all duplicate values and try the operation again.',
      );
    seen.add(key);
  }
}

export function createColumn(list: ListState, body: unknown): ColumnState {
  if (!isRecord(body)) throw invalid('A columnDefinition object is required.');
  const name = body.name;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw invalid(`The column name '${String(name)}' is not valid: use letters, digits and '_'.`);
  if (list.columns.some((c) => c.name.toLowerCase() === name.toLowerCase()))
    throw new GraphFailure(409, 'nameAlreadyExists', `A duplicate field name "${name}" was found.`);
  const typed = typeFacet(body);
  if (!typed) throw invalid(`Column '${name}' has no type: give one of ${FACETS.join(', ')}.`);
  const column: ColumnState = {
    id: newGuid(),
    name,
    displayName: checkText(body, 'displayName') ?? name,
    description: checkText(body, 'description') ?? '',
    ...typed,
    indexed: false,
    enforceUniqueValues: false,
    required: false,
    hidden: false,
    ...flags(body),
    readOnly: false,
    builtIn: false,
  };
  checkUnique(column, list);
  return column;
}

export function updateColumn(list: ListState, column: ColumnState, body: unknown): void {
  if (!isRecord(body)) throw invalid('A columnDefinition object is required.');
  if (column.readOnly) throw new GraphFailure(400, 'notAllowed', `Column '${column.name}' is read-only.`);
  if ('name' in body && body.name !== column.name) throw invalid('The name of a column cannot be changed.');
  const typed = typeFacet(body);
  if (typed && typed.type !== column.type)
    throw invalid(`Column '${column.name}' is ${column.type}; its type cannot change.`);
  const next: ColumnState = {
    ...column,
    displayName: checkText(body, 'displayName') ?? column.displayName,
    description: checkText(body, 'description') ?? column.description,
    facet: typed ? { ...column.facet, ...(body[column.type] as Record<string, unknown>) } : column.facet,
    ...flags(body),
  };
  checkUnique(next, list);
  Object.assign(column, next);
}
