import { formatInstant } from '../../app/i18n/dates';
import { shortfallText, STATUS_LABEL } from '../../app/i18n/answer-texts';
import type { Lang } from '../../app/i18n/lang';
import type { RequestView } from '../../app/views/request-view';
import { html, type Html } from '../html/html';
import type { FormRole } from './form-section';
import { WEB_TEXTS } from './texts';

/** What is registered for the organisation now: status, the people per role, and who sent it when and how. */
export function answerSection(view: RequestView, roles: FormRole[], lang: Lang): Html {
  const t = WEB_TEXTS[lang];
  const labelOf = (roleId: string) => roles.find((r) => r.id === roleId)?.label ?? roleId;
  const a = view.answer;
  return html`<section aria-labelledby="answer-heading">
    <h2 id="answer-heading">${t.answerHeading}</h2>
    <p id="status">
      <strong>${t.statusHeading}:</strong> ${STATUS_LABEL[lang][view.status]}.
      ${a && view.shortfalls.length > 0 && shortfallText(view.shortfalls, lang, labelOf)}
    </p>
    ${
      a
        ? html`${roles.map((role) => {
              const people = a.nominees.filter((n) => n.roleId === role.id);
              return html`<h3>${role.label}</h3>
                ${people.length === 0 ? html`<p>${t.noneForRole}</p>` : people.map((n) => personList(n, lang))}`;
            })}
            <p class="meta" id="submitted">
              ${t.submittedBy(a.submittedBy.name, formatInstant(a.submittedAt, view.campaign.timeZone, lang), t.channel[a.channel])}
              ${a.submittedBy.kind === 'web-declared' && t.declaredNote}
            </p>
            ${a.late && html`<p class="meta" id="late-flag"><strong>${t.answerLate}</strong></p>`}`
        : html`<p>${t.noAnswerYet}</p>`
    }
  </section>`;
}

function personList(n: { name: string; email: string; phone?: string; title?: string }, lang: Lang): Html {
  const f = WEB_TEXTS[lang].field;
  return html`<dl class="person">
    <dt>${f.name}</dt>
    <dd>${n.name}</dd>
    <dt>${f.email}</dt>
    <dd>${n.email}</dd>
    ${
      n.phone &&
      html`<dt>${f.phone}</dt>
        <dd>${n.phone}</dd>`
    }
    ${
      n.title &&
      html`<dt>${f.title}</dt>
        <dd>${n.title}</dd>`
    }
  </dl>`;
}
