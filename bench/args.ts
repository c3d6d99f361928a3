/** `npm run bench -- [--parts intake,tick] [options]`: see USAGE. */
export const PARTS = ['intake', 'tick'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchArgs {
  parts: Part[];
  sizes: number[];
  answers: number;
  /** Organisations per campaign in the reminder tick's part. */
  tickSizes: number[];
  /** Campaigns in the reminder tick's part. */
  campaigns: number;
  /** Where the tick part measures everything due on SharePoint: at the smallest tick size, or at all. */
  sharepointDue: 'smallest' | 'all';
}

export const USAGE = `usage: npm run bench -- [--parts intake,tick] [--sizes 30,300,3000] [--answers 20]
                          [--tick-sizes 100,250,500] [--campaigns 20] [--sharepoint-due smallest|all]
  --parts           what to measure, comma-separated; default both:
                      intake  answers, status, a full send, creating a campaign (--sizes, --answers)
                      tick    the reminder tick with nothing and with everything due (--tick-sizes, --campaigns)
  --sizes           intake: campaign sizes (organisations), comma-separated; default 30,300,3000
  --answers         intake: answers measured per campaign (median and max); default 20
  --tick-sizes      tick: organisations per campaign, comma-separated; default 100,250,500
  --campaigns       tick: campaigns; default 20
  --sharepoint-due  tick: where SharePoint measures everything due: smallest (the smallest size; default)
                    or all (the fake Graph's list scans make 20 × 500 take minutes)`;

function sizesOf(flag: string, value: string, max: number): number[] | { problem: string } {
  const sizes = value.split(',').map((s) => Number(s.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 2 || n > max))
    return { problem: `${flag}: whole numbers from 2 to ${max}, e.g. 30,300 (got "${value}")` };
  return sizes;
}

export function parseArgs(argv: string[]): BenchArgs | { help: true } | { problem: string } {
  const out: BenchArgs = {
    parts: [...PARTS],
    sizes: [30, 300, 3000],
    answers: 20,
    tickSizes: [100, 250, 500],
    campaigns: 20,
    sharepointDue: 'smallest',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) return { problem: `${flag} needs a value` };
    if (flag === '--sizes' || flag === '--tick-sizes') {
      const sizes = sizesOf(flag, value, flag === '--sizes' ? 10_000 : 2_000);
      if ('problem' in sizes) return sizes;
      if (flag === '--sizes') out.sizes = sizes;
      else out.tickSizes = sizes;
    } else if (flag === '--parts') {
      const parts = value.split(',').map((s) => s.trim());
      const unknown = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
      if (parts.length === 0 || unknown.length > 0)
        return { problem: `--parts: ${PARTS.join(', ')} (got "${value}")` };
      out.parts = PARTS.filter((p) => parts.includes(p));
    } else if (flag === '--answers') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 200)
        return { problem: '--answers: a whole number from 1 to 200' };
      out.answers = n;
    } else if (flag === '--campaigns') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 100)
        return { problem: '--campaigns: a whole number from 1 to 100' };
      out.campaigns = n;
    } else if (flag === '--sharepoint-due') {
      if (value !== 'smallest' && value !== 'all')
        return { problem: `--sharepoint-due: smallest or all (got "${value}")` };
      out.sharepointDue = value;
    } else {
      return { problem: `unknown option ${flag}` };
    }
  }
  return out;
}
