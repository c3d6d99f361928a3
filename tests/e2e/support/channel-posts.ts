import type { PlaygroundStream, StreamEvent, StreamMessageEvent } from '../../support/playground';
import { ADAPTIVE_CARD, elements, type Card } from '../../support/teams-cards';

/** What the Agents Playground's stream shows of the bot's posts, read as a person in the channel would. */

export interface PostedRequest {
  card: Card;
  /** The root message of the post: what an `Action.Execute` on it replies to. */
  messageId: string;
  /** `<channel>;messageid=<messageId>`: the thread the post opened, where its actions happen. */
  threadId: string;
}

export function cardIn(event: StreamEvent): Card | undefined {
  if (!('message' in event)) return undefined;
  return event.message.attachments.find((a) => a.contentType === ADAPTIVE_CARD)?.content as Card | undefined;
}

function isRequestPost(channelId: string) {
  return (event: StreamEvent): event is StreamMessageEvent => {
    if (event.action !== 'createMessage' || event.actionConversationId !== channelId) return false;
    const card = cardIn(event);
    return !!card && elements(card, 'Action.Execute').some((a) => a.verb === 'submitAnswer');
  };
}

/** Waits for the request card the bot posts as a new conversation in `channelId`. */
export async function requestPosted(
  stream: PlaygroundStream,
  channelId: string,
  timeoutMs = 10_000,
): Promise<PostedRequest> {
  const event = await stream.waitFor(isRequestPost(channelId), timeoutMs);
  const { messageId, postConversationId } = event.message;
  return {
    card: cardIn(event)!,
    messageId,
    threadId: postConversationId ?? `${channelId};messageid=${messageId}`,
  };
}

/** The bot's next message in a chat (its reply to something said there), after stream event `fromIndex`. */
export function replyIn(
  stream: PlaygroundStream,
  conversationId: string,
  fromIndex: number,
  timeoutMs = 10_000,
): Promise<StreamMessageEvent> {
  const isReply = (event: StreamEvent): event is StreamMessageEvent =>
    event.action === 'createMessage' && event.actionConversationId === conversationId;
  return stream.waitFor(isReply, timeoutMs, fromIndex);
}
