import { graphError, type Ctx, type Reply } from './reply';
import type { FaultKind, FaultRule } from './types';

/**
 * Switchable failures, rolled with seeded dice so a run can be repeated. Throttling as Graph
 * documents it: 429 "Too Many Requests" with a suggested wait in Retry-After; 503 "may specify"
 * Retry-After; 504 carries none. drop-before and drop-after cut the connection without an answer,
 * before or after the request took effect. Inside a $batch only the status faults apply.
 */

const KINDS: FaultKind[] = ['429', '503', '504', 'drop-before', 'drop-after'];

/** mulberry32: small, fast and good enough to spread faults evenly. */
function dice(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Faults {
  private rules: { rule: FaultRule; hits: number }[] = [];
  private roll: () => number;

  constructor(private readonly seed: number) {
    this.roll = dice(seed);
  }

  /** Replaces the rules and restarts the dice, so the same rules on the same calls fail alike. */
  set(rules: FaultRule[]): void {
    for (const rule of rules) {
      if (!KINDS.includes(rule.kind))
        throw new Error(`fake Graph: unknown fault kind '${String(rule.kind)}'`);
      if (!(rule.rate >= 0 && rule.rate <= 1))
        throw new Error(`fake Graph: fault rate ${rule.rate} is not within 0..1`);
    }
    this.rules = rules.map((rule) => ({ rule, hits: 0 }));
    this.roll = dice(this.seed);
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this call, if the dice say so. One roll per matching rule, in rule order. */
  pick(method: string, path: string, inBatch: boolean): FaultRule | undefined {
    for (const entry of this.rules) {
      const { rule } = entry;
      if (inBatch && rule.kind.startsWith('drop')) continue;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (rule.path) {
        rule.path.lastIndex = 0;
        if (!rule.path.test(path)) continue;
      }
      if (rule.times !== undefined && entry.hits >= rule.times) continue;
      if (this.roll() < rule.rate) {
        entry.hits++;
        return rule;
      }
    }
    return undefined;
  }
}

export function faultReply(ctx: Ctx, rule: FaultRule): Reply {
  const retryAfter = { 'Retry-After': String(rule.retryAfterSeconds ?? 1) };
  switch (rule.kind) {
    case '429':
      return graphError(ctx, 429, 'activityLimitReached', 'The request has been throttled', {
        innerCode: 'throttledRequest',
        headers: retryAfter,
      });
    case '503':
      return graphError(
        ctx,
        503,
        'serviceNotAvailable',
        'The service is temporarily unavailable. Try again later.',
        {
          headers: retryAfter,
        },
      );
    default:
      return graphError(ctx, 504, 'gatewayTimeout', 'The gateway did not receive a timely response.');
  }
}
