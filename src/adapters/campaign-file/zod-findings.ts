import type { core, z } from 'zod';
import type { Language } from '../../domain/campaign-file';
import { allowedKeys } from './schema-keys';
import { closest } from './suggest';
import { domainText, isDomainCode, type CodeParams, type DomainCode } from './texts';
import {
  fallbackText,
  invalidFormatText,
  invalidKeyText,
  invalidValueText,
  missingText,
  rootText,
  tooBigText,
  tooSmallText,
  unknownKeyText,
  wrongTypeText,
} from './texts-zod';
import type { Finding } from './types';
import { valueAt } from './yaml-file';

interface Context {
  schema: z.ZodType;
  data: unknown;
  lang: Language;
  kind: 'campaign' | 'register';
}

type Path = PropertyKey[];

/** A valid id made from what the author wrote ("Södra Älvsborg" -> "sodra-alvsborg"), offered as an example. */
function slugOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const slug = value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, '-och-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
  return /^[a-z0-9][a-z0-9-]{1,62}$/.test(slug) && slug !== value ? slug : undefined;
}

function roleIdsOf(data: unknown): string[] {
  const roles = valueAt(data, ['roles']);
  if (!Array.isArray(roles)) return [];
  const ids = roles.map((r) => valueAt(r, ['id'])).filter((id): id is string => typeof id === 'string');
  return [...new Set(ids)];
}

/** The facts each domain code's sentence names, read from the file around the problem. */
function paramsFor(code: DomainCode, issue: core.$ZodIssue, ctx: Context): CodeParams {
  const path = issue.path as Path;
  const value = valueAt(ctx.data, path);
  const params = ('params' in issue ? issue.params : undefined) as Record<string, unknown> | undefined;
  const last = String(path[path.length - 1] ?? '');
  switch (code) {
    case 'id_format':
      return { value, slug: slugOf(value) };
    case 'quota_min_over_max': {
      const role = valueAt(ctx.data, path.slice(0, -1));
      return { min: valueAt(role, ['min']), max: valueAt(role, ['max']) };
    }
    case 'deadline_xor_window':
      return { bothGiven: valueAt(ctx.data, ['deadline']) !== undefined };
    case 'role_duplicate':
      return { id: String(value) };
    case 'override_unknown_role': {
      const roleIds = roleIdsOf(ctx.data);
      return { id: last, roleIds, suggestion: closest(last, roleIds) };
    }
    case 'message_placeholder_unknown':
      return { placeholder: String(params?.placeholder ?? '') };
    case 'org_duplicate':
      return { id: String(params?.id ?? value) };
    default:
      return { value };
  }
}

function fromDomainCode(code: DomainCode, issue: core.$ZodIssue, ctx: Context): Finding {
  const params = paramsFor(code, issue, ctx);
  return {
    path: issue.path as Path,
    // An unknown role is a key in the overrides mapping; point at it rather than at its quotas.
    target: code === 'override_unknown_role' ? 'key' : 'value',
    message: domainText(code, params, ctx.lang),
    ...(params.placeholder ? { needle: params.placeholder } : {}),
  };
}

function fromIssue(issue: core.$ZodIssue, ctx: Context): Finding[] {
  const path = issue.path as Path;
  const value = valueAt(ctx.data, path);
  const at = (message: string): Finding[] => [{ path, target: 'value', message }];
  const { lang } = ctx;

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(ctx.schema, path);
    const mapping = valueAt(ctx.data, path);
    const present = new Set(typeof mapping === 'object' && mapping !== null ? Object.keys(mapping) : []);
    const free = (allowed ?? []).filter((k) => !present.has(k));
    return issue.keys.map((key) => ({
      path: [...path, key],
      target: 'key' as const,
      message: unknownKeyText(key, closest(key, free), allowed, lang),
    }));
  }
  if (issue.code === 'invalid_key') {
    const key = String(path[path.length - 1] ?? '');
    const inner = issue.issues.map((i) => i.message).find(isDomainCode);
    const message = inner
      ? domainText(inner, { value: key, slug: slugOf(key) }, lang)
      : invalidKeyText(key, lang);
    return [{ path, target: 'key', message }];
  }
  if (isDomainCode(issue.message)) return [fromDomainCode(issue.message, issue, ctx)];
  if (path.length === 0 && issue.code === 'invalid_type') return at(rootText(ctx.data, ctx.kind, lang));

  switch (issue.code) {
    case 'invalid_type': {
      const key = String(path[path.length - 1]);
      const parent = valueAt(ctx.data, path.slice(0, -1));
      const missing = value === undefined && typeof parent === 'object' && parent !== null;
      // A date is text to zod; the author should be told to write a date.
      const expected = key === 'deadline' && issue.expected === 'string' ? 'date' : issue.expected;
      return at(missing ? missingText(key, expected, lang) : wrongTypeText(expected, value, lang));
    }
    case 'too_small':
      return at(tooSmallText(issue.origin, Number(issue.minimum), issue.inclusive ?? true, value, lang));
    case 'too_big':
      return at(tooBigText(issue.origin, Number(issue.maximum), issue.inclusive ?? true, value, lang));
    case 'invalid_value': {
      const options = issue.values.map(String);
      return at(invalidValueText(issue.values, value, closest(String(value), options), lang));
    }
    case 'invalid_format':
      return at(invalidFormatText(issue.format, value, lang));
    default:
      return at(fallbackText(issue.message, lang));
  }
}

/** Every zod issue as a finding with a sentence in the author's language; unknown keys give one finding each. */
export function findingsFromIssues(issues: readonly core.$ZodIssue[], ctx: Context): Finding[] {
  return issues.flatMap((issue) => fromIssue(issue, ctx));
}
