/**
 * A reminder as the people in the channels see it, in the Agents Playground's web UI (Chromium): the
 * demo round is sent and the app installed in the team; Närhälsan answers on its card in the General
 * channel, Folktandvården does not. An external timer's `reminders run --now <slot> --send` then runs
 * the tick at the first reminder's time (the clock is the given moment; nothing waits for real time):
 * the reminder appears in Folktandvården's channel, with the form to answer on, and none in
 * Närhälsan's. The page is opened before the bot posts anything: the UI keeps messages in page memory
 * only (docs/testing.md). Runs only in a loopback-only network namespace.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { sendCampaign } from '../../src/app/use-cases/send-campaign';
import type { Campaign } from '../../src/domain/campaign';
import { launchBrowser, type BrowserSession } from '../support/browser';
import { runCommand, type CliRun } from '../support/cli-run';
import {
  assertLoopbackOnly,
  demoPlaygroundConfig,
  type PlaygroundHandle,
  type PlaygroundStream,
  type StreamEvent,
} from '../support/playground';
import { cardText } from '../support/teams-cards';
import { startTestApp, TEST_ACTOR, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';
import { cardIn, requestPosted } from './support/channel-posts';
import {
  ARTIFACTS,
  FOLKTANDVARDEN_CHANNEL,
  loadDemoCampaign,
  NARHALSAN_CHANNEL,
  startDemoPlayground,
} from './support/demo';

const TENANT = demoPlaygroundConfig();
const UI_TIMEOUT_MS = 10_000;
const SCREENSHOT = join(ARTIFACTS, 'playground-reminder.png');

/**
 * The demo round is sent Monday 14 April 2025 with two weeks to answer (Monday 28 April). Its first
 * reminder, "7 days before", would fall on Easter Monday; Good Friday is off too, so it goes on
 * Thursday 17 April at 09:00, written here in Swedish local time as an operator writes it.
 */
const FIRST_REMINDER = '2025-04-17T09:00';
const DAYS_LEFT = '11 dagar kvar – svara senast måndag 28 april 2025';

async function shows(card: Locator, text: string): Promise<void> {
  await card.getByText(text).first().waitFor({ timeout: UI_TIMEOUT_MS });
}

interface TickJson {
  campaigns: {
    rounds: {
      slot: string;
      reminders: { orgId: string; channels: { channel: string; result: string }[] }[];
    }[];
  }[];
}

describe('reminders in the Agents Playground UI (Chromium)', () => {
  let campaign: Campaign;
  let app: TestApp;
  let playground: PlaygroundHandle;
  let stream: PlaygroundStream;
  let browser: BrowserSession;

  const remindersRun = (...args: string[]): Promise<CliRun> =>
    runCommand(['reminders', 'run', '--now', FIRST_REMINDER, ...args], {
      env: { ...app.env, LOG_LEVEL: 'warn' },
      cwd: app.dataDir,
    });

  beforeAll(async () => {
    assertLoopbackOnly('The reminders playground e2e test');
    campaign = await loadDemoCampaign();
    app = await startTestApp({ campaign, send: false });
    playground = await startDemoPlayground(app.messagesUrl, 'reminders-playground');
    stream = await playground.client.openStream();
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await stream?.close();
    await playground?.stop();
    await app?.stop();
  });

  test('a reminder arrives in the channel of an organisation that has not answered, and none in the channel of one that has', async () => {
    const { page } = browser;
    await sendCampaign(app.ctx, campaign.id, TEST_ACTOR);
    await page.goto(playground.baseUrl);
    // Selecting the team's first channel after a page load installs the app: both requests are posted.
    await page.getByRole('treeitem', { name: `${TENANT.team.name} - General` }).click();
    const folktandvardensRequest = await requestPosted(stream, FOLKTANDVARDEN_CHANNEL);
    await waitUntil('both Teams requests are recorded as sent', async () => {
      const deliveries = await app.store.deliveries(campaign.id);
      return deliveries.filter((d) => d.channel === 'teams' && d.state === 'sent').length === 2;
    });

    // Närhälsan answers on its card in the General channel (its channel).
    const request = page.locator('.ac-adaptiveCard', { hasText: 'Svar för Närhälsan' });
    await request.waitFor({ timeout: UI_TIMEOUT_MS });
    for (const [label, value] of [
      ['Namn', 'Bertil Berg'],
      ['E-post', 'bertil.berg@vgregion.example'],
    ] as const) {
      const field = request.getByRole('textbox', { name: label, exact: true });
      await field.click();
      await field.pressSequentially(value);
    }
    await request.getByRole('button', { name: 'Skicka svar' }).click();
    await page
      .locator('.ac-adaptiveCard', { hasText: 'Svar registrerat' })
      .waitFor({ timeout: UI_TIMEOUT_MS });

    // What the operator is shown first: Folktandvården in Teams too, Närhälsan left out.
    const preview = await remindersRun();
    expect(preview.code).toBe(0);
    expect(preview.out).toContain(`    Folktandvården (e-post, Teams): ${DAYS_LEFT}`);
    expect(preview.out).toContain('    Har svarat, får ingen påminnelse: Närhälsan');

    const before = stream.count;
    const tick = await remindersRun('--send', '--json');
    expect(tick.code).toBe(0);
    const [round] = (JSON.parse(tick.out) as TickJson).campaigns[0]!.rounds;
    expect(round!.slot).toBe('before-7');
    const reminded = new Map(round!.reminders.map((r) => [r.orgId, r.channels]));
    expect(reminded.get('folktandvarden')).toEqual([
      expect.objectContaining({ channel: 'email', result: 'sent' }),
      expect.objectContaining({ channel: 'teams', result: 'sent' }),
    ]);
    expect(reminded.has('narhalsan')).toBe(false);

    // The reminder is a reply in the thread of Folktandvården's request.
    const pushed = await stream.waitFor(
      (e: StreamEvent) =>
        e.action === 'createMessage' && e.actionConversationId === folktandvardensRequest.threadId,
      5000,
      before,
    );
    expect(cardText(cardIn(pushed))).toContain(DAYS_LEFT);

    await page.getByRole('treeitem', { name: `${TENANT.team.name} - Folktandvården` }).click();
    const reminder = page.locator('.ac-adaptiveCard', { hasText: 'Påminnelse' });
    await reminder.waitFor({ timeout: UI_TIMEOUT_MS });
    await shows(reminder, DAYS_LEFT);
    await shows(reminder, 'Svar för Folktandvården');
    // The same way to answer as the request: the form and its button, on the reminder itself.
    await reminder.getByRole('textbox', { name: 'Namn', exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    await reminder.getByRole('button', { name: 'Skicka svar' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await reminder.scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT });

    // The tick goes through the organisations in the register's order, Närhälsan before Folktandvården,
    // and the playground pushes in order: a reminder to Närhälsan would be on the page by now.
    await page.getByRole('treeitem', { name: `${TENANT.team.name} - General` }).click();
    const answered = page.locator('.ac-adaptiveCard', { hasText: 'Svar registrerat' });
    await shows(answered, 'Bertil Berg');
    expect(await page.locator('.ac-adaptiveCard', { hasText: 'Påminnelse' }).count()).toBe(0);
    expect(await page.getByText('dagar kvar').count()).toBe(0);
    const toNarhalsan = stream.received
      .slice(before)
      .filter((e) => e.action === 'createMessage' && e.actionConversationId.startsWith(NARHALSAN_CHANNEL));
    expect(toNarhalsan).toEqual([]);

    expect(browser.consoleErrors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
  });
});
