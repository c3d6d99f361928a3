import type { PaceTiming } from '../../../src/adapters/mail/pacing/mail-pacer';

/**
 * A clock that only moves when the test says so. `sleep` parks the caller until time reaches its end;
 * `run` lets every promise chain settle, then jumps to the next parked sleeper, until the work is done.
 * Nobody waits for real time: a schedule of minutes runs in milliseconds.
 */
export class VirtualTime implements PaceTiming {
  private current = 0;
  private seq = 0;
  private readonly parked: { at: number; seq: number; wake: () => void }[] = [];

  now(): number {
    return this.current;
  }

  sleep(ms: number): Promise<void> {
    return new Promise<void>((wake) => {
      this.parked.push({ at: this.current + Math.max(0, ms), seq: this.seq++, wake });
    });
  }

  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      // setImmediate runs after the microtask queue is empty: every resolved promise has moved on.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (settled) return work;
      this.parked.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.parked.shift();
      if (!next) throw new Error('virtual time: the work is stuck with nobody asleep');
      this.current = next.at;
      next.wake();
    }
  }
}
