import type { TurnContext } from 'botbuilder';

/**
 * botbuilder's HTTP pipeline (@azure/core-rest-pipeline) retries 429 and 5xx by itself, POSTs
 * included, and waits as long as any Retry-After says: an hour-long Retry-After would stall a turn
 * (and Teams resends an invoke after 15 s). Its retries would also multiply with ours. So every turn's
 * connector client loses that policy, and `withRetry` (retry.ts) is the only one that retries.
 */
export async function sdkRetriesOff(turn: TurnContext, next: () => Promise<void>): Promise<void> {
  removeSdkRetryPolicy(turn.turnState.get(turn.adapter.ConnectorClientKey));
  await next();
}

/** The policy's name in @azure/core-rest-pipeline. */
const SDK_RETRY_POLICY = 'defaultRetryPolicy';

interface WithPipeline {
  client?: { pipeline?: { removePolicy?: (which: { name: string }) => unknown } };
}

/** True when the policy was found and removed; the shape is checked, not assumed. */
export function removeSdkRetryPolicy(connectorClient: unknown): boolean {
  const pipeline = (connectorClient as WithPipeline | undefined)?.client?.pipeline;
  if (typeof pipeline?.removePolicy !== 'function') return false;
  const removed = pipeline.removePolicy({ name: SDK_RETRY_POLICY });
  return Array.isArray(removed) && removed.length > 0;
}
