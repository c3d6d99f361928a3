import { CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import type { AppContext } from '../../app/context';
import { helpCard } from '../cards/help-card';
import type { BotPolicy } from './bot-policy';
import { parseCommand, type Command } from './command-parser';
import type { CommandHandler, CommandHandlers } from './command-turn';
import { showChannelRequests } from './channel-requests';
import { linkCommand, linksCommand } from './link-commands';
import { rememberChat } from './personal-chat';
import { statusCommand } from './status-command';
import { BOT_TEXTS } from './texts';

export { parseCommand, type Command } from './command-parser';

function helpActivity(text?: string) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(helpCard('sv')), text);
}

/** Every command the bot understands, and who handles it. */
export const COMMANDS: CommandHandlers = {
  help: async ({ turn }) => void (await turn.sendActivity(helpActivity())),
  request: async ({ turn, ctx }) => showChannelRequests(turn, ctx),
  status: statusCommand,
  link: linkCommand,
  links: linksCommand,
  unknown: async ({ turn }) => void (await turn.sendActivity(helpActivity(BOT_TEXTS.sv.unknownCommand))),
};

/** A message to the bot: its words read as a command, handled, and the person's chat remembered. */
export async function handleMessage(
  turn: TurnContext,
  ctx: AppContext,
  policy: BotPolicy = {},
): Promise<void> {
  const activity = turn.activity;
  if (typeof activity.text !== 'string' || activity.text.trim() === '') return; // card submits, reactions
  const text = TurnContext.removeRecipientMention(activity) ?? activity.text;
  const command = parseCommand(text);
  const handler = COMMANDS[command.name] as CommandHandler<Command>;
  const outcome = await handler({ turn, ctx, command, policy });
  // Learnt from every personal message, so an owner who has written once gets summaries and approval cards in Teams.
  await rememberChat(turn, ctx, outcome?.email);
}
