import type { ExportTable } from '../../app/use-cases/export-campaign';

/**
 * CSV that Swedish Excel opens correctly by double-click: a UTF-8 byte order mark (else å/ä/ö turn
 * into mojibake), semicolons (the list separator of the sv-SE locale), CRLF line ends, and quoting.
 */
export function toExcelCsv(table: ExportTable): Buffer {
  const lines = [table.headers, ...table.rows].map((row) => row.map(cell).join(';'));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

function cell(value: string): string {
  // A cell that starts like a formula would run as one in Excel (CSV injection); a leading quote keeps it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
