import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCampaignFile, type CampaignFileProblem } from '../../adapters/campaign-file/load-campaign-file';
import { formatDeadline } from '../../app/i18n/dates';
import { roleName, type Campaign } from '../../domain/campaign';
import type { Language } from '../../domain/campaign-file';
import { quotasFor } from '../../domain/quota';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io';

const USAGE = {
  sv: 'Användning: contact-intake campaign validate <fil> [--lang en]',
  en: 'Usage: contact-intake campaign validate <file> [--lang en]',
};

/** Paths under the working directory are shown relative to it, as the user typed them. */
function shown(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** One line per problem, `<file>:<line>:<col>: <path>: <message>`, the form editors and CI logs link to. */
export function formatProblems(problems: CampaignFileProblem[], cwd: string): string {
  return problems
    .map((p) => {
      const where =
        p.line !== undefined ? `${shown(p.file, cwd)}:${p.line}:${p.column ?? 1}` : shown(p.file, cwd);
      return `${where}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
    })
    .join('\n');
}

function parse(args: string[]): { file: string; lang: Language } | { usage: string } {
  let values: { lang?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { lang: { type: 'string' } },
      allowPositionals: true,
    }));
  } catch (err) {
    return {
      usage: `campaign validate: kan inte tolka argumenten (${(err as Error).message}).\n${USAGE.sv}`,
    };
  }
  const lang = values.lang ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') {
    return { usage: `campaign validate: okänt språk "${lang}"; välj sv eller en.\n${USAGE.sv}` };
  }
  if (positionals.length === 0) {
    return {
      usage:
        lang === 'sv'
          ? `campaign validate: ange kampanjfilen som ska kontrolleras.\n${USAGE.sv}`
          : `campaign validate: give the campaign file to check.\n${USAGE.en}`,
    };
  }
  if (positionals.length > 1) {
    return {
      usage:
        lang === 'sv'
          ? `campaign validate: en fil i taget (fick ${positionals.length}).\n${USAGE.sv}`
          : `campaign validate: one file at a time (got ${positionals.length}).\n${USAGE.en}`,
    };
  }
  return { file: positionals[0]!, lang };
}

function summary(c: Campaign, file: string, lang: Language): string {
  const sv = lang === 'sv';
  const deadline =
    c.deadline.kind === 'date'
      ? sv
        ? `Svar senast:    ${c.deadline.date} (${formatDeadline(c.deadline.date, lang)}, ${c.timeZone})`
        : `Answer by:      ${c.deadline.date} (${formatDeadline(c.deadline.date, lang)}, ${c.timeZone})`
      : sv
        ? `Svarstid:       ${c.deadline.days} dagar från utskick (${c.timeZone})`
        : `Answer window:  ${c.deadline.days} days from sending (${c.timeZone})`;
  const withTeams = c.organisations.filter((o) => o.teams).length;
  const roles = c.roles.map((r) => `${roleName(r, lang)} (${r.id}) ${r.min}–${r.max}`).join(', ');
  const overrides = Object.keys(c.quotaOverrides).map((orgId) => {
    const org = c.organisations.find((o) => o.id === orgId);
    const changed = quotasFor(c, orgId)
      .filter((q) => c.quotaOverrides[orgId]?.[q.role.id])
      .map((q) => `${roleName(q.role, lang)} ${q.min}–${q.max}`)
      .join(', ');
    return `${org?.name ?? orgId}: ${changed}`;
  });
  const lines = sv
    ? [
        `Kampanjfilen är giltig: ${file}`,
        `  Kampanj:        ${c.id} – ${c.title}`,
        `  ${deadline}`,
        `  Organisationer: ${c.organisations.length} (${withTeams} med Teams-kanal)`,
        `  Roller:         ${roles}`,
        `  Undantag:       ${overrides.length ? overrides.join('; ') : 'inga'}`,
        `  Sena svar:      ${c.latePolicy === 'accept' ? 'tas emot och markeras som sena' : 'tas inte emot'}`,
      ]
    : [
        `The campaign file is valid: ${file}`,
        `  Campaign:       ${c.id} – ${c.title}`,
        `  ${deadline}`,
        `  Organisations:  ${c.organisations.length} (${withTeams} with a Teams channel)`,
        `  Roles:          ${roles}`,
        `  Overrides:      ${overrides.length ? overrides.join('; ') : 'none'}`,
        `  Late answers:   ${c.latePolicy === 'accept' ? 'accepted and marked late' : 'refused'}`,
      ];
  return lines.join('\n');
}

/** `campaign validate <file> [--lang en]`: every problem on stderr and exit 2, or a summary and exit 0. */
export async function campaignValidate(args: string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if ('usage' in parsed) {
    io.err(parsed.usage);
    return EXIT_USAGE;
  }
  const { file, lang } = parsed;
  const loaded = await loadCampaignFile(path.resolve(io.cwd, file), { lang });
  if (!loaded.ok) {
    io.err(formatProblems(loaded.problems, io.cwd));
    const n = loaded.problems.length;
    io.err(
      lang === 'sv'
        ? `${n} problem hittades. Rätta ${n === 1 ? 'det' : 'dem'} och kör kommandot igen.`
        : `${n} ${n === 1 ? 'problem' : 'problems'} found. Fix ${n === 1 ? 'it' : 'them'} and run the command again.`,
    );
    return EXIT_USAGE;
  }
  io.out(summary(loaded.campaign, file, lang));
  return EXIT_OK;
}
