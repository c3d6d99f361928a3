/**
 * How the playground harness refuses to start when the playground would quietly misbehave. The bot is
 * never reached in these cases, so no bot runs; the round trip with our bot is tests/e2e/intake-round.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  renderPlaygroundConfig,
  startPlayground,
  testPlaygroundConfig,
  writePlaygroundConfig,
} from '../../support/playground';

const ARTIFACTS = join(__dirname, '../../artifacts/playground');
/** Nothing listens there (the discard port); the playground gives up on it only when asked for its config. */
const NO_BOT = 'http://127.0.0.1:9/api/messages';

describe('Agents Playground harness', () => {
  let workDir: string;
  let configPath: string;

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'playground-harness-'));
    configPath = join(workDir, 'playground.yml');
    writePlaygroundConfig(configPath, testPlaygroundConfig());
  });

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  test('a config the playground rejects fails the start with the reason from its log', async () => {
    const badConfig = join(workDir, 'bad.yml');
    // Break a rule writePlaygroundConfig does not check: the playground accepts only versions 0.1.0 and 0.1.1.
    writeFileSync(
      badConfig,
      renderPlaygroundConfig(testPlaygroundConfig()).replace('version: "0.1.1"', 'version: "9.9.9"'),
    );
    await expect(
      startPlayground({
        botEndpoint: NO_BOT,
        port: 0,
        configPath: badConfig,
        logFile: join(ARTIFACTS, 'bad.log'),
      }),
    ).rejects.toThrow(/Agents Playground did not start[\s\S]*version/);
  });

  test('a missing config file is refused before the playground could fall back to its sample', async () => {
    await expect(
      startPlayground({
        botEndpoint: NO_BOT,
        port: 0,
        configPath: join(workDir, 'missing.yml'),
        logFile: join(ARTIFACTS, 'missing.log'),
      }),
    ).rejects.toThrow(/does not exist/);
  });

  test('a fixed port that is taken is an error, not a silent move to another port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      await expect(
        startPlayground({
          botEndpoint: NO_BOT,
          port: taken,
          configPath,
          logFile: join(ARTIFACTS, 'taken.log'),
        }),
      ).rejects.toThrow(`port ${taken} is in use`);
    } finally {
      blocker.close();
    }
  });
});
