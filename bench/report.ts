import { ms, num } from './figures';
import type { AnswerFigures, Cost, SendFigures, StatusFigures } from './measures';
import { MAX_CONFIGURED_PACE } from './world';
import { table } from './table';

export interface SizeResult {
  size: number;
  answered: number;
  perMinute: number;
  sharepoint: {
    create: Cost;
    send: SendFigures;
    answers: AnswerFigures;
    warm: StatusFigures;
    cold: StatusFigures;
    fakeCpuMs: number;
    wallMs: number;
    problems: string[];
  };
  sqlite: {
    create: Cost;
    answers: AnswerFigures;
    warm: StatusFigures;
    cold: StatusFigures;
    problems: string[];
  };
}

export interface Machine {
  node: string;
  cpus: string;
  totalMs: number;
}

const n = (value: number) => value.toLocaleString('en-US');

/** The note for sizes sent faster than the configuration allows, if any were. */
function fasterThanConfigured(results: SizeResult[]): string[] {
  const largest = Math.max(...results.filter((r) => r.perMinute > MAX_CONFIGURED_PACE).map((r) => r.size));
  if (!Number.isFinite(largest)) return [];
  return [
    `* Faster than MAIL_PER_MINUTE allows (max ${MAX_CONFIGURED_PACE}), set on the pacer directly: a send takes`,
    `  about a minute instead of ${Math.round(largest / MAX_CONFIGURED_PACE)} (${n(largest)} messages at ${MAX_CONFIGURED_PACE} a minute).`,
  ];
}

export function report(results: SizeResult[], machine: Machine): string {
  const answers = results[0]?.sharepoint.answers.count ?? 0;
  const out: string[] = [
    `contact-intake benchmark — Node ${machine.node}, ${machine.cpus}; ` +
      `fake Microsoft Graph in a child process (https on loopback); SQLite in a temporary file.`,
    '',
    table(
      `Graph requests per submitted answer — submitAnswer (web, a first version), ${answers} answers per campaign`,
      [
        'Orgs',
        'Requests median',
        'max',
        'Split (most answers)',
        'Time median',
        'max',
        'SQLite median',
        'max',
      ],
      results.map((r) => {
        const a = r.sharepoint.answers;
        const s = r.sqlite.answers;
        return [
          n(r.size),
          num(a.requestsMedian, a.requestsMedian % 1 ? 1 : 0),
          num(a.requestsMax),
          a.split,
          ms(a.msMedian),
          ms(a.msMax),
          ms(s.msMedian),
          ms(s.msMax),
        ];
      }),
      [
        'SQLite answers cost no Graph request (queries are local); its columns are times.',
        'Requests inside a $batch are counted once, as the one POST /$batch Graph receives.',
      ],
    ),
    table(
      'Campaign status — campaignStatus, about 90% of the organisations answered',
      ['Orgs', 'Answered', 'Requests warm', 'Time warm', 'Requests cold', 'Time cold', 'SQLite warm', 'cold'],
      results.map((r) => [
        n(r.size),
        n(r.answered),
        num(r.sharepoint.warm.requests),
        ms(r.sharepoint.warm.ms),
        num(r.sharepoint.cold.requests),
        ms(r.sharepoint.cold.ms),
        ms(r.sqlite.warm.ms),
        ms(r.sqlite.cold.ms),
      ]),
      [
        'Warm: a running service (list ids, the definition and item ids cached; median of 3).',
        'Cold: a new process, as `contact-intake campaign status` is. Pages of 999 items.',
      ],
    ),
    table(
      'Full send — sendCampaign with MAIL=graph and the SharePoint store, one request e-mail per organisation',
      [
        'Orgs',
        'Pace /min',
        'Interval',
        'Expected',
        'Measured',
        'Ratio',
        'Work / message',
        'Graph requests / message',
        'Split / message',
      ],
      results.map((r) => {
        const s = r.sharepoint.send;
        return [
          n(r.size),
          n(r.perMinute) + (r.perMinute > MAX_CONFIGURED_PACE ? '*' : ''),
          ms(s.intervalMs),
          ms(s.expectedMs),
          ms(s.ms),
          s.expectedMs > 0 ? num(s.ms / s.expectedMs, 3) : '–',
          ms(s.workPerMessageMs),
          num(s.requests / s.messages, 1),
          s.split,
        ];
      }),
      [
        'Expected: (N - 1) intervals of 60 000 / pace ms (the first message starts at once).',
        'Work: time not spent waiting for the pace, per message (claim the delivery, sendMail, record it);',
        '  the ratio stays near 1 while it is below the interval.',
        ...fasterThanConfigured(results),
        'SQLite: not sent again (the pace, not the store, sets the time).',
      ],
    ),
    table(
      'Creating the campaign — createCampaign (the definition and one item per organisation)',
      ['Orgs', 'Requests', 'Time', 'SQLite time'],
      results.map((r) => [
        n(r.size),
        num(r.sharepoint.create.requests),
        ms(r.sharepoint.create.ms),
        ms(r.sqlite.create.ms),
      ]),
    ),
  ];
  const cpu = results
    .map((r) => `${n(r.size)}: ${ms(r.sharepoint.fakeCpuMs)} of ${ms(r.sharepoint.wallMs)}`)
    .join('; ');
  out.push(`The fake Graph's own CPU time during each size's SharePoint part (of its wall time): ${cpu}.`);
  const problems = results.flatMap((r) => [...r.sharepoint.problems, ...r.sqlite.problems]);
  if (problems.length > 0)
    out.push(`The service logged ${problems.length} warnings; the first: ${problems[0]!.trim()}`);
  out.push(`Whole run: ${ms(machine.totalMs)}.`);
  return out.join('\n');
}
