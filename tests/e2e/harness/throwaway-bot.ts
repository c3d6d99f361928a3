/**
 * A throwaway bot for exercising the playground harness: botbuilder CloudAdapter without an app id (local mode,
 * no auth) on node:http. It records every activity, refuses every `Action.Execute`, and can post cards
 * proactively. It is test code only; the real bot lives in src/adapters/teams.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TeamsInfo,
  TurnContext,
  type Activity,
  type TeamsChannelAccount,
} from 'botbuilder';
import { Arrivals } from '../../support/arrivals';
import type { Card } from './cards';

export interface PostedCard {
  /** `<channel id>;messageid=<activityId>`: the thread the card opened. */
  conversationId: string;
  activityId: string;
}

export class ThrowawayBot {
  private readonly arrivals = new Arrivals<Activity>(
    'activity at the bot',
    (a) => `${a.type}${a.name ? `/${a.name}` : ''}@${a.conversation?.id}`,
  );
  readonly memberLookups: TeamsChannelAccount[] = [];
  private readonly adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));

  private constructor(
    private readonly server: ReturnType<typeof createServer>,
    readonly endpoint: string,
  ) {}

  static async start(): Promise<ThrowawayBot> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const bot = new ThrowawayBot(server, `http://127.0.0.1:${port}/api/messages`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void bot.handle(req, res));
    return bot;
  }

  waitForActivity(predicate: (activity: Activity) => boolean, timeoutMs = 5000): Promise<Activity> {
    return this.arrivals.waitFor(predicate, timeoutMs);
  }

  /** Proactive post of a new card into a channel, the way the brief prescribes for CloudAdapter in local mode. */
  async postCardToChannel(serviceUrl: string, channelId: string, card: Card): Promise<PostedCard> {
    let conversationId: string | undefined;
    const parameters = {
      isGroup: true,
      channelData: { channel: { id: channelId } },
      activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)),
    };
    // The SDK passes the new conversation id as ctx.activity.id and drops the connector's `activityId`;
    // Teams and the playground both encode it in the thread id as `;messageid=<activityId>`.
    await this.adapter.createConversationAsync(
      '',
      'msteams',
      serviceUrl,
      '',
      parameters as never,
      async (ctx) => {
        conversationId = ctx.activity.conversation.id;
      },
    );
    const activityId = conversationId?.split(';messageid=')[1];
    if (!conversationId || !activityId) throw new Error(`unexpected conversation id ${conversationId}`);
    return { conversationId, activityId };
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      // The playground probes the endpoint with HEAD before it answers /config; any status will do.
      (req as IncomingMessage & { body?: unknown }).body = text ? JSON.parse(text) : undefined;
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    const response = {
      socket: res.socket,
      status: (code: number) => void (res.statusCode = code),
      header: (name: string, value: unknown) => void res.setHeader(name, String(value)),
      send: (body?: unknown) => {
        if (body === undefined) return;
        if (typeof body === 'object') res.setHeader('content-type', 'application/json');
        res.write(typeof body === 'object' ? JSON.stringify(body) : String(body));
      },
      end: () => void res.end(),
    };
    await this.adapter.process(req as never, response, (ctx) => this.onTurn(ctx));
  }

  private async onTurn(ctx: TurnContext): Promise<void> {
    const activity = ctx.activity;
    // A copy: TurnContext.removeRecipientMention rewrites activity.text in place.
    this.arrivals.add(structuredClone(activity));
    if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
      await ctx.sendActivity({
        type: 'invokeResponse',
        value: { status: 200, body: this.answerAction(activity) },
      });
    } else if (activity.type === 'message') {
      const text = (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
      if (text === 'whoami') {
        this.memberLookups.push(await TeamsInfo.getMember(ctx, activity.from.id));
        await ctx.sendActivity('whoami: looked up');
      } else {
        await ctx.sendActivity(`echo: ${text}`);
      }
    }
  }

  private answerAction(activity: Activity): unknown {
    // Refuses every action: what the playground does with a refusal is the fact worth pinning.
    const action = (activity.value as { action?: { verb?: string } }).action;
    const error = { code: 'BadRequest', message: `unknown verb ${action?.verb}` };
    return { statusCode: 400, type: 'application/vnd.microsoft.error', value: error };
  }
}
