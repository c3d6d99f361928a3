import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportCampaign } from '../../app/use-cases/export-campaign';
import { toExcelCsv } from '../../adapters/export/csv';
import { parse } from '../args';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { withServices } from '../services';

export async function campaignExportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    'campaign export',
    args,
    {
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      lang: { type: 'string', default: 'sv' },
    },
    1,
  );
  if (values.format !== 'csv')
    throw new UsageError(`campaign export: formatet "${values.format}" stöds inte; använd --format csv`);
  if (values.lang !== 'sv' && values.lang !== 'en')
    throw new UsageError('campaign export: --lang ska vara sv eller en');
  const id = positionals[0]!;
  const table = await withServices(io, (s) => exportCampaign(s.ctx, id, values.lang as 'sv' | 'en'));
  const out = path.resolve(io.cwd, values.out ?? `${id}.csv`);
  writeFileSync(out, toExcelCsv(table));
  io.out(`Skrev ${table.rows.length} rader till ${out}`);
  return EXIT_OK;
}
