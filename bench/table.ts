/** A plain-text table: a title, a header, rows; numbers (and anything starting with a digit) right-aligned. */
export function table(title: string, header: string[], rows: string[][], notes: string[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const right = (cell: string) => /^[\d–~.]/.test(cell);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    title,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    ...notes.map((n) => `  ${n}`),
    '',
  ].join('\n');
}
