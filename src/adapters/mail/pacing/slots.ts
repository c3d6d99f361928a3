/**
 * At most `size` holders at a time, served first come, first served. A release hands the slot straight
 * to the next waiter, so a newcomer can never slip in between and the count of holders never exceeds
 * the size.
 */
export class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!(Number.isInteger(size) && size >= 1)) throw new Error('slots: size must be a positive integer');
    this.free = size;
  }

  /** Resolves with the release function once a slot is held. Releasing twice is harmless. */
  async acquire(): Promise<() => void> {
    if (this.free > 0) {
      this.free--;
    } else {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
