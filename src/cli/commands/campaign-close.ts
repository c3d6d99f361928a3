import { closeCampaign } from '../../app/use-cases/close-campaign';
import { parse } from '../args';
import { EXIT_OK, type CliIo } from '../io';
import { withServices } from '../services';

export async function campaignCloseCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parse('campaign close', args, {}, 1);
  const record = await withServices(io, (s) => closeCampaign(s.ctx, positionals[0]!, { kind: 'cli' }));
  io.out(`Kampanjen "${record.campaign.id}" är stängd. Inga fler svar tas emot.`);
  return EXIT_OK;
}
