import { GraphRequestError, type GraphClient } from '../../graph';
import { columnDefinition, KIND_WORDS, kindOf, type ListSpec } from './schema';

/** A column as Graph describes it (columnDefinition), with the properties provisioning compares. */
export interface ExistingColumn {
  id: string;
  name: string;
  displayName: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  choice?: { choices?: string[] };
  [facet: string]: unknown;
}

/** Something on the site that differs from what the store expects and that provisioning left as it is. */
export interface Difference {
  list: string;
  column: string;
  expected: string;
  found: string;
}

export interface ColumnChanges {
  added: string[];
  indexed: string[];
  unique: string[];
  /** Columns already as the store wants them. */
  present: string[];
  differences: Difference[];
}

/**
 * Brings one list's columns up to the spec by adding only: a missing column, a missing index, a missing
 * uniqueness rule on a key column (the store's protection against duplicate creates). A column of another
 * type, another display name or other choices is reported and left alone: changing it could lose data or
 * break what people built on the list.
 */
export async function reconcileColumns(
  graph: GraphClient,
  listPath: string,
  spec: ListSpec,
  columns: ExistingColumn[],
): Promise<ColumnChanges> {
  const changes: ColumnChanges = { added: [], indexed: [], unique: [], present: [], differences: [] };
  const differ = (column: string, expected: string, found: string) =>
    changes.differences.push({ list: spec.displayName, column, expected, found });

  for (const want of spec.columns) {
    const have = columns.find((c) => c.name.toLowerCase() === want.name.toLowerCase());
    const label = `${want.displayName} (${want.name})`;
    if (!have) {
      await graph.client.api(`${listPath}/columns`).post(columnDefinition(want));
      changes.added.push(label);
      continue;
    }
    const kind = kindOf(have);
    if (kind !== want.kind) {
      differ(label, `typ ${KIND_WORDS[want.kind]}`, `typ ${kind ? KIND_WORDS[kind] : 'annan'}`);
      continue;
    }
    if (have.displayName !== want.displayName)
      differ(label, `visningsnamn "${want.displayName}"`, `"${have.displayName}"`);
    const choices = have.choice?.choices ?? [];
    if (want.choices && want.choices.some((c) => !choices.includes(c)))
      differ(label, `valen ${want.choices.join(', ')}`, choices.length ? choices.join(', ') : 'inga val');

    const patch: Record<string, boolean> = {};
    if ((want.indexed || want.unique) && have.indexed !== true) patch.indexed = true;
    if (want.unique && have.enforceUniqueValues !== true) patch.enforceUniqueValues = true;
    if (Object.keys(patch).length === 0) {
      changes.present.push(label);
      continue;
    }
    try {
      await graph.client.api(`${listPath}/columns/${encodeURIComponent(have.id)}`).patch(patch);
      if (patch.indexed) changes.indexed.push(label);
      if (patch.enforceUniqueValues) changes.unique.push(label);
    } catch (err) {
      // Typically duplicates already in the column: uniqueness cannot be switched on until they are gone.
      if (!(err instanceof GraphRequestError) || err.status !== 400) throw err;
      const wanted = patch.enforceUniqueValues ? 'indexerad med unika värden' : 'indexerad';
      differ(label, wanted, `kunde inte ändras (${err.code ?? err.status})`);
    }
  }
  return changes;
}

/**
 * The built-in Title column, named for what the store puts in it; only on a list provisioning created.
 * A name is cosmetic: if SharePoint refuses it, that is reported and the rest goes on.
 */
export async function nameTitleColumn(
  graph: GraphClient,
  listPath: string,
  spec: ListSpec,
  columns: ExistingColumn[],
): Promise<Difference | undefined> {
  const title = columns.find((c) => c.name === 'Title');
  if (!title || title.displayName === spec.titleDisplayName) return undefined;
  try {
    await graph.client.api(`${listPath}/columns/${encodeURIComponent(title.id)}`).patch({
      displayName: spec.titleDisplayName,
    });
    return undefined;
  } catch (err) {
    if (!(err instanceof GraphRequestError) || err.status < 400 || err.status >= 500) throw err;
    return { ...titleDifference(spec, columns)!, found: `"${title.displayName}" (kunde inte byta namn)` };
  }
}

/** On a list that was already there, a Title with another name is only reported. */
export function titleDifference(spec: ListSpec, columns: ExistingColumn[]): Difference | undefined {
  const title = columns.find((c) => c.name === 'Title');
  if (!title || title.displayName === spec.titleDisplayName) return undefined;
  return {
    list: spec.displayName,
    column: `${title.displayName} (Title)`,
    expected: `visningsnamn "${spec.titleDisplayName}"`,
    found: `"${title.displayName}"`,
  };
}
