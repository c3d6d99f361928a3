import { parseLetter, type Line } from '../../app/views/letter';
import type { AnswerDraft, FieldProblem, NomineeInput } from '../../domain/answer';
import { problemText } from '../../app/i18n/answer-texts';
import { formatDeadline } from '../../app/i18n/dates';
import type { RequestView, RoleView } from '../../app/views/request-view';
import type { RequestCardData, RequestField, RequestRole } from '../../../cards/request.data';
import type { ReminderBanner } from '../../../cards/shared.data';
import template from '../../../cards/request.template.json';
import { cardHeader, NO_BANNER, registeredRoles } from './card-parts';
import { expandCard, type AdaptiveCard } from './expand';
import { FIELD_MAX_LENGTH, inputId, NOMINEE_FIELDS, type NomineeField } from './request-inputs';
import { CARD_TEXTS, type CardTexts } from './texts';

export interface RequestCardOptions {
  /** Random per rendered form: a resent or double-clicked submission repeats it, a new form does not. */
  nonce: string;
  /** Typed values to show again (after problems or a conflict); the current answer otherwise. */
  values?: AnswerDraft;
  problems?: FieldProblem[];
  /** Someone else answered meanwhile: say so and show their answer (the view's current answer). */
  conflict?: boolean;
  /** The answer version the form is based on; the view's current version by default. */
  baseVersion?: number;
  /** Posted as a reminder: the banner at the top. */
  reminder?: ReminderBanner;
}

const FIELD_STYLE: Record<NomineeField, string> = {
  name: 'text',
  email: 'email',
  phone: 'tel',
  title: 'text',
};

export function requestCard(view: RequestView, opts: RequestCardOptions): AdaptiveCard {
  return expandCard(template, requestCardData(view, opts));
}

export function requestCardData(view: RequestView, opts: RequestCardOptions): RequestCardData {
  const t = CARD_TEXTS[view.language];
  const problems = opts.problems ?? [];
  const roleName = (id: string) => view.roles.find((r) => r.id === id)?.name ?? id;
  const [first = [], ...rest] = paragraphs(view.campaign.message).map((lines) =>
    lines.map((text) => ({ text })),
  );
  return {
    lang: view.language,
    reminder: opts.reminder ?? NO_BANNER,
    ...cardHeader(view),
    deadlineLine: t.deadlineLine(formatDeadline(view.deadlineDate, view.language)),
    lateLine: view.admission === 'late' ? t.lateAccepted : '',
    letter: { first, rest: rest.map((lines) => ({ lines })), toggleTitle: t.showWholeLetter },
    errorSummary: {
      heading: t.errorSummary,
      items: problems.map((p) => ({ text: summaryLine(p, view, t, roleName) })),
    },
    notice: {
      text: opts.conflict ? t.conflict : '',
      currentHeading: t.currentAnswer,
      current:
        opts.conflict && view.answer ? registeredRoles(view.roles, view.answer.nominees, view.language) : [],
    },
    roles: view.roles.map((role) => roleSection(role, view, opts, problems, t, roleName)),
    submit: {
      title: t.submit,
      token: view.cardToken,
      baseVersion: opts.baseVersion ?? view.answer?.version ?? 0,
      nonce: opts.nonce,
    },
    web: { title: t.answerOnWeb, url: view.respondUrl },
  };
}

function roleSection(
  role: RoleView,
  view: RequestView,
  opts: RequestCardOptions,
  problems: FieldProblem[],
  t: CardTexts,
  roleName: (id: string) => string,
): RequestRole {
  const prefill = slotsFor(role, view, opts);
  return {
    heading: `${role.name} (${t.quota(role.min, role.max)})`,
    description: role.description ?? '',
    errors: problems
      .filter((p) => p.field === role.id)
      .map((p) => ({ text: problemText(p, view.language, roleName) })),
    rows: Array.from({ length: role.max }, (_, i) => {
      const slot = i + 1;
      const typed = prefill[i] ?? {};
      return {
        heading: t.slotHeading(role.name, slot, slot > role.min),
        fields: NOMINEE_FIELDS.map((field): RequestField => {
          const id = inputId(role.id, slot, field);
          const problem = problems.find((p) => p.field === id);
          return {
            id,
            label: t.fieldLabel[field],
            value: typed[field] ?? '',
            style: FIELD_STYLE[field],
            maxLength: FIELD_MAX_LENGTH[field],
            error: problem ? problemText(problem, view.language, roleName) : '',
          };
        }),
      };
    }),
  };
}

function slotsFor(role: RoleView, view: RequestView, opts: RequestCardOptions): NomineeInput[] {
  if (opts.values) return opts.values[role.id] ?? [];
  return (view.answer?.nominees ?? []).filter((n) => n.roleId === role.id);
}

function summaryLine(
  p: FieldProblem,
  view: RequestView,
  t: CardTexts,
  roleName: (id: string) => string,
): string {
  const text = problemText(p, view.language, roleName);
  const [roleId = '', slot, field] = p.field.split('.');
  if (slot === undefined || !isField(field)) return text;
  return t.problemAt(roleName(roleId), Number(slot), t.fieldName[field], text);
}

function isField(v: string | undefined): v is NomineeField {
  return (NOMINEE_FIELDS as readonly string[]).includes(v ?? '');
}

/**
 * The shared letter model flattened to card lines: list items keep their "- " (Teams renders them as
 * a list) and links keep only their text, since a card's markdown would turn data into formatting.
 */
export function paragraphs(message: string): string[][] {
  const text = (line: Line) => line.map((i) => i.text).join('');
  return parseLetter(message).map((b) =>
    b.kind === 'paragraph'
      ? b.lines.map(text)
      : b.items.map((item, n) => `${b.ordered ? `${n + 1}.` : '-'} ${item.map(text).join(' ')}`),
  );
}
