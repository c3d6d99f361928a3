/** Time as the pacer sees it: injected, so tests run a virtual clock and assert the schedule without waiting. */
export interface PaceTiming {
  /** Epoch milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTiming: PaceTiming = {
  now: () => Date.now(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

/**
 * Fixed spacing between starts: each caller reserves the next start time, at least `intervalMs` after the
 * one before, and waits for it. The reservation is taken synchronously, so callers running at the same
 * time in one process (several sends at once) still get distinct, evenly spaced starts.
 */
export class Spacing {
  private next = Number.NEGATIVE_INFINITY;

  constructor(
    readonly intervalMs: number,
    private readonly timing: PaceTiming,
  ) {
    if (!(intervalMs >= 0 && Number.isFinite(intervalMs)))
      throw new Error('spacing: the interval must be a finite, non-negative number of milliseconds');
  }

  async wait(): Promise<void> {
    const now = this.timing.now();
    const at = Math.max(now, this.next);
    this.next = at + this.intervalMs;
    if (at > now) await this.timing.sleep(at - now);
  }
}
