/**
 * What the playground (0.2.28) sends a bot and answers, pinned down for the engineers building src/adapters/teams.
 * docs/testing.md summarises these; if a playground upgrade changes one, this suite says which.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TurnContext, type Activity } from 'botbuilder';
import {
  startPlayground,
  TEST_IDS,
  testPlaygroundConfig,
  writePlaygroundConfig,
  type PlaygroundHandle,
  type PlaygroundStream,
} from '../../support/playground';
import { requestCard } from './cards';
import { ThrowawayBot } from './throwaway-bot';

const ARTIFACTS = join(__dirname, '../../artifacts/playground');

describe('Agents Playground behaviour the bot relies on', () => {
  let workDir: string;
  let bot: ThrowawayBot;
  let playground: PlaygroundHandle;
  let stream: PlaygroundStream;

  const inConversation = (type: string, conversationId: string) => (a: Activity) =>
    a.type === type && a.conversation.id === conversationId;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'playground-facts-'));
    const configPath = join(workDir, 'playground.yml');
    writePlaygroundConfig(configPath, testPlaygroundConfig());
    bot = await ThrowawayBot.start();
    playground = await startPlayground({
      botEndpoint: bot.endpoint,
      port: 0,
      configPath,
      logFile: join(ARTIFACTS, 'facts.log'),
    });
    stream = await playground.client.openStream();
  });

  afterAll(async () => {
    await stream?.close();
    await playground?.stop();
    await bot?.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  test('the General channel has the team id as its id; the extra channel keeps the configured id', async () => {
    const { config } = await playground.client.config();
    expect(config.teams[0]?.channels).toEqual([
      { id: TEST_IDS.teamId, name: 'General', channelType: 'standard' },
      { id: TEST_IDS.channelId, name: TEST_IDS.channelName, channelType: 'standard' },
    ]);
  });

  test('installing in General: conversation and channel id are the team id', async () => {
    await playground.client.triggerInstallation(TEST_IDS.teamId);
    const installed = await bot.waitForActivity(inConversation('installationUpdate', TEST_IDS.teamId));
    expect(installed).toMatchObject({
      action: 'add',
      serviceUrl: playground.serviceUrl,
      from: { id: TEST_IDS.chairId, aadObjectId: TEST_IDS.chairAadObjectId },
      conversation: {
        id: TEST_IDS.teamId,
        conversationType: 'channel',
        isGroup: true,
        tenantId: TEST_IDS.tenantId,
      },
      channelData: {
        tenant: { id: TEST_IDS.tenantId },
        team: { id: TEST_IDS.teamId, name: TEST_IDS.teamName },
        channel: { id: TEST_IDS.teamId },
      },
    });
    expect(installed.from.name).toBeUndefined();
    const added = await bot.waitForActivity(inConversation('conversationUpdate', TEST_IDS.teamId));
    expect(added.membersAdded).toEqual([{ id: TEST_IDS.botId }]);
    expect(added.channelData).toMatchObject({ eventType: 'teamMemberAdded', team: { id: TEST_IDS.teamId } });
    expect(added.channelData.channel).toBeUndefined();
  });

  test('installing in the personal chat: no team, no channel', async () => {
    await playground.client.triggerInstallation(TEST_IDS.personalChatId);
    const installed = await bot.waitForActivity(
      inConversation('installationUpdate', TEST_IDS.personalChatId),
    );
    expect(installed.conversation).toMatchObject({
      id: TEST_IDS.personalChatId,
      conversationType: 'personal',
    });
    expect(installed.channelData.team).toBeUndefined();
    expect(installed.channelData.tenant).toEqual({ id: TEST_IDS.tenantId });
  });

  test('a channel post reaches the bot only when it mentions the bot, in a thread of its own, from the current user', async () => {
    const { client } = playground;
    const unmentioned = await client.sendMessage(TEST_IDS.channelId, TEST_IDS.staffId, 'hej alla');
    const mentioned = await client.sendMessage(TEST_IDS.channelId, TEST_IDS.staffId, 'hej bot', true);
    expect(mentioned.postConversationId).toBe(`${TEST_IDS.channelId};messageid=${mentioned.messageId}`);
    const first = await bot.waitForActivity(
      (a) => a.type === 'message' && a.channelData?.channel?.id === TEST_IDS.channelId,
    );
    expect(first.conversation.id).toBe(mentioned.postConversationId);
    expect(first.conversation.id).not.toBe(unmentioned.postConversationId);
    expect(first).toMatchObject({
      text: `<at>${TEST_IDS.botName}</at> hej bot`,
      locale: 'en-US',
      localTimezone: 'Europe/Stockholm',
      // Posted "as" a staff member, yet it comes from the current user: the playground ignores from.id here.
      from: { id: TEST_IDS.chairId, name: 'Test Ordförande', aadObjectId: TEST_IDS.chairAadObjectId },
      channelData: {
        team: { id: TEST_IDS.teamId },
        channel: { id: TEST_IDS.channelId },
        tenant: { id: TEST_IDS.tenantId },
      },
    });
    expect(first.entities?.[0]).toEqual({
      type: 'mention',
      mentioned: { id: TEST_IDS.botId, name: TEST_IDS.botName },
      text: `<at>${TEST_IDS.botName}</at>`,
    });
    expect(TurnContext.removeRecipientMention(first)?.trim()).toBe('hej bot');
  });

  test('the personal chat reaches the bot with or without a mention', async () => {
    await playground.client.sendMessage(TEST_IDS.personalChatId, TEST_IDS.chairId, 'utan omnämnande');
    const message = await bot.waitForActivity(inConversation('message', TEST_IDS.personalChatId));
    expect(message.text).toBe('utan omnämnande');
    expect(message.conversation.conversationType).toBe('personal');
  });

  test('TeamsInfo.getMember answers with the e-mail and UPN from the config file', async () => {
    const before = bot.memberLookups.length;
    await playground.client.sendMessage(TEST_IDS.personalChatId, TEST_IDS.chairId, 'whoami', true);
    await stream.waitFor((e) => e.action === 'createMessage' && e.message.text === 'whoami: looked up');
    expect(bot.memberLookups[before]).toMatchObject({
      id: TEST_IDS.chairId,
      aadObjectId: TEST_IDS.chairAadObjectId,
      email: 'chair@vgregion.example',
      userPrincipalName: 'chair@vgregion.example',
      tenantId: TEST_IDS.tenantId,
    });
  });

  test('removing the app from the team: installationUpdate "remove" addressed to General', async () => {
    const { client } = playground;
    const removal = await client.activityTemplate(TEST_IDS.channelId, 'uninstall');
    await client.sendCustomActivity(removal);
    const removed = await bot.waitForActivity(
      (a) => a.type === 'installationUpdate' && a.action === 'remove',
    );
    expect(removed.conversation.id).toBe(TEST_IDS.teamId);
    expect(removed.channelData).toMatchObject({
      team: { id: TEST_IDS.teamId },
      channel: { id: TEST_IDS.teamId },
    });
  });

  test('an invoke the bot refuses comes back as the bot sent it, with HTTP 200 and without statusCode', async () => {
    const posted = await bot.postCardToChannel(
      playground.serviceUrl,
      TEST_IDS.channelId,
      requestCard('Fråga', 't9'),
    );
    const result = await playground.client.invokeAction(
      posted.conversationId,
      TEST_IDS.staffId,
      posted.activityId,
      'nope',
      {},
    );
    expect(result).toEqual({
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: 'unknown verb nope' },
    });
  });
});
