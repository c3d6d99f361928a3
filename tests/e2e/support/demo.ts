import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCampaignFile } from '../../../src/adapters/campaign-file/load-campaign-file';
import { demoCampaign } from '../../../src/cli/demo';
import type { Campaign } from '../../../src/domain/campaign';
import {
  DEMO_CONFIG_PATH,
  startPlayground,
  writePlaygroundConfig,
  type PlaygroundConfigOptions,
  type PlaygroundHandle,
} from '../../support/playground';

/** The demo's round and tenant: examples/projektarbete-2025.yaml and the repository's playground set-up. */

export const ROOT = join(__dirname, '../../..');
export const ARTIFACTS = join(ROOT, 'tests/artifacts');
export const EXAMPLE_FILE = join(ROOT, 'examples/projektarbete-2025.yaml');

/** The channels the example's register gives Närhälsan and Folktandvården: the demo team's two channels. */
export const NARHALSAN_CHANNEL = '19:demo-narhalsan';
export const FOLKTANDVARDEN_CHANNEL = '19:demo-folktandvarden';

/** The example campaign as `serve --demo` sends it: under the demo id, open for two weeks from sending. */
export async function loadDemoCampaign(): Promise<Campaign> {
  const loaded = await loadCampaignFile(EXAMPLE_FILE);
  if (!loaded.ok) throw new Error(`${EXAMPLE_FILE} is invalid: ${JSON.stringify(loaded.problems)}`);
  const campaign = demoCampaign(loaded.campaign);
  const channelOf = (orgId: string) => campaign.organisations.find((o) => o.id === orgId)?.teams?.channelId;
  if (
    channelOf('narhalsan') !== NARHALSAN_CHANNEL ||
    channelOf('folktandvarden') !== FOLKTANDVARDEN_CHANNEL
  ) {
    throw new Error('the example register no longer gives the demo channels to Närhälsan and Folktandvården');
  }
  return campaign;
}

/**
 * The Agents Playground on a free port, talking to `botEndpoint`, with the repository's demo tenant
 * or a variant of it. It logs to tests/artifacts/playground/<name>.log.
 */
export async function startDemoPlayground(
  botEndpoint: string,
  name: string,
  variant?: PlaygroundConfigOptions,
): Promise<PlaygroundHandle> {
  let dir: string | undefined;
  let configPath = DEMO_CONFIG_PATH;
  if (variant) {
    dir = mkdtempSync(join(tmpdir(), 'playground-config-'));
    configPath = join(dir, '.m365agentsplayground.yml');
    writePlaygroundConfig(configPath, variant);
  }
  const removeConfig = () => dir && rmSync(dir, { recursive: true, force: true });
  try {
    const logFile = join(ARTIFACTS, 'playground', `${name}.log`);
    const handle = await startPlayground({ botEndpoint, port: 0, configPath, logFile });
    return {
      ...handle,
      stop: async () => {
        await handle.stop();
        removeConfig();
      },
    };
  } catch (err) {
    removeConfig();
    throw err;
  }
}
