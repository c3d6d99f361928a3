import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { assertLoopbackOnly } from './playground/namespace';

/** Debian's package; a tool must never download its own browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CLOSE_TIMEOUT_MS = 10_000;

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Requests the session refused because they were not for loopback (the playground asks a CDN for fonts). */
  blockedRequests: string[];
  /** Console errors of the page, for assertions and for failure messages. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export function isLoopbackUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return url.protocol === 'data:';
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Chromium processes whose command line names our profile folder: only the browser this session started. */
function browserPids(userDataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(userDataDir)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

export interface LaunchBrowserOptions {
  viewport?: { width: number; height: number };
  /** What the page sees as the user's language and zone (Adaptive Card dates follow it); Swedish first. */
  locale?: string;
  timezoneId?: string;
  /** Off to prove a page works without scripts. */
  javaScriptEnabled?: boolean;
}

export async function launchBrowser(opts: LaunchBrowserOptions = {}): Promise<BrowserSession> {
  assertLoopbackOnly('Chromium');
  const userDataDir = mkdtempSync(join(tmpdir(), 'contact-intake-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    locale: opts.locale ?? 'sv-SE',
    timezoneId: opts.timezoneId ?? 'Europe/Stockholm',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  const blockedRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopbackUrl(url)) return route.continue();
    blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(
    (url) => !isLoopbackUrl(url.href),
    (socket) => socket.close(),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    const timedOut = await Promise.race([
      context.close().then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), CLOSE_TIMEOUT_MS).unref()),
    ]);
    if (timedOut) {
      for (const pid of browserPids(userDataDir)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, page, blockedRequests, consoleErrors, close };
}
