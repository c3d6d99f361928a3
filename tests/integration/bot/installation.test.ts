import { requestKey } from '../../../src/app/use-cases/send-campaign';
import { startBotHarness, type BotHarness } from './bot-harness';
import { CAMPAIGN_ID, NARHALSAN_TEAM, SU_CHANNEL, SU_TEAM, TENANT } from './fixture';
import {
  attachmentCard,
  botAddedToTeam,
  cardText,
  channelRenamed,
  elements,
  installationUpdate,
  NARHALSAN_GENERAL,
} from './teams-client';

describe('installing the app in a team', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await startBotHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('waits for the installation before posting a request to the channel', async () => {
    const delivery = await h.store.getDelivery(requestKey(CAMPAIGN_ID, 'narhalsan', 'teams'));
    expect(delivery?.state).toBe('waiting');
    expect(h.connector.callsOf('create')).toHaveLength(0);
  });

  it('remembers the channel, greets the team and posts the request that waited', async () => {
    const res = await h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL));
    expect(res.status).toBe(200);

    const endpoint = await h.store.channelEndpoint(NARHALSAN_TEAM);
    expect(endpoint).toMatchObject({ channelId: NARHALSAN_TEAM, teamId: NARHALSAN_TEAM, tenantId: TENANT });
    expect(endpoint?.serviceUrl).toBe(h.connector.url);

    const greetings = h.connector.callsOf('send');
    expect(greetings).toHaveLength(1);
    expect(String(greetings[0]!.body?.text)).toContain('contact-intake är installerad');

    const created = h.connector.callsOf('create');
    expect(created).toHaveLength(1);
    expect(created[0]!.body).toMatchObject({
      isGroup: true,
      channelData: { channel: { id: NARHALSAN_TEAM } },
    });
    const card = attachmentCard(created[0]!.body?.activity as Record<string, unknown>);
    expect(cardText(card)).toContain('Svara senast onsdag 30 april 2025');
    expect(elements(card, 'Action.Execute').map((a) => a.verb)).toEqual(['submitAnswer']);

    // The message can be updated later: the delivery keeps the thread and message ids Teams returned.
    const thread = created[0]!.response as { id: string; activityId: string };
    const delivery = await h.store.getDelivery(requestKey(CAMPAIGN_ID, 'narhalsan', 'teams'));
    expect(delivery?.state).toBe('sent');
    expect(delivery?.externalRef).toMatchObject({
      channelId: NARHALSAN_TEAM,
      conversationId: thread.id,
      activityId: thread.activityId,
      serviceUrl: h.connector.url,
    });
  });

  it('does not greet or post again when Teams repeats the news', async () => {
    await h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL));
    await h.post(botAddedToTeam(h.connector.url, NARHALSAN_GENERAL));
    await h.post(channelRenamed(h.connector.url, NARHALSAN_GENERAL));
    expect(h.connector.callsOf('send')).toHaveLength(1);
    expect(h.connector.callsOf('create')).toHaveLength(1);
  });

  it('greets once when Teams sends both installation activities at the same moment', async () => {
    await Promise.all([
      h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL)),
      h.post(botAddedToTeam(h.connector.url, NARHALSAN_GENERAL)),
    ]);
    expect(h.connector.callsOf('send')).toHaveLength(1);
    expect(h.connector.callsOf('create')).toHaveLength(1);
  });

  it('learns every channel of the team from the channel list, and posts in the registered one', async () => {
    h.connector.teamChannels.set(SU_TEAM, [
      { id: SU_TEAM, name: 'General' },
      { id: SU_CHANNEL, name: 'Kontaktpersoner' },
    ]);
    // Installed from the General channel; the organisation answers in another channel of the team.
    await h.post(installationUpdate(h.connector.url, { teamId: SU_TEAM, channelId: SU_TEAM }));
    expect(await h.store.channelEndpoint(SU_CHANNEL)).toMatchObject({ teamId: SU_TEAM });
    const created = h.connector.callsOf('create');
    expect(created).toHaveLength(1);
    expect(created[0]!.body).toMatchObject({ channelData: { channel: { id: SU_CHANNEL } } });
    const delivery = await h.store.getDelivery(requestKey(CAMPAIGN_ID, 'sahlgrenska', 'teams'));
    expect(delivery?.state).toBe('sent');
  });

  it('is told of a new channel by a later conversation update when the list is not available', async () => {
    await h.post(installationUpdate(h.connector.url, { teamId: SU_TEAM, channelId: SU_TEAM }));
    expect(await h.store.channelEndpoint(SU_CHANNEL)).toBeUndefined();
    expect(h.connector.callsOf('create')).toHaveLength(0);

    await h.post(channelRenamed(h.connector.url, { teamId: SU_TEAM, channelId: SU_CHANNEL }));
    expect(await h.store.channelEndpoint(SU_CHANNEL)).toBeDefined();
    expect(h.connector.callsOf('create')).toHaveLength(1);
  });

  it('leaves the request waiting when the app is removed again', async () => {
    await h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL, 'remove'));
    expect(await h.store.channelEndpoint(NARHALSAN_TEAM)).toBeUndefined();
    expect(h.connector.calls).toHaveLength(0);
  });
});
