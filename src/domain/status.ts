import type { Nominee, Shortfall } from './answer';
import type { RoleQuota } from './quota';

export type ResponseStatus = 'answered' | 'partial' | 'missing';

export function shortfallsOf(quotas: RoleQuota[], nominees: Nominee[]): Shortfall[] {
  return quotas
    .map(({ role, min }) => ({
      roleId: role.id,
      missing: min - nominees.filter((n) => n.roleId === role.id).length,
    }))
    .filter((s) => s.missing > 0);
}

/** `answered` when every role minimum is met, `partial` when someone is named but not enough, else `missing`. */
export function responseStatus(quotas: RoleQuota[], nominees: Nominee[]): ResponseStatus {
  if (nominees.length === 0) return 'missing';
  return shortfallsOf(quotas, nominees).length === 0 ? 'answered' : 'partial';
}

export interface Progress {
  total: number;
  answered: number;
  partial: number;
  missing: number;
}

export function progressOf(statuses: ResponseStatus[]): Progress {
  const count = (s: ResponseStatus) => statuses.filter((x) => x === s).length;
  return {
    total: statuses.length,
    answered: count('answered'),
    partial: count('partial'),
    missing: count('missing'),
  };
}
