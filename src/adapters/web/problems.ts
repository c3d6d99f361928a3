import type { FieldProblem } from '../../domain/answer';
import { problemText } from '../../app/i18n/answer-texts';
import type { Lang } from '../../app/i18n/lang';
import { html, type Html } from '../html/html';
import type { FormRole, ShownProblem } from './form-section';
import { DECLARED_NAME, fieldId, slotFieldName, SLOT_FIELDS, type DeclaredNameProblem } from './respond-form';
import { WEB_TEXTS } from './texts';

export interface SummaryItem extends ShownProblem {
  label: string;
  href: string;
}

/**
 * Turns the domain's field problems (and the page's own check of "Ditt namn") into messages in
 * the order the form shows its fields, so the summary reads top to bottom like the form.
 */
export function pageProblems(
  problems: FieldProblem[],
  declared: DeclaredNameProblem | undefined,
  roles: FormRole[],
  lang: Lang,
): SummaryItem[] {
  const t = WEB_TEXTS[lang];
  const labelOf = (roleId: string) => roles.find((r) => r.id === roleId)?.label ?? roleId;
  const rank = (field: string): number => {
    if (field === DECLARED_NAME) return Number.MAX_SAFE_INTEGER;
    const [roleId, slot, name] = field.split('.');
    const r = roles.findIndex((x) => x.id === roleId);
    const f = SLOT_FIELDS.indexOf(name as (typeof SLOT_FIELDS)[number]);
    return (r < 0 ? roles.length : r) * 100_000 + (slot ? Number(slot) * 10 + f + 1 : 0);
  };
  const items: SummaryItem[] = problems.map((p) => {
    const message = problemText(p, lang, labelOf);
    const [roleId = '', slot, name] = p.field.split('.');
    if (slot === undefined) {
      // A problem with the whole role (too many, nothing filled in) is reached at its first input.
      return {
        field: p.field,
        message,
        label: labelOf(roleId),
        href: `#${fieldId(slotFieldName(roleId, 1, 'name'))}`,
      };
    }
    const fieldLabel = t.field[name as (typeof SLOT_FIELDS)[number]] ?? name;
    return {
      field: p.field,
      message,
      label: `${labelOf(roleId)} ${slot}, ${fieldLabel.toLowerCase()}`,
      href: `#${fieldId(p.field)}`,
    };
  });
  if (declared) {
    items.push({
      field: DECLARED_NAME,
      message: declared === 'declared_name_required' ? t.declaredNameRequired : t.declaredNameInvalid,
      label: t.declaredName,
      href: `#${fieldId(DECLARED_NAME)}`,
    });
  }
  return items.sort((a, b) => rank(a.field) - rank(b.field));
}

/** At the top of the page, each entry a link to the field it concerns. */
export function errorSummary(items: SummaryItem[], lang: Lang): Html {
  const t = WEB_TEXTS[lang];
  return html`<section class="error-summary" aria-labelledby="error-summary-title" role="alert">
    <h2 id="error-summary-title">${t.errorSummaryTitle}</h2>
    <ul>
      ${items.map((i) => html`<li><a href="${i.href}">${i.label}: ${i.message}</a></li>`)}
    </ul>
  </section>`;
}
