import { join } from 'node:path';
import { startPlayground, type PlaygroundHandle } from '../../support/playground';
import { ThrowawayBot } from './throwaway-bot';

const DEMO_CONFIG = join(__dirname, '../../../.m365agentsplayground.yml');
const NARHALSAN_CHANNEL = '19:demo-narhalsan';
const FOLKTANDVARDEN_CHANNEL = '19:demo-folktandvarden';

describe('the demo playground config at the repository root', () => {
  let bot: ThrowawayBot;
  let playground: PlaygroundHandle;

  beforeAll(async () => {
    bot = await ThrowawayBot.start();
    playground = await startPlayground({
      botEndpoint: bot.endpoint,
      port: 0,
      configPath: DEMO_CONFIG,
      logFile: join(__dirname, '../../artifacts/playground/demo-config.log'),
    });
  });

  afterAll(async () => {
    await playground?.stop();
    await bot?.stop();
  });

  test('loads, and its channels carry the ids the example campaign files register', async () => {
    const { config } = await playground.client.config();
    expect(config.bot.name).toBe('contact-intake (demo)');
    expect(config.currentUser).toMatchObject({
      name: 'Sven Tåpptorp',
      email: 'sven.tapptorp@vgregion.example',
    });
    expect(config.teams).toHaveLength(1);
    expect(config.teams[0]?.name).toBe('VGR förvaltningar (demo)');
    expect(config.teams[0]?.channels.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: NARHALSAN_CHANNEL, name: 'General' },
      { id: FOLKTANDVARDEN_CHANNEL, name: 'Folktandvården' },
    ]);
    for (const user of [config.currentUser, ...config.users])
      expect(user.email).toMatch(/@vgregion\.example$/);
  });

  test('installing in General tells the bot the Närhälsan channel id', async () => {
    await playground.client.triggerInstallation(NARHALSAN_CHANNEL);
    const installed = await bot.waitForActivity((a) => a.type === 'installationUpdate');
    expect(installed.channelData.channel).toEqual({ id: NARHALSAN_CHANNEL });
    expect(installed.from.aadObjectId).toBe('3f6c2a1e-8d47-4b9a-9e15-7a2c5d0b1e01');
  });
});
