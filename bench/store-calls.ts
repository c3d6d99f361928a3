import type { Store } from '../src/app/ports/store';

/**
 * The Store port with every call counted by method name, for the SQLite store, whose queries no
 * Graph counter sees. A measuring wrapper: each call goes through to the real store unchanged.
 */
export interface CountedStore {
  store: Store;
  total(): number;
  /** "listCampaigns 1 · currentAnswers 20 · …", in the order the methods were first called. */
  describe(): string;
  reset(): void;
}

export function countStoreCalls(inner: Store): CountedStore {
  const counts = new Map<string, number>();
  const store = new Proxy(inner, {
    get(target, name) {
      const value: unknown = Reflect.get(target, name);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const method = String(name);
        counts.set(method, (counts.get(method) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    describe: () =>
      [...counts.entries()].map(([m, n]) => `${m} ${n.toLocaleString('en-US')}`).join(' · ') || '0',
    reset: () => counts.clear(),
  };
}
