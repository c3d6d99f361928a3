import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs one `contact-intake` command line in this process, as an operator would in `cwd` with `env`. */
export async function runCommand(
  argv: string[],
  where: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<CliRun> {
  const said = { out: [] as string[], err: [] as string[] };
  const io: CliIo = {
    out: (text) => void said.out.push(text),
    err: (text) => void said.err.push(text),
    cwd: where.cwd,
    env: where.env,
  };
  const code = await runCli(argv, io);
  return { code, out: said.out.join('\n'), err: said.err.join('\n') };
}
