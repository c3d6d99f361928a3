import type { CampaignRecord } from '../../../domain/campaign';
import type { Organisation } from '../../../domain/organisation';
import { isOwner, type VerifiedIdentity } from '../owners';

/** How someone may decide a channel link: listed in TEAMS_ADMIN_AAD_OBJECT_IDS, or an owner of a campaign. */
export type ApproverRole = 'administrator' | 'owner';

/**
 * A person as the channel identified them (the validated activity, never a card or form): the Entra
 * object id, and the directory e-mail, which is looked up only when the object id is not enough.
 */
export interface ApproverIdentity {
  aadObjectId?: string;
  name?: string;
  directoryEmail?: () => Promise<string | undefined>;
}

/** Open campaigns that ask this organisation: their owners may approve its channel. */
export function campaignsAsking(records: readonly CampaignRecord[], orgId: string): CampaignRecord[] {
  return records.filter((r) => r.state === 'open' && r.campaign.organisations.some((o) => o.id === orgId));
}

/**
 * Who may approve or reject a link to `orgId`: an administrator from configuration, or an owner (by
 * Entra object id, else by directory e-mail) of an open campaign that has the organisation as a recipient.
 */
export async function approverRole(
  records: readonly CampaignRecord[],
  orgId: string,
  who: ApproverIdentity,
  admins: readonly string[],
): Promise<ApproverRole | undefined> {
  // A decision is recorded under the person's object id, so nobody decides without one.
  const id = who.aadObjectId?.toLowerCase();
  if (!id) return undefined;
  if (admins.some((a) => a.toLowerCase() === id)) return 'administrator';
  const asking = campaignsAsking(records, orgId);
  if (asking.length === 0) return undefined;
  const byObjectId: VerifiedIdentity = { aadObjectId: id };
  if (asking.some((r) => isOwner(r.campaign, byObjectId))) return 'owner';
  const email = await who.directoryEmail?.();
  if (email && asking.some((r) => isOwner(r.campaign, { ...byObjectId, email }))) return 'owner';
  return undefined;
}

/**
 * Organisations a channel may ask to be linked to: those of campaigns that are not closed, each once,
 * as its newest campaign describes it.
 */
export function linkableOrganisations(records: readonly CampaignRecord[]): Organisation[] {
  const byId = new Map<string, Organisation>();
  const newestFirst = [...records]
    .filter((r) => r.state !== 'closed')
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  for (const r of newestFirst) {
    for (const o of r.campaign.organisations) if (!byId.has(o.id)) byId.set(o.id, o);
  }
  return [...byId.values()];
}
