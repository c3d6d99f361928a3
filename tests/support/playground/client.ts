import { PlaygroundStream } from './stream';
import type { InvokeResult, PlaygroundConfigResponse, SentMessage } from './types';

export type CustomActivityType =
  | 'install'
  | 'uninstall'
  | 'botAdded'
  | 'userAdded'
  | 'botRemoved'
  | 'userRemoved'
  | 'channelCreated'
  | 'channelRenamed'
  | 'channelDeleted'
  | 'teamRenamed'
  | 'teamDeleted';

export class PlaygroundApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`playground ${what} failed with HTTP ${status}: ${JSON.stringify(body)}`);
  }
}

/** The playground's own HTTP API: what its web UI calls, usable without a browser. */
export class PlaygroundClient {
  private bot: { id: string; name: string } | undefined;

  constructor(readonly baseUrl: string) {}

  /**
   * Tenant, bot, users, chats, team and channels. The playground answers only once the bot endpoint accepts
   * connections (any HTTP status), or after its own 15 s wait.
   */
  async config(): Promise<PlaygroundConfigResponse> {
    const response = await this.request<PlaygroundConfigResponse>(
      'GET',
      '/_internal/v1/config',
      undefined,
      'config',
    );
    this.bot = response.config.bot;
    return response;
  }

  /**
   * Posts a message. `fromId` must be a member, but the bot sees every such message as from the current user.
   * In a channel this starts a new post (the answer's `postConversationId` is the thread) and the bot only
   * receives it when it is mentioned; in the personal chat the bot always receives it.
   */
  async sendMessage(
    conversationId: string,
    fromId: string,
    text: string,
    mentionBot = false,
  ): Promise<SentMessage> {
    let body: Record<string, unknown> = { from: { id: fromId }, text, textFormat: 'plain' };
    if (mentionBot) {
      const bot = this.bot ?? (await this.config()).config.bot;
      const mention = `<at>${bot.name}</at>`;
      body = {
        ...body,
        text: `${mention} ${text}`,
        mentions: [{ mentioned: { id: bot.id }, text: mention }],
      };
    }
    const path = `/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`;
    return this.request<SentMessage>('POST', path, body, 'sendMessage');
  }

  /**
   * Presses an `Action.Execute` button on message `replyToId` of `conversationId` (for a channel post: the
   * thread id `<channel>;messageid=<id>`). `data` is what the bot receives in `value.action.data`; put input
   * values in it as the UI does (`{ ...action.data, [input.id]: value }`).
   */
  async invokeAction(
    conversationId: string,
    fromId: string,
    replyToId: string,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<InvokeResult> {
    const body = {
      name: 'adaptiveCard/action',
      from: { id: fromId },
      conversation: { id: conversationId },
      replyToId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    };
    return this.request<InvokeResult>('POST', '/_conversation/v1/invoke', body, 'invokeAction');
  }

  /** Sends the bot `installationUpdate` (add) and `conversationUpdate` (bot added) for that chat or channel. */
  async triggerInstallation(conversationId: string): Promise<void> {
    const path = `/_debug/conversation/${encodeURIComponent(conversationId)}/installation`;
    await this.request<unknown>('POST', path, undefined, 'triggerInstallation');
  }

  /**
   * The activity "Mock an Activity" would send, e.g. `uninstall` (installationUpdate remove; for a team it is
   * addressed to General), `botRemoved`, `channelRenamed`, `teamDeleted`. Adjust it, then `sendCustomActivity`.
   */
  async activityTemplate(conversationId: string, type: CustomActivityType): Promise<Record<string, unknown>> {
    const query = new URLSearchParams({ conversationId, type });
    return this.request(
      'GET',
      `/_internal/v1/customActivities/template?${query}`,
      undefined,
      'activityTemplate',
    );
  }

  /** Forwards any activity to the bot. The call returns before the bot has handled it. */
  async sendCustomActivity(activity: Record<string, unknown>): Promise<void> {
    await this.request<unknown>('POST', '/_internal/v1/customActivities', activity, 'sendCustomActivity');
  }

  openStream(): Promise<PlaygroundStream> {
    return PlaygroundStream.open(this.baseUrl);
  }

  private async request<T>(method: string, path: string, body: unknown, what: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Some endpoints answer with plain text; keep it as is.
    }
    if (!response.ok) throw new PlaygroundApiError(response.status, parsed, what);
    return parsed as T;
  }
}
