import pino from 'pino';
import { createLogger } from '../../adapters/logging/pino-logger';
import {
  AmbiguousResultError,
  GraphAuthenticationError,
  GraphNetworkError,
  GraphRequestError,
  GraphThrottledError,
} from '../../adapters/graph';
import {
  changedAnything,
  provisionSharePoint,
  type ListReport,
  type ProvisionReport,
} from '../../adapters/store/sharepoint';
import { graphClientFor } from '../../main/graph';
import { parse } from '../args';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIo } from '../io';
import { configFrom } from '../services';

/**
 * `contact-intake sharepoint provision`: creates what the SharePoint store needs on the configured site
 * and says, in Swedish, what it did and what it left alone. Exit 0 done, 2 configuration, 1 Graph failed.
 */
export async function sharepointProvisionCommand(args: string[], io: CliIo): Promise<number> {
  parse('sharepoint provision', args, {}, 0);
  const config = configFrom(io);
  if (config.store.kind !== 'sharepoint') {
    throw new UsageError(
      'sharepoint provision: STORE är inte "sharepoint". Sätt STORE=sharepoint och ' +
        'SHAREPOINT_SITE_ID=<webbplatsens Graph-id, t.ex. contoso.sharepoint.com,<guid>,<guid>> och kör igen.',
    );
  }
  const logger = createLogger(io.env.LOG_LEVEL ?? 'warn', pino.destination(2));
  const graph = graphClientFor(config, logger);
  let report: ProvisionReport;
  try {
    report = await provisionSharePoint(graph, config.store.siteId);
  } catch (err) {
    io.err(`Kunde inte skapa listorna i SharePoint: ${graphProblem(err)}`);
    return EXIT_FAILURE;
  }
  io.out(renderReport(report));
  return EXIT_OK;
}

export function renderReport(report: ProvisionReport): string {
  const lines = [`SharePoint-listor på webbplatsen ${report.siteId}:`];
  for (const list of report.lists) lines.push(`  ${list.displayName}: ${describeList(list)}`);
  if (report.differences.length > 0) {
    lines.push('', 'Skillnader som lämnades orörda (tjänsten kan behöva att de rättas för hand):');
    for (const d of report.differences)
      lines.push(`  - ${d.list}, kolumnen ${d.column}: väntade ${d.expected}, fanns ${d.found}`);
  }
  lines.push('', summary(report));
  return lines.join('\n');
}

function describeList(list: ListReport): string {
  if (list.created) return `skapad, med ${list.columns} kolumner och deras index`;
  const done = [
    ...list.added.map((c) => `lade till kolumnen ${c}`),
    ...list.indexed.map((c) => `lade till index på ${c}`),
    ...list.unique.map((c) => `krävde unika värden i ${c}`),
  ];
  return done.length > 0 ? `fanns redan; ${done.join('; ')}` : 'fanns redan, allt på plats';
}

function summary(report: ProvisionReport): string {
  const differences = report.differences.length;
  const left =
    differences > 0
      ? ` ${differences} ${differences === 1 ? 'skillnad' : 'skillnader'} lämnades orörda.`
      : '';
  if (!changedAnything(report)) return `Inget ändrades: alla listor, kolumner och index fanns redan.${left}`;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const sum = (f: (l: ListReport) => number) => report.lists.reduce((s, l) => s + f(l), 0);
  const parts = [
    count(
      sum((l) => (l.created ? 1 : 0)),
      'lista skapad',
      'listor skapade',
    ),
    count(
      sum((l) => l.added.length),
      'kolumn tillagd',
      'kolumner tillagda',
    ),
    count(
      sum((l) => l.indexed.length),
      'index tillagt',
      'index tillagda',
    ),
  ];
  return `Klart: ${parts.join(', ')}.${left}`;
}

/** What went wrong, with the likely fix; never the URL or Graph's own text (they may hold ids and names). */
function graphProblem(err: unknown): string {
  if (err instanceof GraphAuthenticationError)
    return `${err.message}. Kontrollera AZURE_TENANT_ID, AZURE_CLIENT_ID och hemligheten eller certifikatet.`;
  if (
    err instanceof GraphThrottledError ||
    err instanceof GraphNetworkError ||
    err instanceof AmbiguousResultError
  )
    return `${err.message}. Försök igen om en stund; det som redan skapats behålls.`;
  if (err instanceof GraphRequestError) {
    if (err.status === 401 || err.status === 403)
      return `${err.message}. Appen saknar behörighet: ge den rollen "manage" på webbplatsen (Sites.Selected).`;
    if (err.status === 404)
      return `${err.message}. Webbplatsen finns inte: kontrollera SHAREPOINT_SITE_ID (värd,webbplats-id,webb-id).`;
    return err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
