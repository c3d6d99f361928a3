import type { TurnContext } from 'botbuilder';
import type { AppContext } from '../../app/context';
import type { BotPolicy } from './bot-policy';
import type { Command, CommandName } from './command-parser';

/** One message to the bot, read as a command, as its handler gets it. */
export interface CommandTurn<C extends Command = Command> {
  turn: TurnContext;
  ctx: AppContext;
  command: C;
  policy: BotPolicy;
}

/** What a handler learnt on the way that the chat's record should keep. */
export interface CommandOutcome {
  /** The person's directory e-mail, when the handler had to look it up. */
  email?: string;
}

export type CommandHandler<C extends Command = Command> = (
  t: CommandTurn<C>,
) => Promise<CommandOutcome | void>;

/** Every command and its handler; the compiler sees that each name has one of the right type. */
export type CommandHandlers = { [N in CommandName]: CommandHandler<Extract<Command, { name: N }>> };
