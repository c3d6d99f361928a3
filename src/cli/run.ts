import { AppError } from '../app/errors';
import { campaignCloseCommand } from './commands/campaign-close';
import { campaignCreateCommand } from './commands/campaign-create';
import { campaignExportCommand } from './commands/campaign-export';
import { campaignExtendCommand } from './commands/campaign-extend';
import { campaignSendCommand } from './commands/campaign-send';
import { campaignStatusCommand } from './commands/campaign-status';
import { campaignValidate } from './commands/campaign-validate';
import { remindersRunCommand } from './commands/reminders-run';
import { serveCommand } from './commands/serve';
import { sharepointProvisionCommand } from './commands/sharepoint-provision';
import { HELP } from './help';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io';

type Command = (args: string[], io: CliIo) => Promise<number>;

const CAMPAIGN: Record<string, Command> = {
  validate: campaignValidate,
  create: campaignCreateCommand,
  send: campaignSendCommand,
  status: campaignStatusCommand,
  export: campaignExportCommand,
  close: campaignCloseCommand,
  extend: campaignExtendCommand,
};

function route(argv: string[]): { command: Command; args: string[] } | undefined {
  const [first, second, ...rest] = argv;
  if (first === 'serve') return { command: serveCommand, args: argv.slice(1) };
  if (first === 'campaign' && second && CAMPAIGN[second]) return { command: CAMPAIGN[second], args: rest };
  if (first === 'reminders' && second === 'run') return { command: remindersRunCommand, args: rest };
  if (first === 'sharepoint' && second === 'provision')
    return { command: sharepointProvisionCommand, args: rest };
  return undefined;
}

/** Runs one command line; returns the exit code. Bad input exits 2 with the problem on stderr, anything else 1. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || ['help', '--help', '-h'].includes(argv[0]!)) {
    io.out(HELP);
    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  const found = route(argv);
  if (!found) {
    io.err(`Okänt kommando: "${argv.slice(0, 2).join(' ')}".\n\n${HELP}`);
    return EXIT_USAGE;
  }
  try {
    return await found.command(found.args, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof AppError) {
      io.err(err.message);
      return EXIT_USAGE;
    }
    io.err(`Fel: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT_FAILURE;
  }
}
