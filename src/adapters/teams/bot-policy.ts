import type { CardActionPolicy } from './card-access';

/** What the bot knows about its deployment that turns are checked against. */
export interface BotPolicy extends CardActionPolicy {
  /**
   * TEAMS_ADMIN_AAD_OBJECT_IDS (lower-cased): people who may decide any channel link, besides the
   * owners of a campaign that asks the organisation.
   */
  adminObjectIds?: readonly string[];
}

export function adminsOf(policy: BotPolicy): readonly string[] {
  return policy.adminObjectIds ?? [];
}
