import type { TurnContext } from 'botbuilder';
import type { AppContext } from '../../app/context';
import { rememberPersonalChat } from '../../app/use-cases/owner-endpoints';
import { isPersonalChat, whereFacts, whoFacts } from './activity-facts';

/**
 * Keeps how to reach this person in their chat with the bot (summaries, approval cards). Only from a
 * personal chat, and only with the Entra object id the channel vouches for; the e-mail only when the
 * directory gave it.
 */
export async function rememberChat(
  turn: TurnContext,
  ctx: AppContext,
  email: string | undefined,
): Promise<void> {
  const activity = turn.activity;
  const who = whoFacts(activity);
  const where = whereFacts(activity);
  const conversationId = activity.conversation?.id;
  if (!isPersonalChat(activity) || !who.aadObjectId || !conversationId || !where.serviceUrl) return;
  try {
    await rememberPersonalChat(ctx, {
      aadObjectId: who.aadObjectId,
      conversationId,
      serviceUrl: where.serviceUrl,
      ...(where.tenantId ? { tenantId: where.tenantId } : {}),
      ...(email ? { email } : {}),
      updatedAt: ctx.clock.now(),
    });
  } catch (err) {
    // The person still gets their answer; summaries and approval cards fall back to e-mail and `kopplingar`.
    ctx.logger.warn(
      { err: err instanceof Error ? err.name : 'unknown' },
      'could not remember the personal chat',
    );
  }
}
