import { campaignStatus } from '../../app/use-cases/campaign-status';
import { parse } from '../args';
import { EXIT_OK, type CliIo } from '../io';
import { renderStatusText } from '../render/status-text';
import { statusJson } from '../render/status-json';
import { withServices } from '../services';

export async function campaignStatusCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('campaign status', args, { json: { type: 'boolean' } }, 1);
  const status = await withServices(io, (s) => campaignStatus(s.ctx, positionals[0]!));
  io.out(values.json ? JSON.stringify(statusJson(status), null, 2) : renderStatusText(status));
  return EXIT_OK;
}
