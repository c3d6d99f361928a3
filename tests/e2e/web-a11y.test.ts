import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from '../support/browser';
import { startWebHarness, type WebHarness } from '../integration/web/web-harness';

/**
 * The response page in a real browser (Debian's Chromium): no serious accessibility violations
 * (axe-core), the stylesheet not blocked by our own CSP, visible keyboard focus, and the whole
 * answer round trip working with JavaScript switched off.
 */

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

let h: WebHarness;
let session: BrowserSession | undefined;
let cspErrors: string[];

jest.setTimeout(90_000);

beforeAll(async () => {
  h = await startWebHarness();
});

afterAll(async () => {
  await h?.close();
});

beforeEach(() => {
  cspErrors = [];
});

afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function open(url: string, javaScriptEnabled = true): Promise<Page> {
  session ??= await launchBrowser({ javaScriptEnabled });
  const page = await session.context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto(url);
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  // Browser-side code as a string: the test project is type-checked without the DOM library.
  const violations = (await page.evaluate(
    `axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
       .then((r) => r.violations)`,
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the response page in Chromium', () => {
  it('has no serious accessibility violations, applies its stylesheet and shows keyboard focus', async () => {
    const page = await open(await h.linkFromEmail('narhalsan'));

    expect(await seriousViolations(page)).toEqual([]);
    expect(cspErrors).toEqual([]);
    // 1.75rem: the inline stylesheet was allowed by its hash.
    expect(await page.evaluate(`getComputedStyle(document.querySelector('h1')).fontSize`)).toBe('28px');

    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Hoppa till innehållet');
    await page.focus('#f-contact-1-name');
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(
      `({ id: document.activeElement.id, outline: getComputedStyle(document.activeElement).outlineStyle })`,
    );
    expect(focus).toEqual({ id: 'f-contact-1-email', outline: 'solid' });
  });

  it('has no serious violations on a form sent back with errors, nor on the broken-link page', async () => {
    const page = await open(await h.linkFromEmail('sahlgrenska'));
    await page.fill('#f-contact-1-name', 'Anna Andersson');
    await page.fill('#f-contact-1-email', 'inte en adress');
    await page.click('button[type=submit]');
    await page.locator('.error-summary').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const broken = await open(`${h.url}/respond/v1.inte.giltig`);
    expect(await broken.locator('h1').textContent()).toBe('Länken fungerar inte');
    expect(await seriousViolations(broken)).toEqual([]);
    expect(cspErrors).toEqual([]);
  });

  it('takes an answer with JavaScript switched off', async () => {
    const page = await open(await h.linkFromEmail('narhalsan'), false);

    await page.fill('#f-contact-1-name', 'Anna Andersson');
    await page.fill('#f-contact-1-email', 'anna.andersson@vgregion.example');
    await page.fill('#f-declared-name', 'Karin Kansli');
    await Promise.all([page.waitForURL(/\?saved=1$/), page.click('button[type=submit]')]);

    expect(await page.locator('#saved-banner').textContent()).toContain('Tack! Ert svar är sparat.');
    expect(await h.store.currentAnswer('projektarbete-2025', 'narhalsan')).toMatchObject({
      version: 1,
      channel: 'web',
    });
  });
});
