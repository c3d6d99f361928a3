/** `npm run bench -- [--sizes 30,300,3000] [--answers 20]` */
export interface BenchArgs {
  sizes: number[];
  answers: number;
}

export const USAGE = `usage: npm run bench -- [--sizes 30,300,3000] [--answers 20]
  --sizes    campaign sizes (organisations), comma-separated; default 30,300,3000
  --answers  answers measured per campaign (median and max); default 20`;

export function parseArgs(argv: string[]): BenchArgs | { help: true } | { problem: string } {
  const out: BenchArgs = { sizes: [30, 300, 3000], answers: 20 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) return { problem: `${flag} needs a value` };
    if (flag === '--sizes') {
      const sizes = value.split(',').map((s) => Number(s.trim()));
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 2 || n > 10_000))
        return { problem: `--sizes: whole numbers from 2 to 10000, e.g. 30,300 (got "${value}")` };
      out.sizes = sizes;
    } else if (flag === '--answers') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 200)
        return { problem: '--answers: a whole number from 1 to 200' };
      out.answers = n;
    } else {
      return { problem: `unknown option ${flag}` };
    }
  }
  return out;
}
