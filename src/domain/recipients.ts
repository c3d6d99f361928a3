import type { CampaignFile } from './campaign-file';
import type { Organisation } from './organisation';

export interface RecipientProblem {
  path: (string | number)[];
  code:
    | 'org_unknown'
    | 'org_duplicate'
    | 'channel_shared'
    | 'override_unknown_org'
    | 'quota_min_over_max'
    | 'recipients_empty';
  params?: Record<string, string | number>;
}

/**
 * Combines the register (filtered by include/exclude) with inline organisations and checks
 * what a schema alone cannot: ids that must exist, and one channel answering for one organisation only
 * (a shared channel would let one administration answer for another). Only recipients, roles and
 * overrides are read, so a caller can resolve them while unrelated fields still have problems.
 */
export function resolveRecipients(
  file: Pick<CampaignFile, 'recipients' | 'roles' | 'overrides'>,
  register: Organisation[] | undefined,
): { organisations: Organisation[]; problems: RecipientProblem[] } {
  const problems: RecipientProblem[] = [];
  const r = file.recipients;
  const byId = new Map((register ?? []).map((o) => [o.id, o]));
  let chosen: Organisation[] = [];
  if (register) {
    if (r.include) {
      r.include.forEach((id, i) => {
        const org = byId.get(id);
        if (!org) problems.push({ path: ['recipients', 'include', i], code: 'org_unknown', params: { id } });
        else if (chosen.includes(org))
          problems.push({ path: ['recipients', 'include', i], code: 'org_duplicate', params: { id } });
        else chosen.push(org);
      });
    } else {
      chosen = [...register];
    }
    (r.exclude ?? []).forEach((id, i) => {
      if (!byId.has(id))
        problems.push({ path: ['recipients', 'exclude', i], code: 'org_unknown', params: { id } });
    });
    const excluded = new Set(r.exclude ?? []);
    chosen = chosen.filter((o) => !excluded.has(o.id));
  }
  const inline = r.organisations ?? [];
  const organisations = [...chosen, ...inline];

  const seen = new Set<string>();
  organisations.forEach((o, k) => {
    if (seen.has(o.id)) {
      // Point at the repeated entry itself; a repeat inside the register is the register's fault.
      const i = k - chosen.length;
      problems.push({
        path: i >= 0 ? ['recipients', 'organisations', i, 'id'] : ['recipients', 'register'],
        code: 'org_duplicate',
        params: { id: o.id },
      });
    }
    seen.add(o.id);
  });

  const channelOwner = new Map<string, string>();
  for (const o of organisations) {
    const ch = o.teams?.channelId;
    if (!ch) continue;
    const other = channelOwner.get(ch);
    if (other && other !== o.id) {
      problems.push({ path: ['recipients'], code: 'channel_shared', params: { id: o.id, other } });
    }
    channelOwner.set(ch, o.id);
  }

  for (const [orgId, o] of Object.entries(file.overrides ?? {})) {
    if (!seen.has(orgId)) {
      problems.push({ path: ['overrides', orgId], code: 'override_unknown_org', params: { id: orgId } });
      continue;
    }
    for (const [roleId, q] of Object.entries(o.roles)) {
      const role = file.roles.find((x) => x.id === roleId);
      if (!role) continue;
      if ((q.min ?? role.min) > (q.max ?? role.max)) {
        problems.push({ path: ['overrides', orgId, 'roles', roleId], code: 'quota_min_over_max' });
      }
    }
  }
  if (organisations.length === 0) problems.push({ path: ['recipients'], code: 'recipients_empty' });
  return { organisations, problems };
}
