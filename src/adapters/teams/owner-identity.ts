import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { CampaignRecord } from '../../domain/campaign';
import type { AppContext } from '../../app/context';
import { isOwner, type VerifiedIdentity } from '../../app/use-cases/owners';
import { whoFacts } from './activity-facts';

/**
 * The campaigns the person behind this turn owns, out of `candidates`, and their directory e-mail when
 * it had to be looked up. Identity comes from the activity (Entra object id) and, failing that, from
 * the directory via the Bot Connector (e-mail); never from anything the person typed.
 */
export async function ownedCampaigns(
  turn: TurnContext,
  ctx: AppContext,
  candidates: CampaignRecord[],
): Promise<{ owned: CampaignRecord[]; email?: string }> {
  const who = whoFacts(turn.activity);
  const byObjectId: VerifiedIdentity = who.aadObjectId ? { aadObjectId: who.aadObjectId } : {};
  const owned = candidates.filter((r) => isOwner(r.campaign, byObjectId));
  if (owned.length === candidates.length) return { owned };
  // Owners listed by e-mail only: ask the directory who this is, once.
  const email = await directoryEmail(turn, ctx, who.id);
  if (!email) return { owned };
  const withEmail: VerifiedIdentity = { ...byObjectId, email };
  return { owned: candidates.filter((r) => isOwner(r.campaign, withEmail)), email };
}

/**
 * The person's e-mail (or UPN) as the directory knows them, asked of the Bot Connector for the member
 * id the activity gives; undefined when the lookup fails. Logs nothing of the answer.
 */
export async function directoryEmail(
  turn: TurnContext,
  ctx: AppContext,
  userId: string,
): Promise<string | undefined> {
  if (!userId) return undefined;
  try {
    const member = await TeamsInfo.getMember(turn, userId);
    const email = member.email ?? member.userPrincipalName;
    return typeof email === 'string' && email.includes('@') ? email : undefined;
  } catch (err) {
    ctx.logger.warn({ err: err instanceof Error ? err.name : 'unknown' }, 'could not look up the member');
    return undefined;
  }
}
