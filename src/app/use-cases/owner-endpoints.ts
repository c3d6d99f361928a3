import type { Owner } from '../../domain/campaign';
import type { AppContext } from '../context';
import type { Store, UserEndpoint } from '../ports/store';

/**
 * Campaign files often name an owner by e-mail only, while the store finds a personal chat by Entra
 * object id. So when a person's directory e-mail is known, their chat is also kept under an alias
 * made from it, which the summary looks up for such owners. (A store lookup by the endpoint's
 * `email` would make the alias unnecessary.)
 */
export function emailAlias(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

/** Remembers the personal chat a person just wrote to the bot in. */
export async function rememberPersonalChat(ctx: AppContext, endpoint: UserEndpoint): Promise<void> {
  await ctx.store.saveUserEndpoint(endpoint);
  if (endpoint.email)
    await ctx.store.saveUserEndpoint({ ...endpoint, aadObjectId: emailAlias(endpoint.email) });
}

/** Where an owner can be reached in Teams, if they have ever written to the bot. */
export async function ownerEndpoint(store: Store, owner: Owner): Promise<UserEndpoint | undefined> {
  const byId = owner.aadObjectId ? await store.userEndpoint(owner.aadObjectId) : undefined;
  return byId ?? (await store.userEndpoint(emailAlias(owner.email)));
}
