import type { TeamsMessageRef } from '../ports/messaging';

/** A posted message's place as a delivery keeps it (`externalRef`), and back. */
export function refFields(ref: TeamsMessageRef): Record<string, string> {
  return {
    channelId: ref.channelId,
    conversationId: ref.conversationId,
    activityId: ref.activityId,
    serviceUrl: ref.serviceUrl,
    ...(ref.tenantId ? { tenantId: ref.tenantId } : {}),
  };
}

export function toRef(ref: Record<string, string> | undefined): TeamsMessageRef | undefined {
  if (!ref?.conversationId || !ref.activityId || !ref.serviceUrl || !ref.channelId) return undefined;
  return {
    channelId: ref.channelId,
    conversationId: ref.conversationId,
    activityId: ref.activityId,
    serviceUrl: ref.serviceUrl,
    ...(ref.tenantId ? { tenantId: ref.tenantId } : {}),
  };
}
