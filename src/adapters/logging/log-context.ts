import { AsyncLocalStorage } from 'node:async_hooks';

/** Ids that every log line written while handling one request carries (the request id). */
export type LogBindings = Readonly<Record<string, string | number>>;

const storage = new AsyncLocalStorage<LogBindings>();

/**
 * Runs `fn` with `bindings` added to every line logged in it and in everything it starts, down to
 * the use cases and the bot's turn, which log through the app's one logger and know no request.
 */
export function withLogContext<T>(bindings: LogBindings, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...bindings }, fn);
}

export function currentLogContext(): LogBindings {
  return storage.getStore() ?? {};
}
