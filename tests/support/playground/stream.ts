import WebSocket from 'ws';
import { Arrivals } from '../arrivals';
import type { StreamEvent, StreamMessage } from './types';

export type StreamMessageEvent = Extract<StreamEvent, { message: StreamMessage }>;

/** Predicate for `waitFor`: the bot created message `messageId` (any message if omitted). */
export const messageCreated =
  (messageId?: string) =>
  (event: StreamEvent): event is StreamMessageEvent =>
    event.action === 'createMessage' && (messageId === undefined || event.message.messageId === messageId);

/** Predicate for `waitFor`: the bot updated message `messageId`. */
export const messageUpdated =
  (messageId: string) =>
  (event: StreamEvent): event is StreamMessageEvent =>
    event.action === 'updateMessage' && event.message.messageId === messageId;

/**
 * Listens to `/_ws_conversation/v1/conversations/stream` and keeps every pushed event from connection time,
 * so a test can wait for something that arrived before it started waiting.
 *
 * The playground broadcasts to every connected client; while none is connected it buffers and hands the backlog
 * to the first one that connects (a browser opened later will not see what this stream already drained).
 */
export class PlaygroundStream {
  private readonly arrivals = new Arrivals<StreamEvent>(
    'playground stream event',
    (e) => `${e.action}@${e.actionConversationId}`,
  );

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.arrivals.add(JSON.parse(String(data)) as StreamEvent));
  }

  static open(baseUrl: string): Promise<PlaygroundStream> {
    const url = `${baseUrl.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`;
    const socket = new WebSocket(url);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new PlaygroundStream(socket)));
      socket.once('error', (error) =>
        reject(new Error(`cannot open playground stream ${url}: ${error.message}`)),
      );
    });
  }

  /** Every event since the stream opened, in order. */
  get received(): readonly StreamEvent[] {
    return this.arrivals.items;
  }

  /** How many events have arrived; pass it as `fromIndex` to wait only for later ones. */
  get count(): number {
    return this.arrivals.items.length;
  }

  /**
   * Resolves with the first event (at or after `fromIndex`) matching `predicate`, including ones that arrived
   * before the call. Rejects after `timeoutMs` listing what did arrive.
   */
  waitFor<E extends StreamEvent>(
    predicate: (event: StreamEvent) => event is E,
    timeoutMs?: number,
    fromIndex?: number,
  ): Promise<E>;
  waitFor(
    predicate: (event: StreamEvent) => boolean,
    timeoutMs?: number,
    fromIndex?: number,
  ): Promise<StreamEvent>;
  waitFor(predicate: (event: StreamEvent) => boolean, timeoutMs = 5000, fromIndex = 0): Promise<StreamEvent> {
    return this.arrivals.waitFor(predicate, timeoutMs, fromIndex);
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
