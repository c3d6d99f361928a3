import { hasControlCharacters, isEmail, normaliseSpaces } from './text';
import type { RoleQuota } from './quota';

/** One slot of a form as typed, before validation. */
export interface NomineeInput {
  name?: string;
  email?: string;
  phone?: string;
  title?: string;
}

/** Slots per role id, in the order the form shows them. */
export type AnswerDraft = Record<string, NomineeInput[]>;

export interface Nominee {
  roleId: string;
  name: string;
  email: string;
  phone?: string;
  title?: string;
}

export type ProblemCode =
  | 'name_required'
  | 'name_invalid'
  | 'email_required'
  | 'email_invalid'
  | 'email_duplicate'
  | 'phone_invalid'
  | 'title_invalid'
  | 'role_too_many'
  | 'answer_empty';

/** `field` is `<role>.<slot>.<name|email|phone|title>` (slot from 1) or `<role>` for quota problems. */
export interface FieldProblem {
  field: string;
  code: ProblemCode;
  params?: Record<string, string | number>;
}

export interface Shortfall {
  roleId: string;
  missing: number;
}

export type AnswerCheck =
  { ok: true; nominees: Nominee[]; shortfalls: Shortfall[] } | { ok: false; problems: FieldProblem[] };

const PHONE = /^\+?[0-9][0-9 ()-]{4,24}$/;

function clean(v: string | undefined): string {
  return normaliseSpaces(v ?? '');
}

/**
 * Validates a whole answer for one organisation. Empty slots are ignored, so a form can offer more
 * rows than the minimum. A shortfall against a role minimum is not an error: the answer is kept as
 * `partial` and the organisation is told what is still missing.
 */
export function checkAnswer(quotas: RoleQuota[], draft: AnswerDraft): AnswerCheck {
  const problems: FieldProblem[] = [];
  const nominees: Nominee[] = [];
  const shortfalls: Shortfall[] = [];
  const emails = new Map<string, string>();

  for (const { role, min, max } of quotas) {
    const filled: Nominee[] = [];
    (draft[role.id] ?? []).forEach((slot, i) => {
      const at = `${role.id}.${i + 1}`;
      const name = clean(slot.name);
      const email = clean(slot.email).toLowerCase();
      const phone = clean(slot.phone);
      const title = clean(slot.title);
      if (!name && !email && !phone && !title) return;
      const before = problems.length;
      if (!name) problems.push({ field: `${at}.name`, code: 'name_required' });
      else if (name.length < 2 || name.length > 120 || hasControlCharacters(name) || !/\p{L}/u.test(name)) {
        problems.push({ field: `${at}.name`, code: 'name_invalid' });
      }
      if (!email) problems.push({ field: `${at}.email`, code: 'email_required' });
      else if (!isEmail(email)) problems.push({ field: `${at}.email`, code: 'email_invalid' });
      else if (emails.has(email)) {
        problems.push({
          field: `${at}.email`,
          code: 'email_duplicate',
          params: { other: emails.get(email)! },
        });
      }
      if (phone && !PHONE.test(phone)) problems.push({ field: `${at}.phone`, code: 'phone_invalid' });
      if (title && (title.length > 120 || hasControlCharacters(title))) {
        problems.push({ field: `${at}.title`, code: 'title_invalid' });
      }
      if (problems.length > before) return;
      emails.set(email, at);
      filled.push({ roleId: role.id, name, email, ...(phone ? { phone } : {}), ...(title ? { title } : {}) });
    });
    if (filled.length > max) problems.push({ field: role.id, code: 'role_too_many', params: { max } });
    if (filled.length < min) shortfalls.push({ roleId: role.id, missing: min - filled.length });
    nominees.push(...filled);
  }
  if (problems.length === 0 && nominees.length === 0) {
    problems.push({ field: quotas[0]?.role.id ?? '', code: 'answer_empty' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, nominees, shortfalls };
}

/** Two answers are the same when they name the same people for the same roles in the same order. */
export function sameNominees(a: Nominee[], b: Nominee[]): boolean {
  const key = (n: Nominee) => [n.roleId, n.name, n.email, n.phone ?? '', n.title ?? ''].join('\u0000');
  return a.length === b.length && a.every((n, i) => key(n) === key(b[i]!));
}
