import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * One cross-cutting behaviour of the Graph client, in the style of pnpjs's behaviours: a function that
 * gets the request context and the rest of the chain. `behaviour()` turns it into the SDK's Middleware
 * so the pieces compose with `Client.initWithMiddleware` (see graph-client.ts for the order).
 */
export type Next = (context: Context) => Promise<void>;
export type BehaviourFn = (context: Context, next: Next) => Promise<void>;

export interface NamedMiddleware extends Middleware {
  readonly name: string;
}

export function behaviour(name: string, fn: BehaviourFn): NamedMiddleware {
  let nextMiddleware: Middleware | undefined;
  return {
    name,
    execute: (context) => {
      const next: Next = (ctx) => {
        if (!nextMiddleware) throw new Error(`Graph behaviour "${name}" is last in the chain but passes on`);
        return nextMiddleware.execute(ctx);
      };
      return fn(context, next);
    },
    setNext: (middleware) => {
      nextMiddleware = middleware;
    },
  };
}

export function urlOf(context: Context): string {
  if (typeof context.request !== 'string')
    throw new Error('Graph behaviours expect the request as a URL string');
  return context.request;
}

export function methodOf(context: Context): string {
  return (context.options?.method ?? 'GET').toUpperCase();
}

/**
 * The request headers as a plain object, made so on first use: the SDK passes a plain object, but a
 * caller's fetch options may hold a Headers instance or pairs, and every behaviour should see one shape.
 */
export function headersOf(context: Context): Record<string, string> {
  const options = (context.options ??= {});
  const current = options.headers;
  if (current === undefined) {
    const fresh: Record<string, string> = {};
    options.headers = fresh;
    return fresh;
  }
  if (current instanceof Headers || Array.isArray(current)) {
    const plain = Object.fromEntries(
      new Headers(current as ConstructorParameters<typeof Headers>[0]).entries(),
    );
    options.headers = plain;
    return plain;
  }
  return current as Record<string, string>;
}

/** Sets a header, replacing one of the same name in any letter case. */
export function setHeader(context: Context, name: string, value: string): void {
  const headers = headersOf(context);
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
  headers[name] = value;
}

export function getHeader(context: Context, name: string): string | undefined {
  const headers = headersOf(context);
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** The retry behaviour numbers each attempt on the context it passes on; later behaviours read it. */
export interface AttemptContext extends Context {
  attempt?: number;
}
