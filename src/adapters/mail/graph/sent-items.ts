import type { GraphClient } from '../../graph';
import type { MailPacer } from '../pacing/mail-pacer';

/**
 * How long to keep looking for a message in Sent Items before concluding it was not sent. Exchange files
 * the Sent Items copy after it has processed the submission, usually within seconds, later under load.
 * Five looks over about half a minute (now, then after 2, 4, 8 and 16 s) cover the usual delay while
 * bounding how long one ambiguous send holds up a campaign.
 */
export const RELOOK_DELAYS_MS: readonly number[] = [2_000, 4_000, 8_000, 16_000];

export interface SentItemsLook {
  graph: GraphClient;
  pacer: MailPacer;
  /** The service mailbox (its UPN). */
  mailbox: string;
  sleep: (ms: number) => Promise<void>;
}

/** One look: is a message with this Internet Message-ID in the mailbox's Sent Items? */
export async function inSentItems(look: SentItemsLook, internetMessageId: string): Promise<boolean> {
  // A Message-ID is `<hex@domain>` (messageIdFor), so it holds no quote to escape inside the literal.
  const filter = `internetMessageId eq '${internetMessageId}'`;
  const page = (await look.pacer.request(() =>
    look.graph.client
      .api(`/users/${encodeURIComponent(look.mailbox)}/mailFolders/sentitems/messages`)
      .filter(encodeURIComponent(filter))
      .select('id,internetMessageId')
      .top(1)
      .get(),
  )) as { value?: { internetMessageId?: unknown }[] } | undefined;
  return (page?.value ?? []).some((m) => m.internetMessageId === internetMessageId);
}

/**
 * Looks now and, while not found, again after each delay. True as soon as it is found; false when every
 * look came back empty. A look that fails (Graph unreachable, throttled past the client's patience,
 * permission missing) throws: then nothing is known and nothing may be sent.
 */
export async function foundAfterRelooks(
  look: SentItemsLook,
  internetMessageId: string,
  delaysMs: readonly number[] = RELOOK_DELAYS_MS,
): Promise<boolean> {
  if (await inSentItems(look, internetMessageId)) return true;
  for (const delay of delaysMs) {
    await look.sleep(delay);
    if (await inSentItems(look, internetMessageId)) return true;
  }
  return false;
}
