#!/usr/bin/env node
import { quietKnownDeprecations } from './quiet-deprecations';
quietKnownDeprecations();

import { runCli } from './run';

const io = {
  out: (text: string) => process.stdout.write(text + '\n'),
  err: (text: string) => process.stderr.write(text + '\n'),
  cwd: process.cwd(),
  env: process.env,
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    // `serve` keeps running; every other command ends here.
    if (code !== -1) process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Fel: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
