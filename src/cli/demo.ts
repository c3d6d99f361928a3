import path from 'node:path';
import { loadCampaignFile } from '../adapters/campaign-file/load-campaign-file';
import type { Campaign } from '../domain/campaign';
import { formatDeadline } from '../app/i18n/dates';
import { sendCampaign } from '../app/use-cases/send-campaign';
import { requireCampaign } from '../app/use-cases/get-campaign';
import type { Services } from '../main/compose';
import type { CliIo } from './io';
import { packageRoot } from './package-root';
import { formatProblems } from './commands/campaign-validate';

export const DEMO_CAMPAIGN_ID = 'projektarbete-demo';
const DEMO_FILE = path.join('examples', 'projektarbete-2025.yaml');
const DEMO_ORG = 'narhalsan';

/**
 * The letter of seeds/000 as a live round: its deadline (2025-04-30) is long past, so the demo uses
 * the letter's own timetable instead — two weeks from sending.
 */
export function demoCampaign(example: Campaign): Campaign {
  return { ...example, id: DEMO_CAMPAIGN_ID, deadline: { kind: 'window', days: 14 } };
}

export async function runDemo(services: Services, io: CliIo): Promise<void> {
  const root = packageRoot();
  const loaded = await loadCampaignFile(path.join(root, DEMO_FILE));
  if (!loaded.ok)
    throw new Error(`the demo campaign file is invalid:\n${formatProblems(loaded.problems, root)}`);
  const { ctx, config } = services;
  const outcome = await ctx.store.saveCampaign(demoCampaign(loaded.campaign), ctx.clock.now(), {
    kind: 'system',
  });
  if (outcome === 'conflict') {
    io.err(
      `Obs: ${DEMO_CAMPAIGN_ID} finns redan i databasen med annat innehåll; den sparade versionen används.`,
    );
  }
  const report = await sendCampaign(ctx, DEMO_CAMPAIGN_ID, { kind: 'system' });
  const record = await requireCampaign(ctx.store, DEMO_CAMPAIGN_ID);
  const sent = report.lines.filter(
    (l) => l.channel === 'email' && (l.result === 'sent' || l.result === 'already_sent'),
  );
  const outbox = config.mail.kind === 'outbox' ? path.relative(io.cwd, config.mail.dir) || '.' : '(Graph)';
  const link = record.campaign.organisations.some((o) => o.id === DEMO_ORG)
    ? ctx.links.respondUrl(record, DEMO_ORG)
    : '';
  io.out(
    [
      '',
      `Exempelkampanjen "${record.campaign.title}" (${DEMO_CAMPAIGN_ID}) är skickad.`,
      `  Svara senast: ${formatDeadline(record.deadlineDate!, 'sv')}`,
      `  E-post: ${sent.length} förfrågningar ligger som .eml-filer i ${outbox}/`,
      link ? `  Svarssida för Närhälsan: ${link}` : '',
      `  Teams: starta Agents Playground i ett annat fönster med "npm run playground" och öppna http://localhost:56150`,
      `         (kanalerna Närhälsan och Folktandvården får förfrågan när appen är installerad i teamet)`,
      `  Status: npx contact-intake campaign status ${DEMO_CAMPAIGN_ID}`,
      '',
    ]
      .filter((l) => l !== '')
      .join('\n'),
  );
}
