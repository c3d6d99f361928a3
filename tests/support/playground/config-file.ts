import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';

/** A person in the simulated tenant. E-mail addresses must use the reserved `.example` domain. */
export interface PlaygroundUser {
  id: string;
  name: string;
  email: string;
  aadObjectId: string;
  givenName?: string;
  surname?: string;
  /** Defaults to `email`. */
  userPrincipalName?: string;
}

export interface PlaygroundConfigOptions {
  tenantId: string;
  /** `name` is shown in the UI and used in mentions (`<at>name</at>`); at most 42 characters. */
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  /** The playground insists on exactly five other users; they are members of the group chat and the team. */
  users: readonly [PlaygroundUser, PlaygroundUser, PlaygroundUser, PlaygroundUser, PlaygroundUser];
  personalChatId: string;
  groupChat: { id: string; name: string };
  /**
   * The team's id is also its General channel's conversation id (the playground gives it no choice).
   * At most one channel besides General.
   */
  team: { id: string; name: string; aadGroupId: string; channel?: { id: string; name: string } };
}

const BOT_NAME_MAX = 42;

function checkOptions(opts: PlaygroundConfigOptions): void {
  const problems: string[] = [];
  if (opts.bot.name.length > BOT_NAME_MAX)
    problems.push(`bot name is longer than ${BOT_NAME_MAX} characters`);
  if (opts.users.length !== 5) problems.push(`exactly 5 users are required, got ${opts.users.length}`);
  const people = [opts.currentUser, ...opts.users];
  const userIds = people.map((user) => user.id);
  if (new Set(userIds).size !== userIds.length) problems.push('user ids must be unique');
  for (const user of people) {
    if (!/^[^@\s]+@[^@\s]+\.example$/.test(user.email))
      problems.push(`user ${user.id}: e-mail must end in .example`);
  }
  const conversationIds = [opts.personalChatId, opts.groupChat.id, opts.team.id];
  if (opts.team.channel) conversationIds.push(opts.team.channel.id);
  if (new Set(conversationIds).size !== conversationIds.length) {
    problems.push('personal chat, group chat, team and channel ids must be unique');
  }
  if (problems.length > 0) throw new Error(`invalid playground config: ${problems.join('; ')}`);
}

function toAccount(user: PlaygroundUser): Record<string, string> {
  const [first = user.name, ...rest] = user.name.split(' ');
  return {
    id: user.id,
    name: user.name,
    userPrincipleName: user.userPrincipalName ?? user.email,
    aadObjectId: user.aadObjectId,
    givenName: user.givenName ?? first,
    surname: user.surname ?? (rest.join(' ') || first),
    email: user.email,
  };
}

export function renderPlaygroundConfig(opts: PlaygroundConfigOptions): string {
  checkOptions(opts);
  const document = {
    version: '0.1.1',
    tenantId: opts.tenantId,
    bot: { id: opts.bot.id, name: opts.bot.name },
    currentUser: toAccount(opts.currentUser),
    users: opts.users.map(toAccount),
    personalChat: { id: opts.personalChatId },
    groupChat: { id: opts.groupChat.id, name: opts.groupChat.name },
    team: {
      id: opts.team.id,
      name: opts.team.name,
      aadGroupId: opts.team.aadGroupId,
      channels: opts.team.channel ? [{ id: opts.team.channel.id, name: opts.team.channel.name }] : [],
    },
  };
  // Quoted, so ids such as 28:0000… can never be read as numbers or times.
  const yaml = stringify(document, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `# Generated for a test by tests/support/playground/config-file.ts\n${yaml}`;
}

/** Writes `.m365agentsplayground.yml` content to `path` (creating its folder). */
export function writePlaygroundConfig(path: string, opts: PlaygroundConfigOptions): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderPlaygroundConfig(opts), 'utf8');
}
