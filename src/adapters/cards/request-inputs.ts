import type { AnswerDraft, NomineeInput } from '../../domain/answer';

export const NOMINEE_FIELDS = ['name', 'email', 'phone', 'title'] as const;
export type NomineeField = (typeof NOMINEE_FIELDS)[number];

/** Input ids follow the answer checks' problem paths, so a problem lands under the field it concerns. */
export function inputId(roleId: string, slot: number, field: NomineeField): string {
  return `${roleId}.${slot}.${field}`;
}

/** Longest value a field accepts; the answer checks enforce the real limits. */
export const FIELD_MAX_LENGTH: Record<NomineeField, number> = {
  name: 120,
  email: 254,
  phone: 30,
  title: 120,
};

/**
 * Reads the form's inputs back into a draft. Only the roles and slots the organisation was asked for
 * are read: anything else in the submitted data is ignored, whatever it claims to be.
 */
export function draftFromInputs(
  data: Record<string, unknown>,
  roles: readonly { id: string; max: number }[],
): AnswerDraft {
  const draft: AnswerDraft = {};
  for (const role of roles) {
    const slots: NomineeInput[] = [];
    for (let slot = 1; slot <= role.max; slot++) {
      const input: NomineeInput = {};
      for (const field of NOMINEE_FIELDS) {
        const value = data[inputId(role.id, slot, field)];
        if (typeof value === 'string') input[field] = value.slice(0, FIELD_MAX_LENGTH[field] * 2);
      }
      slots.push(input);
    }
    draft[role.id] = slots;
  }
  return draft;
}
