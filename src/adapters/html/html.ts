/**
 * Markup that is already safe to put on a page. Only `html` and `raw` make one, so every value
 * that reaches a page either went through `escapeHtml` or was written by us in a template.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // false/null/undefined render as nothing, so `${cond && html`…`}` reads naturally in templates.
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are trusted markup, every interpolation is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** For markup built elsewhere from trusted parts only (the stylesheet). Never pass user input. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** An attribute that is present or absent, e.g. `required`. */
export function flag(name: string, on: boolean): Html {
  return new Html(on ? ` ${name}` : '');
}
