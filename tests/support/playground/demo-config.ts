import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PlaygroundConfigOptions, PlaygroundUser } from './config-file';
import type { PlaygroundAccount } from './types';

/** The repository's `.m365agentsplayground.yml`: the tenant the demo, the README and the e2e tests use. */
export const DEMO_CONFIG_PATH = join(__dirname, '../../../.m365agentsplayground.yml');

function toUser(a: PlaygroundAccount): PlaygroundUser {
  return {
    id: a.id,
    name: a.name,
    email: a.email,
    aadObjectId: a.aadObjectId,
    givenName: a.givenName,
    surname: a.surname,
    userPrincipalName: a.userPrincipleName,
  };
}

/** The demo tenant as options, so a test can run it with a change (another person at the keyboard). */
export function demoPlaygroundConfig(): PlaygroundConfigOptions {
  const doc = parse(readFileSync(DEMO_CONFIG_PATH, 'utf8'));
  const [extra] = doc.team.channels ?? [];
  return {
    tenantId: doc.tenantId,
    bot: { id: doc.bot.id, name: doc.bot.name },
    currentUser: toUser(doc.currentUser),
    users: doc.users.map(toUser),
    personalChatId: doc.personalChat.id,
    groupChat: { id: doc.groupChat.id, name: doc.groupChat.name },
    team: {
      id: doc.team.id,
      name: doc.team.name,
      aadGroupId: doc.team.aadGroupId,
      ...(extra ? { channel: { id: extra.id, name: extra.name } } : {}),
    },
  };
}

/** The same tenant with `userId` at the keyboard; the former current user becomes one of the five others. */
export function withCurrentUser(opts: PlaygroundConfigOptions, userId: string): PlaygroundConfigOptions {
  const index = opts.users.findIndex((u) => u.id === userId);
  if (index < 0) throw new Error(`${userId} is not one of the playground's users`);
  const users = [...opts.users] as [
    PlaygroundUser,
    PlaygroundUser,
    PlaygroundUser,
    PlaygroundUser,
    PlaygroundUser,
  ];
  users[index] = opts.currentUser;
  return { ...opts, currentUser: opts.users[index]!, users };
}
