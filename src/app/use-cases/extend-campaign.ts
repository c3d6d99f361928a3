import { deadlineFor, findOrganisation, type CampaignRecord } from '../../domain/campaign';
import { extensionProblem, type ExtensionProblem } from '../../domain/extension';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../ports/store';
import { requireCampaign } from './get-campaign';
import { refreshTeamsCards } from './refresh-cards';

export interface ExtendResult {
  record: CampaignRecord;
  /** The organisations whose deadline moved (one given more time, or all but those already given more). */
  orgIds: string[];
  /** Request cards in Teams redrawn with the new date. */
  cardsUpdated: number;
}

/**
 * Gives the whole campaign, or one organisation (`orgId`), more time: `campaign extend <id> --until
 * <date> [--org <id>]`. The new date must be a real date after the current deadline of that scope,
 * not already over, and the campaign must be open. The organisations concerned see the new date on
 * their card, their response page and in their reminders, which start a fresh schedule from it.
 */
export async function extendCampaign(
  ctx: AppContext,
  campaignId: string,
  until: string,
  orgId: string | undefined,
  actor: Actor,
): Promise<ExtendResult> {
  const record = await requireCampaign(ctx.store, campaignId);
  if (record.state === 'closed')
    throw new AppError('campaign_closed', `Kampanjen "${campaignId}" är stängd.`);
  if (record.state === 'draft' || !record.deadlineDate) {
    throw new AppError(
      'campaign_not_sent',
      `Kampanjen "${campaignId}" är inte skickad ännu, så den har ingen svarstid att förlänga.`,
    );
  }
  if (orgId !== undefined && !findOrganisation(record.campaign, orgId)) {
    throw new AppError(
      'organisation_not_found',
      `Organisationen "${orgId}" är inte mottagare i kampanjen "${campaignId}".`,
    );
  }
  const current = orgId === undefined ? record.deadlineDate : deadlineFor(record, orgId);
  const now = ctx.clock.now();
  const problem = extensionProblem(current, until, now, record.campaign.timeZone);
  if (problem) throw new AppError('deadline_invalid', problemText(problem, until, current));

  const extended = await ctx.store.extendDeadline(campaignId, until, orgId, actor, now);
  const moved = record.campaign.organisations
    .map((o) => o.id)
    .filter((id) => deadlineFor(extended, id) !== deadlineFor(record, id));
  ctx.logger.info({ campaignId, orgId, until, organisations: moved.length }, 'deadline extended');
  const cardsUpdated = await refreshTeamsCards(ctx, extended, moved);
  return { record: extended, orgIds: moved, cardsUpdated };
}

function problemText(problem: ExtensionProblem, until: string, current: string | undefined): string {
  switch (problem) {
    case 'date_invalid':
      return `"${until}" är inte ett datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2025-05-09.`;
    case 'not_later':
      return `Den nya svarstiden ${until} måste vara senare än den nuvarande, ${current}.`;
    case 'passed':
      return `Datumet ${until} har redan passerat.`;
  }
}
