interface Waiter<T> {
  predicate: (item: T) => boolean;
  fromIndex: number;
  resolve: (item: T) => void;
}

/**
 * Everything that arrived from somewhere (a WebSocket, a bot's endpoint), kept in order, so a test can
 * wait for an item that came before it started waiting as well as for one still to come.
 */
export class Arrivals<T> {
  readonly items: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  /** `what` names the source in timeout messages; `describe` lists what did arrive. */
  constructor(
    private readonly what: string,
    private readonly describe: (item: T) => string,
  ) {}

  add(item: T): void {
    this.items.push(item);
    const index = this.items.length - 1;
    for (const waiter of [...this.waiters]) {
      if (index >= waiter.fromIndex && waiter.predicate(item)) {
        this.waiters.delete(waiter);
        waiter.resolve(item);
      }
    }
  }

  /** The first item at or after `fromIndex` matching `predicate`; rejects after `timeoutMs` listing what came. */
  waitFor(predicate: (item: T) => boolean, timeoutMs: number, fromIndex = 0): Promise<T> {
    const earlier = this.items.slice(fromIndex).find(predicate);
    if (earlier !== undefined) return Promise.resolve(earlier);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.items.map(this.describe).join(', ') || 'nothing';
        reject(new Error(`no matching ${this.what} within ${timeoutMs} ms; received: ${seen}`));
      }, timeoutMs);
      const waiter: Waiter<T> = {
        predicate,
        fromIndex,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      this.waiters.add(waiter);
    });
  }
}
