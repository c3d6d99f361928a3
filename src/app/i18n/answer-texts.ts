import type { FieldProblem, Shortfall } from '../../domain/answer';
import type { ResponseStatus, Progress } from '../../domain/status';
import type { Lang, Texts } from './lang';

export const STATUS_LABEL: Texts<Record<ResponseStatus, string>> = {
  sv: { answered: 'Svarat', partial: 'Delvis svar', missing: 'Inte svarat' },
  en: { answered: 'Answered', partial: 'Partly answered', missing: 'Not answered' },
};

export function progressText(p: Progress, lang: Lang): string {
  return lang === 'sv'
    ? `${p.answered} av ${p.total} har svarat` + (p.partial ? ` (${p.partial} delvis)` : '')
    : `${p.answered} of ${p.total} have answered` + (p.partial ? ` (${p.partial} partly)` : '');
}

type RoleNamer = (roleId: string) => string;

/** Field-level messages shown next to the input they concern, so they say what to do, not what failed. */
export function problemText(p: FieldProblem, lang: Lang, roleName: RoleNamer): string {
  const sv = lang === 'sv';
  switch (p.code) {
    case 'name_required':
      return sv ? 'Skriv personens namn.' : "Enter the person's name.";
    case 'name_invalid':
      return sv
        ? 'Namnet ska vara 2–120 tecken och innehålla bokstäver.'
        : 'The name must be 2–120 characters and contain letters.';
    case 'email_required':
      return sv ? 'Skriv personens e-postadress.' : "Enter the person's e-mail address.";
    case 'email_invalid':
      return sv
        ? 'E-postadressen ser inte rätt ut. Skriv hela adressen: namn, @ och domän.'
        : 'The e-mail address does not look right. Write the whole address: name, @ and domain.';
    case 'email_duplicate':
      return sv
        ? 'Samma e-postadress står redan på en annan rad.'
        : 'The same e-mail address is already on another row.';
    case 'phone_invalid':
      return sv
        ? 'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och inledande +.'
        : 'The phone number may only contain digits, spaces, hyphens and a leading +.';
    case 'title_invalid':
      return sv ? 'Titeln får vara högst 120 tecken.' : 'The title may be at most 120 characters.';
    case 'role_too_many':
      return sv
        ? `Ange högst ${p.params?.max} för ${roleName(p.field).toLowerCase()}.`
        : `Name at most ${p.params?.max} for ${roleName(p.field).toLowerCase()}.`;
    case 'answer_empty':
      return sv ? 'Fyll i minst en person innan du skickar.' : 'Fill in at least one person before you send.';
  }
}

/** "1 kontaktperson" style list of what an answer still lacks. */
export function shortfallText(shortfalls: Shortfall[], lang: Lang, roleName: RoleNamer): string {
  const parts = shortfalls.map((s) => `${s.missing} ${roleName(s.roleId).toLowerCase()}`);
  return lang === 'sv'
    ? `Det saknas fortfarande: ${parts.join(', ')}.`
    : `Still missing: ${parts.join(', ')}.`;
}
