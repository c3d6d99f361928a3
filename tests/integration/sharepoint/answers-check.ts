import type { AnswerVersion } from '../../../src/domain/answer-record';
import { ROW_STATUS } from '../../../src/adapters/store/sharepoint';
import type { FakeGraph } from '../../support/fake-graph';
import { itemsOf } from './site';

/**
 * What the chair sees of one organisation's answers, read straight from the lists (not through the
 * store): the Nomineringar rows per version and status, the Svarshistorik versions, the audit entries.
 */
export function registerOf(fake: FakeGraph, campaignId: string, orgId: string) {
  const ofOrg = (list: string) =>
    itemsOf(fake, list).filter((i) => i.fields.CampaignId === campaignId && i.fields.OrgId === orgId);
  const rows = ofOrg('Nomineringar');
  const byVersion = new Map<number, string[]>();
  for (const row of [...rows].sort((a, b) => Number(a.fields.Position) - Number(b.fields.Position))) {
    const v = Number(row.fields.Version);
    byVersion.set(v, [...(byVersion.get(v) ?? []), String(row.fields.Email)]);
  }
  return {
    rowKeys: rows.map((r) => String(r.fields.RowKey)),
    /** E-mail addresses of the rows of each version, in the order given. */
    byVersion,
    /** Versions whose rows say Aktuell. */
    currentVersions: [
      ...new Set(
        rows.filter((r) => r.fields.Status === ROW_STATUS.current).map((r) => Number(r.fields.Version)),
      ),
    ],
    historyVersions: ofOrg('Svarshistorik')
      .map((i) => Number(i.fields.Version))
      .sort((a, b) => a - b),
    savedEntries: ofOrg('Händelselogg').filter((i) => i.fields.Title === 'answer.saved').length,
  };
}

export function emails(answer: AnswerVersion): string[] {
  return answer.nominees.map((n) => n.email);
}

export function oneToN(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
