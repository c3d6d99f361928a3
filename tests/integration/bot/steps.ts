import type { BotHarness } from './bot-harness';
import { NARHALSAN_TEAM, SU_CHANNEL, SU_TEAM } from './fixture';
import { attachmentCard, installationUpdate, NARHALSAN_GENERAL, type Card, type Where } from './teams-client';

export const SU_KONTAKT: Where = { teamId: SU_TEAM, channelId: SU_CHANNEL };

/** Installs the app in both organisations' teams and returns the request card each channel got. */
export async function installEverywhere(h: BotHarness): Promise<{ narhalsan: Card; sahlgrenska: Card }> {
  h.connector.teamChannels.set(SU_TEAM, [{ id: SU_TEAM }, { id: SU_CHANNEL, name: 'Kontaktpersoner' }]);
  await h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL));
  await h.post(installationUpdate(h.connector.url, { teamId: SU_TEAM, channelId: SU_TEAM }));
  return { narhalsan: postedCard(h, NARHALSAN_TEAM), sahlgrenska: postedCard(h, SU_CHANNEL) };
}

export function postedCard(h: BotHarness, channelId: string): Card {
  const call = h.connector
    .callsOf('create')
    .find((c) => (c.body?.channelData as { channel?: { id?: string } })?.channel?.id === channelId);
  if (!call) throw new Error(`nothing was posted in ${channelId}`);
  return attachmentCard(call.body?.activity as Record<string, unknown>);
}

/** The thread and message id of the card posted in a channel, as the connector returned them. */
export function postedMessage(h: BotHarness, channelId: string): { id: string; activityId: string } {
  const call = h.connector
    .callsOf('create')
    .find((c) => (c.body?.channelData as { channel?: { id?: string } })?.channel?.id === channelId);
  return call!.response as { id: string; activityId: string };
}

/** Every line the service logged, joined: for checks that no name or address reached the log. */
export function logText(h: BotHarness): string {
  return h.logs.join('');
}
