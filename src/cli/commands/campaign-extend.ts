import { formatDeadline } from '../../app/i18n/dates';
import { extendCampaign } from '../../app/use-cases/extend-campaign';
import { findOrganisation } from '../../domain/campaign';
import { parse } from '../args';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { withServices } from '../services';

/**
 * `campaign extend <id> --until <YYYY-MM-DD> [--org <id>]`: more time for the whole campaign or for one
 * organisation. Refusals (closed, not sent, not later, unknown organisation) exit 2 with the use case's words.
 */
export async function campaignExtendCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    'campaign extend',
    args,
    { until: { type: 'string' }, org: { type: 'string' } },
    1,
  );
  if (!values.until) {
    throw new UsageError(
      'campaign extend: --until <ÅÅÅÅ-MM-DD> saknas, till exempel --until 2025-05-09. Se "contact-intake help".',
    );
  }
  const id = positionals[0]!;
  const until = values.until;
  const result = await withServices(io, (s) => extendCampaign(s.ctx, id, until, values.org, { kind: 'cli' }));
  const c = result.record.campaign;
  const date = formatDeadline(until, 'sv');
  const cards =
    result.cardsUpdated > 0 ? ` ${result.cardsUpdated} kort i Teams visar nu det nya datumet.` : '';
  if (values.org !== undefined) {
    const name = findOrganisation(c, values.org)?.name ?? values.org;
    io.out(`${name} har fått förlängd svarstid i "${c.title}" (${c.id}): svara senast ${date}.${cards}`);
  } else {
    const n = result.orgIds.length;
    const kept = c.organisations.length - n;
    io.out(
      `Ny svarstid för "${c.title}" (${c.id}): svara senast ${date}. ` +
        `${n} ${n === 1 ? 'organisation' : 'organisationer'} fick mer tid` +
        (kept > 0 ? ` (${kept} har redan en senare egen svarstid).` : '.') +
        cards,
    );
  }
  io.out('Påminnelserna räknas från den nya svarstiden.');
  return EXIT_OK;
}
