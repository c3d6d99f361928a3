import path from 'node:path';
import { loadCampaignFile } from '../../adapters/campaign-file/load-campaign-file';
import { createCampaign } from '../../app/use-cases/create-campaign';
import { parse } from '../args';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { withServices } from '../services';
import { formatProblems } from './campaign-validate';

export async function campaignCreateCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parse('campaign create', args, {}, 1);
  const file = path.resolve(io.cwd, positionals[0]!);
  const loaded = await loadCampaignFile(file);
  if (!loaded.ok) {
    io.err(formatProblems(loaded.problems, io.cwd));
    return EXIT_USAGE;
  }
  const outcome = await withServices(io, (s) => createCampaign(s.ctx, loaded.campaign, { kind: 'cli' }));
  const c = loaded.campaign;
  io.out(
    outcome === 'created'
      ? `Skapade kampanjen "${c.id}" med ${c.organisations.length} organisationer. Skicka den med: contact-intake campaign send ${c.id}`
      : `Kampanjen "${c.id}" finns redan med samma innehåll; inget ändrades.`,
  );
  return EXIT_OK;
}
