import type { Organisation } from './organisation';

export type OrganisationMatch =
  | { kind: 'found'; organisation: Organisation }
  /** Nothing matched exactly, or several did: the closest candidates, best first (possibly none). */
  | { kind: 'unknown'; suggestions: Organisation[] };

const MAX_SUGGESTIONS = 5;

/** Lower case, Swedish letters without their marks, and no separators: "Närhälsan", "narhalsan" and "Når-hälsan " meet. */
export function foldName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The organisation someone named in `koppla <id or name>`: by id or by name, ignoring case, marks
 * and spacing. A name two organisations share is not guessed between; both are offered instead.
 */
export function matchOrganisation(query: string, organisations: readonly Organisation[]): OrganisationMatch {
  const q = foldName(query);
  if (q === '') return { kind: 'unknown', suggestions: [] };
  const byId = organisations.filter((o) => foldName(o.id) === q);
  if (byId.length === 1) return { kind: 'found', organisation: byId[0]! };
  const byName = organisations.filter((o) => foldName(o.name) === q);
  if (byName.length === 1 && byId.length === 0) return { kind: 'found', organisation: byName[0]! };
  const scored = organisations
    .map((o) => ({ o, score: closeness(q, o) }))
    .filter((s) => s.score !== undefined)
    .sort((a, b) => a.score! - b.score! || a.o.name.localeCompare(b.o.name, 'sv'));
  return { kind: 'unknown', suggestions: scored.slice(0, MAX_SUGGESTIONS).map((s) => s.o) };
}

/** How far the query is from the organisation (lower is closer), or undefined when it is not a fair guess. */
function closeness(q: string, o: Organisation): number | undefined {
  let best: number | undefined;
  for (const candidate of [foldName(o.id), foldName(o.name)]) {
    if (candidate === '') continue;
    // A part of the name ("sahlgrenska" for "Sahlgrenska Universitetssjukhuset") is a good guess.
    const score =
      candidate === q
        ? 0
        : q.length >= 3 && (candidate.includes(q) || q.includes(candidate))
          ? 1
          : distance(q, candidate) <= allowedEdits(q)
            ? 1 + distance(q, candidate)
            : undefined;
    if (score !== undefined && (best === undefined || score < best)) best = score;
  }
  return best;
}

function allowedEdits(q: string): number {
  return q.length <= 3 ? 1 : q.length <= 6 ? 2 : 3;
}

/** Edit distance (insert, delete, replace). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
