import type { Campaign, Role } from './campaign';

export interface RoleQuota {
  role: Role;
  min: number;
  max: number;
}

/** The roles an organisation is asked for, with its own limits (SHVO: Göteborgsområdet may name up to four). */
export function quotasFor(campaign: Campaign, orgId: string): RoleQuota[] {
  const overrides = campaign.quotaOverrides[orgId] ?? {};
  return campaign.roles.map((role) => {
    const o = overrides[role.id] ?? {};
    return { role, min: o.min ?? role.min, max: o.max ?? role.max };
  });
}
