import { STATUS_LABEL, shortfallText } from '../../../app/i18n/answer-texts';
import { formatDeadline, formatInstant } from '../../../app/i18n/dates';
import type { RequestView } from '../../../app/views/request-view';
import type { Nominee } from '../../../domain/answer';
import { MAIL_TEXTS, type MailTexts } from '../texts';
import { para, text, type Block, type Line } from './document';
import { parseLetter } from '../../../app/views/letter';

function deadlineLine(view: RequestView, t: MailTexts): string {
  const date = formatDeadline(view.deadlineDate, view.language);
  switch (view.admission) {
    case 'on_time':
    case 'not_open':
      return t.deadline(date);
    case 'late':
      return t.deadlinePassed(date);
    case 'late_refused':
      return t.deadlinePassedRefused(date);
    case 'closed':
      return t.closed;
  }
}

function accepting(view: RequestView): boolean {
  return view.admission !== 'closed' && view.admission !== 'late_refused';
}

function askedSection(view: RequestView, t: MailTexts): Block[] {
  const org = view.organisation.name;
  const roles: Line[][] = view.roles.map((r) => {
    const head: Line = [text(`${r.name}: `, true), text(t.quota(r.min, r.max))];
    return r.description ? [head, [text(r.description)]] : [head];
  });
  const blocks: Block[] = [
    { kind: 'heading', text: t.askedHeading },
    para(t.askedIntro(org)),
    { kind: 'list', ordered: false, items: roles },
    { kind: 'paragraph', lines: [[text(deadlineLine(view, t), true)]] },
  ];
  if (accepting(view)) {
    blocks.push(
      { kind: 'action', text: t.button, href: view.respondUrl, fallback: t.urlFallback },
      para(t.oneAnswer(org)),
      para(t.teams),
    );
  }
  return [{ kind: 'box', blocks }];
}

function nomineeLine(n: Nominee, roleName: (id: string) => string): Line {
  const details = [n.name, n.title, n.email, n.phone].filter((v): v is string => !!v);
  return [text(`${roleName(n.roleId)}: `, true), text(details.join(', '))];
}

function answerSection(view: RequestView, t: MailTexts): Block[] {
  const answer = view.answer;
  if (!answer) return [];
  const lang = view.language;
  const roleName = (id: string) => view.roles.find((r) => r.id === id)?.name ?? id;
  const when = formatInstant(answer.submittedAt, view.campaign.timeZone, lang);
  const blocks: Block[] = [
    { kind: 'heading', text: t.answerHeading },
    para(t.answerStatus(STATUS_LABEL[lang][view.status])),
  ];
  if (answer.nominees.length > 0) {
    blocks.push({
      kind: 'list',
      ordered: false,
      items: answer.nominees.map((n) => [nomineeLine(n, roleName)]),
    });
  }
  if (view.shortfalls.length > 0) blocks.push(para(shortfallText(view.shortfalls, lang, roleName)));
  const submitted = t.submitted(answer.submittedBy.name, answer.channel, when);
  blocks.push(answer.late ? para(submitted, t.submittedLate) : para(submitted));
  return blocks;
}

function signature(view: RequestView, t: MailTexts): Block[] {
  const { chair, requesterGroup, replyTo } = view.campaign;
  const [before, after] = t.questions;
  return [
    para(t.regards, chair.name, ...(chair.title ? [chair.title] : []), requesterGroup),
    { kind: 'rule' },
    {
      kind: 'paragraph',
      small: true,
      lines: [[text(before), { kind: 'link', text: replyTo, href: `mailto:${replyTo}` }, text(after)]],
    },
    { kind: 'paragraph', small: true, lines: [[text(t.footer(view.organisation.name, requesterGroup))]] },
  ];
}

/**
 * What the request e-mail says, in order: who asks and what (with this organisation's quotas,
 * the deadline and the way to answer) first, because a shared mailbox is triaged from the top;
 * then the current answer on a resend; then the chair's complete letter and signature.
 */
export function requestDocument(view: RequestView): Block[] {
  const t = MAIL_TEXTS[view.language];
  return [
    { kind: 'eyebrow', text: view.campaign.requesterGroup },
    { kind: 'title', text: view.campaign.title },
    para(t.recipient(view.organisation.name)),
    ...askedSection(view, t),
    ...answerSection(view, t),
    { kind: 'heading', text: t.letterHeading(view.campaign.requesterGroup) },
    ...parseLetter(view.campaign.message),
    ...signature(view, t),
  ];
}
