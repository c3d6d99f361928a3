import { defaultRetryPolicy } from '../../../src/adapters/teams/retry';
import type { LatePolicy } from '../../../src/domain/campaign-file';
import { startFakeConnector, type FakeConnector } from '../../support/fake-connector';
import { startTestApp, type TestApp } from '../../support/test-app';
import { botCampaign } from './fixture';

export interface BotHarness extends Pick<TestApp, 'url' | 'ctx' | 'clock' | 'store' | 'signer' | 'logs'> {
  connector: FakeConnector;
  /** What the retry helper would have waited, in ms; nobody actually waits. */
  waits: number[];
  /** Posts an activity to `${url}/api/messages` as the Bot Connector would. */
  post(activity: object): Promise<{ status: number; body: unknown; text: string }>;
  close(): Promise<void>;
}

/**
 * The service as it runs (tests/support/test-app.ts) with a fake Bot Connector as the Teams side.
 * The campaign is created and sent, so its Teams requests wait for the app to be installed.
 */
export async function startBotHarness(
  latePolicy: LatePolicy = 'accept',
  env: NodeJS.ProcessEnv = {},
): Promise<BotHarness> {
  const waits: number[] = [];
  const connector = await startFakeConnector();
  let app: TestApp;
  try {
    app = await startTestApp({
      campaign: botCampaign(latePolicy),
      logLevel: 'debug',
      env,
      teamsRetry: { ...defaultRetryPolicy, sleep: async (ms) => void waits.push(ms), random: () => 0.5 },
    });
  } catch (err) {
    await connector.close();
    throw err;
  }
  return {
    ...app,
    connector,
    waits,
    async post(activity) {
      const res = await fetch(app.messagesUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      return { status: res.status, body, text };
    },
    async close() {
      await app.stop();
      await connector.close();
    },
  };
}
