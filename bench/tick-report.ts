import { ms, num } from './figures';
import type { Machine } from './report';
import { table } from './table';
import type { TickCost } from './tick-measures';
import type { StoreTick, TickSize } from './tick-part';

const n = (value: number) => value.toLocaleString('en-US');
const shape = (r: TickSize) => `${r.campaigns} × ${n(r.size)}`;
const perReminder = (value: number, c: TickCost) => num(value / c.reminders, 2);
/** A figure of a measurement the part may have skipped (SharePoint's everything due). */
function due(s: StoreTick, show: (d: NonNullable<StoreTick['due']>) => string): string {
  return s.due ? show(s.due) : '–';
}

/** The first size at which a store measured everything due, for the notes. */
function firstDue(results: TickSize[], kind: 'sharepoint' | 'sqlite'): TickSize | undefined {
  return results.find((r) => r[kind].due);
}

function nothingDueTable(results: TickSize[]): string {
  const cold = results[0]?.sharepoint.nothingCold.split ?? '';
  return table(
    'Tick with nothing due — runReminders the afternoon before the first reminder, and after the round went',
    [
      'Campaigns × orgs',
      'Orgs',
      'SP requests warm',
      'cold',
      'after',
      'SP time warm',
      'cold',
      'Store calls warm',
      'cold',
      'after',
      'SQLite time warm',
      'cold',
    ],
    results.map((r) => {
      const sp = r.sharepoint;
      const sq = r.sqlite;
      return [
        shape(r),
        n(r.organisations),
        n(sp.nothingWarm.requests),
        n(sp.nothingCold.requests),
        due(sp, (d) => n(d.nothingAfter.requests)),
        ms(sp.nothingWarm.ms),
        ms(sp.nothingCold.ms),
        n(sq.nothingWarm.calls),
        n(sq.nothingCold.calls),
        due(sq, (d) => n(d.nothingAfter.calls)),
        ms(sq.nothingWarm.ms),
        ms(sq.nothingCold.ms),
      ];
    }),
    [
      'SP requests: Graph requests of the SharePoint store. Store calls: calls on the Store port, the same on both',
      `  stores (${results[0]?.sqlite.nothingWarm.callSplit ?? ''}). Each figure is the median of three ticks.`,
      'Warm: a running service (the in-service scheduler). Cold: a new process, as `reminders run` from a timer:',
      `  ${cold} (the site's list ids, the campaigns, each campaign's definition: one query of its organisations).`,
      'After: warm, the same afternoon, once the round has been sent and recorded finished.',
    ],
  );
}

function planTable(results: TickSize[]): string {
  const first = firstDue(results, 'sharepoint');
  const sq = firstDue(results, 'sqlite');
  return table(
    'Plan with everything due — planReminders, what `reminders run --now` shows (nothing sent): every organisation due',
    [
      'Campaigns × orgs',
      'Reminders',
      'SP requests cold',
      'warm',
      'SP time cold',
      'warm',
      'Store calls',
      'SQLite time cold',
      'warm',
    ],
    results.map((r) => [
      shape(r),
      due(r.sqlite, (d) => n(d.planWarm.reminders)),
      due(r.sharepoint, (d) => n(d.planCold.requests)),
      due(r.sharepoint, (d) => n(d.planWarm.requests)),
      due(r.sharepoint, (d) => ms(d.planCold.ms)),
      due(r.sharepoint, (d) => ms(d.planWarm.ms)),
      due(r.sqlite, (d) => n(d.planWarm.calls)),
      due(r.sqlite, (d) => ms(d.planCold.ms)),
      due(r.sqlite, (d) => ms(d.planWarm.ms)),
    ]),
    [
      first?.sharepoint.due
        ? `SharePoint, warm, at ${shape(first)}: ${first.sharepoint.due.planWarm.split} (the campaigns; per campaign its answers and its deliveries,`
        : 'SharePoint: not measured.',
      "  a page per 999 items; the approved Teams channel links once). Cold adds the new process's reads (above).",
      `Store calls at ${sq ? shape(sq) : '–'}: ${sq?.sqlite.due?.planWarm.callSplit ?? '–'}. Medians of three.`,
    ],
  );
}

function sendTable(results: TickSize[]): string {
  const sp = firstDue(results, 'sharepoint');
  const sq = firstDue(results, 'sqlite');
  return table(
    'Tick with everything due — runReminders sending a reminder to every organisation (warm; MAIL=outbox, unpaced)',
    [
      'Campaigns × orgs',
      'Reminders',
      'SP requests',
      'per reminder',
      'SP time',
      'per reminder',
      'Store calls',
      'per reminder',
      'SQLite time',
      'per reminder',
    ],
    results.map((r) => [
      shape(r),
      due(r.sqlite, (d) => n(d.send.reminders)),
      due(r.sharepoint, (d) => n(d.send.requests)),
      due(r.sharepoint, (d) => perReminder(d.send.requests, d.send)),
      due(r.sharepoint, (d) => ms(d.send.ms)),
      due(r.sharepoint, (d) => ms(d.send.ms / d.send.reminders)),
      due(r.sqlite, (d) => n(d.send.calls)),
      due(r.sqlite, (d) => perReminder(d.send.calls, d.send)),
      due(r.sqlite, (d) => ms(d.send.ms)),
      due(r.sqlite, (d) => ms(d.send.ms / d.send.reminders)),
    ]),
    [
      `SharePoint at ${sp ? shape(sp) : '–'}: ${sp?.sharepoint.due?.send.split ?? '–'}.`,
      `Store calls at ${sq ? shape(sq) : '–'}: ${sq?.sqlite.due?.send.callSplit ?? '–'}.`,
      "The plan's reads, then per organisation: its answer read again, the reminder claimed and finished; the",
      '  round recorded per campaign. MAIL=graph adds a sendMail per reminder and waits for MAIL_PER_MINUTE.',
      ...(results.some((r) => !r.sharepoint.due)
        ? [
            '–: SharePoint measures everything due at the smallest size only (--sharepoint-due all for every size):',
            '  the fake Graph scans the whole delivery list for each key, so 20 × 500 would take minutes of its CPU.',
          ]
        : []),
    ],
  );
}

export function tickReport(results: TickSize[], machine: Machine): string {
  const out: string[] = [
    `contact-intake benchmark, reminder tick — Node ${machine.node}, ${machine.cpus}; SharePoint over a ` +
      'fresh fake Microsoft Graph per size (a child process, https on loopback); SQLite in a temporary file; ' +
      'MAIL=outbox, so every Graph request counted is the store’s. E-mail-only organisations, none answered; ' +
      'sent 4 April 2025, deadline 30 April, the default policy (first reminder 23 April 09:00).',
    '',
    nothingDueTable(results),
    planTable(results),
    sendTable(results),
  ];
  const cpu = results.map((r) => `${shape(r)}: ${ms(r.fakeCpuMs)} of ${ms(r.sharepointMs)}`).join('; ');
  out.push(`The fake Graph's own CPU time during each size's SharePoint part (of its wall time): ${cpu}.`);
  const setup = (s: StoreTick) =>
    `${ms(s.createMs)}${s.requestsMs === undefined ? '' : ` + ${ms(s.requestsMs)}`}`;
  out.push(
    'Not measured above — creating and opening the campaigns (+ recording the requests sent), SharePoint / ' +
      `SQLite: ${results.map((r) => `${shape(r)}: ${setup(r.sharepoint)} / ${setup(r.sqlite)}`).join('; ')}.`,
  );
  const problems = results.flatMap((r) => [...r.sharepoint.problems, ...r.sqlite.problems]);
  if (problems.length > 0)
    out.push(`The service logged ${problems.length} warnings; the first: ${problems[0]!.trim()}`);
  out.push(`Whole tick part: ${ms(machine.totalMs)}.`);
  return out.join('\n');
}
