import type { Activity, TurnContext } from 'botbuilder';
import type { AppContext } from '../../app/context';
import type { ApproverIdentity } from '../../app/use-cases/channel-links';
import { whereFacts, whoFacts } from './activity-facts';
import type { BotPolicy } from './bot-policy';
import { directoryEmail } from './owner-identity';

export interface LinkApprover {
  identity: ApproverIdentity;
  /** The directory e-mail, when deciding needed it and the lookup gave one. */
  lookedUpEmail(): string | undefined;
}

/**
 * The person who lists or decides channel links, from the validated activity only: the Entra object id
 * Teams gives and, when that is not enough, the directory e-mail looked up through the Bot Connector
 * (at most once per turn). Outside Teams, or from another tenant than the bot's, nobody is identified,
 * so nothing can be decided.
 */
export function linkApprover(
  activity: Partial<Activity>,
  policy: BotPolicy,
  lookup?: () => Promise<string | undefined>,
): LinkApprover {
  const who = whoFacts(activity);
  const where = whereFacts(activity);
  const tenantOk =
    policy.botTenantId === undefined || where.tenantId?.toLowerCase() === policy.botTenantId.toLowerCase();
  if (!where.teamsChannel || !tenantOk) return { identity: {}, lookedUpEmail: () => undefined };
  let asked: Promise<string | undefined> | undefined;
  let email: string | undefined;
  return {
    identity: {
      ...(who.aadObjectId ? { aadObjectId: who.aadObjectId } : {}),
      ...(who.name ? { name: who.name } : {}),
      ...(lookup
        ? {
            directoryEmail: () =>
              (asked ??= lookup().then((found) => {
                email = found;
                return found;
              })),
          }
        : {}),
    },
    lookedUpEmail: () => email,
  };
}

/** The directory lookup for the person behind this turn, as owner-identity.ts does it for `status`. */
export function turnDirectoryEmail(turn: TurnContext, ctx: AppContext): () => Promise<string | undefined> {
  return () => directoryEmail(turn, ctx, whoFacts(turn.activity).id);
}
