import path from 'node:path';
import { z } from 'zod';
import { campaignFromFile } from '../../domain/campaign';
import { campaignFileSchema, type Language } from '../../domain/campaign-file';
import { organisationRegisterSchema, type Organisation } from '../../domain/organisation';
import { resolveRecipients } from '../../domain/recipients';
import { findingsFromRecipients } from './recipient-findings';
import { FILE_TEXTS, registerMissingText, registerUnreadableText } from './texts-syntax';
import type { CampaignFileProblem, CampaignFileResult, Finding } from './types';
import { parseYaml, place, readText, valueAt, type YamlFile } from './yaml-file';
import { findingsFromIssues } from './zod-findings';

export type { CampaignFileProblem, CampaignFileResult } from './types';

export interface LoadOptions {
  /** Language of the problem texts; Swedish unless asked otherwise. */
  lang?: Language;
}

/** `roles[0].min`, `overrides.goteborgsomradet.roles.representative`, `["odd key"]`. */
export function formatPath(p: readonly PropertyKey[]): string {
  return p
    .map((seg) =>
      typeof seg === 'number'
        ? `[${seg}]`
        : /^[A-Za-z_][\w-]*$/.test(String(seg))
          ? `.${String(seg)}`
          : `[${JSON.stringify(String(seg))}]`,
    )
    .join('')
    .replace(/^\./, '');
}

function placed(yaml: YamlFile, findings: Finding[]): CampaignFileProblem[] {
  return findings.map((f) => ({
    file: yaml.file,
    path: formatPath(f.path),
    ...place(yaml, f),
    message: f.message,
  }));
}

/** The parts `resolveRecipients` reads, checked on their own so recipients are resolved despite problems elsewhere. */
const recipientParts = z.object({
  recipients: campaignFileSchema.shape.recipients,
  roles: campaignFileSchema.shape.roles,
  overrides: campaignFileSchema.shape.overrides,
});

interface RegisterOutcome {
  /** Undefined when the file names no register. */
  organisations?: Organisation[];
  /** The register could not be used; resolving recipients against it would only add noise. */
  failed: boolean;
  shown?: string;
  /** Problems in the campaign file (a register path that leads nowhere) and in the register itself. */
  findings: Finding[];
  problems: CampaignFileProblem[];
}

async function loadRegister(campaign: YamlFile, lang: Language): Promise<RegisterOutcome> {
  const ref = valueAt(campaign.data, ['recipients', 'register']);
  if (typeof ref !== 'string' || ref.trim() === '') return { failed: false, findings: [], problems: [] };
  const file = path.isAbsolute(ref) ? ref : path.join(path.dirname(campaign.file), ref);
  const read = await readText(file);
  if ('failure' in read) {
    const message =
      read.failure === 'missing' ? registerMissingText(ref, file, lang) : registerUnreadableText(ref, lang);
    return {
      failed: true,
      findings: [{ path: ['recipients', 'register'], target: 'value', message }],
      problems: [],
    };
  }
  const parsed = parseYaml(file, read.text, lang);
  if (!parsed.ok) return { failed: true, findings: [], problems: parsed.problems };
  const checked = organisationRegisterSchema.safeParse(parsed.yaml.data);
  if (!checked.success) {
    const ctx = {
      schema: organisationRegisterSchema,
      data: parsed.yaml.data,
      lang,
      kind: 'register' as const,
    };
    return {
      failed: true,
      findings: [],
      problems: placed(parsed.yaml, findingsFromIssues(checked.error.issues, ctx)),
    };
  }
  return { failed: false, organisations: checked.data.organisations, shown: ref, findings: [], problems: [] };
}

/** In file order: the campaign file first, then the register; within a file by line and column. */
function ordered(problems: CampaignFileProblem[]): CampaignFileProblem[] {
  const files = [...new Set(problems.map((p) => p.file))];
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = [p.file, p.line, p.column, p.path, p.message].join('\u0000');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        files.indexOf(a.p.file) - files.indexOf(b.p.file) ||
        (a.p.line ?? 0) - (b.p.line ?? 0) ||
        (a.p.column ?? 0) - (b.p.column ?? 0) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

/**
 * Reads a campaign file (YAML) and the organisation register it points to, and returns either the
 * campaign or every problem found, each placed on its line with a sentence saying what to write instead.
 */
export async function loadCampaignFile(file: string, opts: LoadOptions = {}): Promise<CampaignFileResult> {
  const lang = opts.lang ?? 'sv';
  const read = await readText(file);
  if ('failure' in read)
    return { ok: false, problems: [{ file, path: '', message: FILE_TEXTS[read.failure][lang] }] };
  const parsed = parseYaml(file, read.text, lang);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const yaml = parsed.yaml;

  const findings: Finding[] = [];
  const checked = campaignFileSchema.safeParse(yaml.data);
  if (!checked.success) {
    const ctx = { schema: campaignFileSchema, data: yaml.data, lang, kind: 'campaign' as const };
    findings.push(...findingsFromIssues(checked.error.issues, ctx));
  }

  const register = await loadRegister(yaml, lang);
  findings.push(...register.findings);
  let organisations: Organisation[] | undefined;
  const parts = recipientParts.safeParse(yaml.data);
  if (!register.failed && parts.success) {
    const resolved = resolveRecipients(parts.data, register.organisations);
    organisations = resolved.organisations;
    findings.push(
      ...findingsFromRecipients(resolved.problems, {
        data: yaml.data,
        lang,
        registerShown: register.shown,
        registerIds: (register.organisations ?? []).map((o) => o.id),
        recipientIds: organisations.map((o) => o.id),
      }),
    );
  }

  const problems = ordered([...placed(yaml, findings), ...register.problems]);
  if (!checked.success || !organisations || problems.length > 0) return { ok: false, problems };
  return { ok: true, campaign: campaignFromFile(checked.data, organisations), file: checked.data };
}
