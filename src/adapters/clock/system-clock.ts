import type { Clock } from '../../app/ports/clock';

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests and the `--now` option move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(at: Date): void {
    this.current = new Date(at.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
