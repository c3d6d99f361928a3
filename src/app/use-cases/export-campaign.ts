import { roleName } from '../../domain/campaign';
import { STATUS_LABEL } from '../i18n/answer-texts';
import { formatInstantShort } from '../i18n/dates';
import type { Lang } from '../i18n/lang';
import type { AppContext } from '../context';
import { campaignStatus } from './campaign-status';

export interface ExportTable {
  headers: string[];
  rows: string[][];
}

const HEADERS: Record<Lang, string[]> = {
  sv: [
    'Organisation',
    'Status',
    'Roll',
    'Namn',
    'E-post',
    'Telefon',
    'Titel',
    'Inskickat av',
    'Inskickat',
    'Kanal',
    'Version',
    'Sent svar',
  ],
  en: [
    'Organisation',
    'Status',
    'Role',
    'Name',
    'E-mail',
    'Phone',
    'Title',
    'Submitted by',
    'Submitted',
    'Channel',
    'Version',
    'Late',
  ],
};

/**
 * One row per nominee, and one row for each organisation without any, so the export is also the
 * list of who has not answered.
 */
export async function exportCampaign(ctx: AppContext, campaignId: string, lang: Lang): Promise<ExportTable> {
  const status = await campaignStatus(ctx, campaignId);
  const c = status.record.campaign;
  const yes = lang === 'sv' ? 'ja' : 'yes';
  const rows: string[][] = [];
  for (const o of status.organisations) {
    const label = STATUS_LABEL[lang][o.status];
    const a = o.answer;
    if (!a || a.nominees.length === 0) {
      rows.push([o.organisation.name, label, '', '', '', '', '', '', '', '', '', '']);
      continue;
    }
    for (const n of a.nominees) {
      const role = c.roles.find((r) => r.id === n.roleId);
      rows.push([
        o.organisation.name,
        label,
        role ? roleName(role, lang) : n.roleId,
        n.name,
        n.email,
        n.phone ?? '',
        n.title ?? '',
        a.submittedBy.name,
        formatInstantShort(a.submittedAt, c.timeZone),
        a.channel,
        String(a.version),
        a.late ? yes : '',
      ]);
    }
  }
  return { headers: HEADERS[lang], rows };
}
