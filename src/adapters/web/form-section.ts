import type { AnswerDraft, NomineeInput } from '../../domain/answer';
import type { Lang } from '../../app/i18n/lang';
import { flag, html, type Html } from '../html/html';
import { DECLARED_NAME, fieldId, slotFieldName, SLOT_FIELDS, type SlotField } from './respond-form';
import { WEB_TEXTS } from './texts';

export interface FormRole {
  id: string;
  /** In the page's language. */
  label: string;
  min: number;
  max: number;
}

/** A message to show; `field` is a slot field name, a role id, or DECLARED_NAME. */
export interface ShownProblem {
  field: string;
  message: string;
}

export interface FormModel {
  lang: Lang;
  action: string;
  roles: FormRole[];
  values: AnswerDraft;
  declaredName: string;
  problems: ShownProblem[];
  baseVersion: number;
  nonce: string;
  /** An answer is registered already: the form changes it. */
  isChange: boolean;
}

const INPUT: Record<SlotField, { type: string; autocomplete: string }> = {
  name: { type: 'text', autocomplete: 'name' },
  email: { type: 'email', autocomplete: 'email' },
  phone: { type: 'tel', autocomplete: 'tel' },
  title: { type: 'text', autocomplete: 'organization-title' },
};

export function formSection(m: FormModel): Html {
  const t = WEB_TEXTS[m.lang];
  const byField = new Map(m.problems.map((p) => [p.field, p.message]));
  return html`<section aria-labelledby="form-heading">
    <h2 id="form-heading">${m.isChange ? t.formHeadingChange : t.formHeadingNew}</h2>
    <p>${t.formIntro}</p>
    <form method="post" action="${m.action}" novalidate>
      <input type="hidden" name="baseVersion" value="${m.baseVersion}" />
      <input type="hidden" name="nonce" value="${m.nonce}" />
      ${m.roles.map((role) => roleFieldset(m, role, byField))}
      ${textInput({
        name: DECLARED_NAME,
        label: t.declaredName,
        hint: t.declaredNameHint,
        type: 'text',
        autocomplete: 'name',
        value: m.declaredName,
        required: true,
        error: byField.get(DECLARED_NAME),
      })}
      <button type="submit">${m.isChange ? t.submitChange : t.submitNew}</button>
    </form>
  </section>`;
}

/** How many rows a role shows: its quota, or more when a crafted or old post typed further rows, so nothing typed is lost. */
export function slotCount(role: FormRole, values: AnswerDraft): number {
  return Math.max(role.max, values[role.id]?.length ?? 0);
}

function roleFieldset(m: FormModel, role: FormRole, byField: Map<string, string>): Html {
  const t = WEB_TEXTS[m.lang];
  const roleError = byField.get(role.id);
  const errorId = `e-${role.id}`;
  const slots = Array.from({ length: slotCount(role, m.values) }, (_, i) => i + 1);
  return html`<fieldset id="${`r-${role.id}`}" ${roleError ? html` aria-describedby="${errorId}"` : ''}>
    <legend>${t.roleLegend(role.label, role.min, role.max)}</legend>
    ${roleError && html`<p class="error-message" id="${errorId}">${roleError}</p>`}
    ${slots.map((slot) => {
      const value: NomineeInput = m.values[role.id]?.[slot - 1] ?? {};
      const required = slot <= role.min;
      return html`<fieldset>
        <legend>${t.slotLegend(role.label, slot, required)}</legend>
        ${SLOT_FIELDS.map((f) => {
          const name = slotFieldName(role.id, slot, f);
          return textInput({
            name,
            label: t.field[f],
            ...INPUT[f],
            value: value[f] ?? '',
            required: required && (f === 'name' || f === 'email'),
            error: byField.get(name),
          });
        })}
      </fieldset>`;
    })}
  </fieldset>`;
}

interface TextInput {
  name: string;
  label: string;
  hint?: string;
  type: string;
  autocomplete: string;
  value: string;
  required: boolean;
  error: string | undefined;
}

function textInput(i: TextInput): Html {
  const id = fieldId(i.name);
  const hintId = `${id}-hint`;
  const errorId = `e-${id}`;
  const describedBy = [i.hint ? hintId : '', i.error ? errorId : ''].filter(Boolean).join(' ');
  return html`<label for="${id}">${i.label}</label>
    ${i.hint && html`<p class="hint" id="${hintId}">${i.hint}</p>`}
    ${i.error && html`<p class="error-message" id="${errorId}">${i.error}</p>`}
    <input
      type="${i.type}"
      id="${id}"
      name="${i.name}"
      value="${i.value}"
      autocomplete="${i.autocomplete}"
      ${flag('required', i.required)}${i.error ? html` aria-invalid="true"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${i.type === 'email' || i.type === 'tel' ? html` spellcheck="false"` : ''}
    />`;
}
