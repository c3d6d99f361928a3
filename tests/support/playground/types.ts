/**
 * Wire shapes of the Agents Playground 0.2.28 HTTP and WebSocket API, as observed (see docs/testing.md).
 * Only the fields the tests rely on are typed; the playground sends more.
 */

export interface PlaygroundAccount {
  id: string;
  name: string;
  /** Spelled this way by the playground (config schema 0.1.1). */
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

export interface PlaygroundChannel {
  id: string;
  name: string;
  channelType: string;
}

/** `GET /_internal/v1/config`. */
export interface PlaygroundConfigResponse {
  config: {
    tenantId: string;
    bot: { id: string; name: string };
    currentUser: PlaygroundAccount;
    users: PlaygroundAccount[];
    personalChat: { id: string; name: string };
    groupChats: { id: string; name: string; members: string[] }[];
    /** One team; its first channel is General, whose id is the team id. */
    teams: {
      id: string;
      name: string;
      aadGroupId: string;
      channels: PlaygroundChannel[];
      members: string[];
    }[];
  };
  internalConfig: { locale: string; localTimezone: string; channelId: string };
}

/** `POST /_conversation/v1/conversations/:id/messages`. */
export interface SentMessage {
  messageId: string;
  /** Set for channel posts: `<channel id>;messageid=<messageId>`, the thread the bot replies into. */
  postConversationId?: string;
  timestamp: number;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * `POST /_conversation/v1/invoke` answers with the bot's invoke response body minus `statusCode`:
 * `type` is the card, message or error content type the bot chose.
 */
export interface InvokeResult {
  type: string;
  value: unknown;
}

export interface StreamAttachment {
  contentType: string;
  content: unknown;
}

export interface StreamMessage {
  messageId: string;
  timestamp: number;
  from: { id: string };
  text?: string;
  textFormat?: string;
  attachments: StreamAttachment[];
  attachmentLayout: string;
  mentions: unknown[];
  /** Present on createMessage of a new channel post: the thread's conversation id. */
  postConversationId?: string;
  directLineConversationId?: string;
}

/**
 * What `/_ws_conversation/v1/conversations/stream` pushes for everything the bot sends.
 * `actionConversationId` is the channel id for a root post (create and update) and the thread or chat id otherwise.
 */
export type StreamEvent =
  | { action: 'createMessage'; actionConversationId: string; message: StreamMessage }
  | { action: 'updateMessage'; actionConversationId: string; message: StreamMessage }
  | { action: 'typing'; actionConversationId: string };
