import type { Language } from '../../domain/campaign-file';
import type { RecipientProblem } from '../../domain/recipients';
import { closest } from './suggest';
import { domainText } from './texts';
import type { Finding } from './types';
import { valueAt } from './yaml-file';

interface Context {
  data: unknown;
  lang: Language;
  /** The register as the author should find it, for "not in the register X". */
  registerShown?: string;
  registerIds: string[];
  recipientIds: string[];
}

function one(p: RecipientProblem, ctx: Context): Finding {
  const id = String(p.params?.id ?? '');
  const { lang } = ctx;
  switch (p.code) {
    case 'org_unknown':
      return {
        path: p.path,
        target: 'value',
        message: domainText(
          'org_unknown',
          { id, suggestion: closest(id, ctx.registerIds), register: ctx.registerShown },
          lang,
        ),
      };
    case 'org_duplicate':
      return { path: p.path, target: 'value', message: domainText('org_duplicate', { id }, lang) };
    case 'channel_shared':
      return {
        path: p.path,
        target: 'key',
        message: domainText('channel_shared', { id, other: String(p.params?.other ?? '') }, lang),
      };
    case 'override_unknown_org':
      return {
        path: p.path,
        target: 'key',
        message: domainText('override_unknown_org', { id, suggestion: closest(id, ctx.recipientIds) }, lang),
      };
    case 'quota_min_over_max': {
      const [, , , roleId] = p.path;
      const override = valueAt(ctx.data, p.path);
      const roles = valueAt(ctx.data, ['roles']);
      const role = Array.isArray(roles) ? roles.find((r) => valueAt(r, ['id']) === roleId) : undefined;
      const min = valueAt(override, ['min']) ?? valueAt(role, ['min']);
      const max = valueAt(override, ['max']) ?? valueAt(role, ['max']);
      return {
        path: p.path,
        target: 'key',
        message: domainText('override_min_over_max', { min, max }, lang),
      };
    }
    case 'recipients_empty':
      return { path: p.path, target: 'key', message: domainText('recipients_none_left', {}, lang) };
  }
}

/** The recipient checks' problems as findings in the campaign file. */
export function findingsFromRecipients(problems: RecipientProblem[], ctx: Context): Finding[] {
  return problems.map((p) => one(p, ctx));
}
