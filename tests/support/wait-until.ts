import { setTimeout as delay } from 'node:timers/promises';

/**
 * Resolves with the first truthy answer of `check`, asked every 20 ms: for a state another process
 * (or a turn still running in the service) reaches on its own. Rejects after `timeoutMs`, naming `what`.
 */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await check();
    if (answer) return answer;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await delay(20);
  }
}
