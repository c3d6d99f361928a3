/**
 * Our bot in the Agents Playground's own web UI, in Chromium, the way the README's "Try it" goes: a
 * person opens the team's General channel (Närhälsan's), which installs the app, sees the request card,
 * fills it in, presses "Skicka svar" and sees the answered card. Runs only in a loopback-only network
 * namespace (launchBrowser and startPlayground refuse otherwise).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { sendCampaign } from '../../src/app/use-cases/send-campaign';
import type { Campaign } from '../../src/domain/campaign';
import { launchBrowser, type BrowserSession } from '../support/browser';
import { assertLoopbackOnly, demoPlaygroundConfig, type PlaygroundHandle } from '../support/playground';
import { startTestApp, TEST_ACTOR, type TestApp } from '../support/test-app';
import { ARTIFACTS, loadDemoCampaign, startDemoPlayground } from './support/demo';

const TENANT = demoPlaygroundConfig();
const CHAIR = TENANT.currentUser;
const UI_TIMEOUT_MS = 10_000;
const SCREENSHOT = join(ARTIFACTS, 'playground-answered.png');

async function shows(card: Locator, text: string): Promise<void> {
  await card.getByText(text).first().waitFor({ timeout: UI_TIMEOUT_MS });
}

describe('answering the request card in the Agents Playground UI (Chromium)', () => {
  let campaign: Campaign;
  let app: TestApp;
  let playground: PlaygroundHandle;
  let browser: BrowserSession;

  beforeAll(async () => {
    assertLoopbackOnly('The playground browser e2e test');
    campaign = await loadDemoCampaign();
    app = await startTestApp({ campaign, send: false });
    playground = await startDemoPlayground(app.messagesUrl, 'playground-browser');
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await app?.stop();
  });

  test('the General channel shows Närhälsan’s request; filled in and sent, it turns into the answered card', async () => {
    const { page } = browser;
    const report = await sendCampaign(app.ctx, campaign.id, TEST_ACTOR);
    const teams = report.lines.filter((l) => l.channel === 'teams');
    expect(teams.map((l) => l.result)).toEqual(['waiting', 'waiting']);

    // The page must be open before the bot posts: the UI keeps messages in page memory only.
    await page.goto(playground.baseUrl);
    // Selecting the team's first channel after a page load installs the app in the team.
    await page.getByRole('treeitem', { name: `${TENANT.team.name} - General` }).click();

    const request = page.locator('.ac-adaptiveCard', { hasText: 'Svar för Närhälsan' });
    await request.waitFor({ timeout: UI_TIMEOUT_MS });
    await shows(request, campaign.title);
    await shows(request, 'Svara senast måndag 28 april 2025');

    // Click into a field before typing, as a person does (typed text can be lost otherwise, docs/testing.md).
    for (const [label, value] of [
      ['Namn', 'Bertil Berg'],
      ['E-post', 'bertil.berg@vgregion.example'],
    ] as const) {
      const field = request.getByRole('textbox', { name: label, exact: true });
      await field.click();
      await field.pressSequentially(value);
    }
    await request.getByRole('button', { name: 'Skicka svar' }).click();

    const answered = page.locator('.ac-adaptiveCard', { hasText: 'Svar registrerat' });
    await answered.waitFor({ timeout: UI_TIMEOUT_MS });
    await shows(answered, 'Bertil Berg');
    await shows(answered, `Registrerat av ${CHAIR.name} 14 april 2025 kl. 10.00`);
    await page.screenshot({ path: SCREENSHOT });

    expect(await app.store.currentAnswer(campaign.id, 'narhalsan')).toMatchObject({
      version: 1,
      channel: 'teams',
      submittedBy: { kind: 'teams-user', name: CHAIR.name, id: CHAIR.aadObjectId },
      nominees: [{ roleId: 'contact', name: 'Bertil Berg', email: 'bertil.berg@vgregion.example' }],
    });
    // Only the web fonts the session blocks (a CDN) may fail; the cards rendered without errors.
    expect(browser.consoleErrors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
  });
});
