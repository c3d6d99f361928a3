import { sendCampaign } from '../../app/use-cases/send-campaign';
import { parse } from '../args';
import { EXIT_FAILURE, EXIT_OK, type CliIo } from '../io';
import { renderSendReport } from '../render/send-report';
import { withServices } from '../services';

/** Exit 1 when some delivery failed, so a timer or script notices; running it again retries those. */
export async function campaignSendCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parse('campaign send', args, {}, 1);
  const report = await withServices(io, (s) => sendCampaign(s.ctx, positionals[0]!, { kind: 'cli' }));
  io.out(renderSendReport(report));
  return report.lines.some((l) => l.result === 'failed') ? EXIT_FAILURE : EXIT_OK;
}
