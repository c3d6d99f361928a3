/**
 * How the store's SharePoint lists are described: one `ListSpec` per list, one `ColumnSpec` per column.
 * Internal column names are stable English (the store reads and filters on them); display names are
 * Swedish, for the chair and the coordination group who open the lists in SharePoint.
 */

export type ListKey =
  | 'campaigns'
  | 'campaignOrganisations'
  | 'answers'
  | 'answerVersions'
  | 'nominations'
  | 'deliveries'
  | 'channelEndpoints'
  | 'userEndpoints'
  | 'channelLinks'
  | 'auditTrail';

/** `note` is multi-line plain text: no 255-character limit, but it can be neither indexed nor filtered on. */
export type ColumnKind = 'text' | 'note' | 'number' | 'boolean' | 'dateTime' | 'choice';

export interface ColumnSpec {
  name: string;
  displayName: string;
  kind: ColumnKind;
  /** The store filters on it: without an index SharePoint refuses the query once a list is large. */
  indexed?: boolean;
  /** A client-generated key: a second create with the same value fails with 409 instead of duplicating. */
  unique?: boolean;
  choices?: readonly string[];
}

export interface ListSpec {
  key: ListKey;
  displayName: string;
  description: string;
  /** What the built-in Title column holds, named for the people who read the list. */
  titleDisplayName: string;
  columns: readonly ColumnSpec[];
}

/** SharePoint's single line of text holds 255 characters. */
export const MAX_LINE = 255;
/** Multiple lines of text holds 63,999 characters in a list; a margin below that. */
export const MAX_NOTE = 60_000;

/** The columnDefinition Graph takes for a new column (`POST …/columns`, or `columns` of a new list). */
export function columnDefinition(spec: ColumnSpec): Record<string, unknown> {
  const flags = {
    ...(spec.indexed || spec.unique ? { indexed: true } : {}),
    ...(spec.unique ? { enforceUniqueValues: true } : {}),
  };
  return { name: spec.name, displayName: spec.displayName, ...typeFacet(spec), ...flags };
}

function typeFacet(spec: ColumnSpec): Record<string, unknown> {
  switch (spec.kind) {
    case 'text':
      return { text: { allowMultipleLines: false, maxLength: MAX_LINE } };
    case 'note':
      return { text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 } };
    case 'number':
      return { number: {} };
    case 'boolean':
      return { boolean: {} };
    case 'dateTime':
      return { dateTime: { format: 'dateTime', displayAs: 'default' } };
    case 'choice':
      return {
        choice: { choices: [...(spec.choices ?? [])], allowTextEntry: false, displayAs: 'dropDownMenu' },
      };
  }
}

/** The kind of an existing column as Graph describes it, or undefined for a type the store never uses. */
export function kindOf(column: Record<string, unknown>): ColumnKind | undefined {
  const text = column.text as { allowMultipleLines?: unknown } | undefined;
  if (text) return text.allowMultipleLines === true ? 'note' : 'text';
  for (const kind of ['number', 'boolean', 'dateTime', 'choice'] as const) if (column[kind]) return kind;
  return undefined;
}

/** Swedish words for a column kind, for the provisioning report. */
export const KIND_WORDS: Record<ColumnKind, string> = {
  text: 'text (en rad)',
  note: 'text (flera rader)',
  number: 'tal',
  boolean: 'ja/nej',
  dateTime: 'datum och tid',
  choice: 'val',
};
