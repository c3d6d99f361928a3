import type { RequestCounter } from '../src/adapters/graph';

/** Small statistics and the Graph request split, for the tables. */

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function max(values: number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

/** Graph requests by method, and the requests carried inside `$batch` calls. */
export interface RequestSplit {
  total: number;
  byMethod: Record<string, number>;
  batched: number;
}

export function splitOf(counter: RequestCounter): RequestSplit {
  const byMethod: Record<string, number> = {};
  let batched = 0;
  for (const p of counter.byPattern()) {
    const method = p.pattern.split(' ')[0]!;
    byMethod[method] = (byMethod[method] ?? 0) + p.requests;
    batched += p.batched;
  }
  return { total: counter.total(), byMethod, batched };
}

/** "GET 3 · POST 2 · PATCH 1 (3 in $batch)", methods in a fixed order; `per` divides (a per-message split). */
export function describeSplit(split: RequestSplit, per = 1): string {
  const order = ['GET', 'POST', 'PATCH', 'DELETE'];
  const count = (n: number) => (per === 1 ? String(n) : (n / per).toFixed(1));
  const methods = Object.keys(split.byMethod).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const parts = methods.map((m) => `${m} ${count(split.byMethod[m]!)}`);
  return `${parts.join(' · ') || '0'}${split.batched > 0 ? ` (${count(split.batched)} in $batch)` : ''}`;
}

/** The split most answers had: the commonest description, so one odd answer does not hide the usual one. */
export function commonest(descriptions: string[]): string {
  const counts = new Map<string, number>();
  for (const d of descriptions) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return value >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function num(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}
