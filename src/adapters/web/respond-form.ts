import { randomBytes } from 'node:crypto';
import type { AnswerDraft, NomineeInput } from '../../domain/answer';
import type { AnswerVersion } from '../../domain/answer-record';
import { hasControlCharacters, normaliseSpaces } from '../../domain/text';

/**
 * The response form's field names and how a posted body becomes an AnswerDraft. A slot field is named
 * `<role>.<slot>.<field>` (slot from 1), the same path the domain uses in FieldProblem, so a
 * problem finds its input without a translation table.
 */
export const SLOT_FIELDS = ['name', 'email', 'phone', 'title'] as const;
export type SlotField = (typeof SLOT_FIELDS)[number];

export const DECLARED_NAME = 'declaredName';

/** The campaign schema caps a role at 20; a crafted post beyond that is not worth reading. */
const MAX_SLOTS = 20;

export interface PostedForm {
  declaredName: string;
  /** Slots as typed, in form order; empty slots keep their place so problems point at the right row. */
  draft: AnswerDraft;
  baseVersion?: number;
  nonce?: string;
}

export type DeclaredNameProblem = 'declared_name_required' | 'declared_name_invalid';

export function slotFieldName(roleId: string, slot: number, field: SlotField): string {
  return `${roleId}.${slot}.${field}`;
}

/** Ids are the field names with dots turned into hyphens: valid in a URL fragment and a CSS selector alike. */
export function fieldId(fieldName: string): string {
  return `f-${fieldName === DECLARED_NAME ? 'declared-name' : fieldName.replace(/\./g, '-')}`;
}

export function parseForm(body: unknown, roleIds: readonly string[]): PostedForm {
  const fields = isRecord(body) ? body : {};
  const text = (key: string): string => {
    const v = fields[key];
    // A repeated field arrives as an array; the form never repeats one, so the first value wins.
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === 'string' ? first : '';
  };
  const draft: AnswerDraft = {};
  for (const roleId of roleIds) {
    const slots: NomineeInput[] = [];
    for (let slot = 1; slot <= MAX_SLOTS; slot++) {
      const input: NomineeInput = {};
      for (const f of SLOT_FIELDS) {
        const value = text(slotFieldName(roleId, slot, f));
        if (value !== '') input[f] = value;
      }
      slots.push(input);
    }
    while (slots.length > 0 && isEmptySlot(slots[slots.length - 1]!)) slots.pop();
    draft[roleId] = slots;
  }
  const base = text('baseVersion');
  const nonce = text('nonce');
  return {
    declaredName: text(DECLARED_NAME),
    draft,
    ...(/^\d{1,9}$/.test(base) ? { baseVersion: Number(base) } : {}),
    ...(/^[A-Za-z0-9_-]{16,128}$/.test(nonce) ? { nonce } : {}),
  };
}

export function isEmptySlot(slot: NomineeInput): boolean {
  return SLOT_FIELDS.every((f) => (slot[f] ?? '').trim() === '');
}

/** The page has no login: the name is what the person says, stored as declared, so it is only checked for shape. */
export function checkDeclaredName(value: string): { name: string } | { problem: DeclaredNameProblem } {
  const name = normaliseSpaces(value);
  if (!name) return { problem: 'declared_name_required' };
  if (name.length < 2 || name.length > 120 || hasControlCharacters(name) || !/\p{L}/u.test(name)) {
    return { problem: 'declared_name_invalid' };
  }
  return { name };
}

/** The current answer as form values, so changing an answer starts from what is registered. */
export function draftFromAnswer(answer: AnswerVersion | undefined, roleIds: readonly string[]): AnswerDraft {
  const draft: AnswerDraft = {};
  for (const roleId of roleIds) {
    draft[roleId] = (answer?.nominees ?? [])
      .filter((n) => n.roleId === roleId)
      .map((n) => ({
        name: n.name,
        email: n.email,
        ...(n.phone ? { phone: n.phone } : {}),
        ...(n.title ? { title: n.title } : {}),
      }));
  }
  return draft;
}

/** Per rendered form: a double click or a resent POST repeats it, and submitAnswer stores one version. */
export function newNonce(): string {
  return randomBytes(18).toString('base64url');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
