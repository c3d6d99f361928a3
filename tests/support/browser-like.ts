import { parse, type HTMLElement } from 'node-html-parser';

/** What a browser without JavaScript does with the page: load it, read the form, send it back. */

export interface Loaded {
  status: number;
  headers: Headers;
  body: string;
  doc: HTMLElement;
}

export async function load(url: string, headers: Record<string, string> = {}): Promise<Loaded> {
  const res = await fetch(url, { headers, redirect: 'manual' });
  const body = await res.text();
  return { status: res.status, headers: res.headers, body, doc: parse(body) };
}

export interface FilledForm {
  action: string;
  fields: Record<string, string>;
}

/** The form's fields with the values the page put in them, as the browser would send them untouched. */
export function formOn(page: Loaded, pageUrl: string): FilledForm {
  const form = page.doc.querySelector('form[method=post]');
  if (!form) throw new Error('the page has no form');
  const fields: Record<string, string> = {};
  for (const input of form.querySelectorAll('input')) {
    const name = input.getAttribute('name');
    if (name) fields[name] = input.getAttribute('value') ?? '';
  }
  return { action: new URL(form.getAttribute('action') ?? '', pageUrl).toString(), fields };
}

export async function send(form: FilledForm, changes: Record<string, string> = {}): Promise<Loaded> {
  const res = await fetch(form.action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...form.fields, ...changes }).toString(),
    redirect: 'manual',
  });
  const body = await res.text();
  return { status: res.status, headers: res.headers, body, doc: parse(body) };
}

export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The message shown next to a field: the element its aria-describedby names that carries the error. */
export function fieldError(page: Loaded, fieldId: string): string | undefined {
  const input = page.doc.getElementById(fieldId);
  const ids = (input?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const errorEl = ids
    .map((id) => page.doc.getElementById(id))
    .find((el) => el?.classList.contains('error-message'));
  return errorEl ? text(errorEl) : undefined;
}
