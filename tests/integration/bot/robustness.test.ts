import { requestKey, sendCampaign } from '../../../src/app/use-cases/send-campaign';
import { createTeamsConnection } from '../../../src/adapters/teams/teams-connection';
import { createHttpServer, listen } from '../../../src/adapters/web/http-server';
import { startBotHarness, type BotHarness } from './bot-harness';
import { CAMPAIGN_ID, NARHALSAN_TEAM, ON_TIME, TENANT } from './fixture';
import { installEverywhere, logText } from './steps';
import { ANNA, cardAction, fillAndPress, installationUpdate, NARHALSAN_GENERAL } from './teams-client';

describe('when things go wrong', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await startBotHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('answers a body that is not an activity with a plain 400', async () => {
    const res = await h.post({ hello: 'world', from: { name: 'Anna Andersson' } });
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/at \w+ \(|zod|ActivityT|req\.body/);
  });

  it('answers a failing card action with a generic Swedish error and logs ids only', async () => {
    const { narhalsan } = await installEverywhere(h);
    h.clock.set(ON_TIME);
    const press = fillAndPress(narhalsan, 'submitAnswer', {
      'contact.1.name': 'Karin Kontakt',
      'contact.1.email': 'karin.kontakt@vgregion.example',
    });
    await h.store.close(); // the database goes away under the running service

    const res = await h.post(cardAction(h.connector.url, NARHALSAN_GENERAL, ANNA, press));
    expect(res.status).toBe(500);
    expect(res.body).toEqual({
      statusCode: 500,
      type: 'application/vnd.microsoft.error',
      value: {
        code: 'InternalError',
        message: 'Något gick fel hos contact-intake. Försök igen om en stund.',
      },
    });
    expect(logText(h)).toContain('bot turn failed');
    expect(logText(h)).not.toContain('Karin');
    expect(logText(h)).not.toContain('Anna Andersson');
  });

  it('retries a throttled post after the time Teams asks for', async () => {
    h.connector.failNext({ kind: 'create', status: 429, headers: { 'Retry-After': '2' } });
    await h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL));
    expect(h.connector.callsOf('create').map((c) => c.status)).toEqual([429, 201]);
    expect(h.waits).toEqual([2000]);
    const delivery = await h.store.getDelivery(requestKey(CAMPAIGN_ID, 'narhalsan', 'teams'));
    expect(delivery?.state).toBe('sent');
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    h.connector.failNext({ kind: 'create', status: 503, headers: { 'Retry-After': inTwoSeconds } });
    await h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL));
    expect(h.connector.callsOf('create').map((c) => c.status)).toEqual([503, 201]);
    expect(h.waits).toHaveLength(1);
    expect(h.waits[0]).toBeGreaterThan(0);
    expect(h.waits[0]).toBeLessThanOrEqual(2000);
  });

  it('gives up on a long Retry-After, records the failure, and a later send posts the card', async () => {
    h.connector.failNext({ kind: 'create', status: 429, headers: { 'Retry-After': '3600' } });
    await h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL));
    expect(h.waits).toEqual([]);
    const failed = await h.store.getDelivery(requestKey(CAMPAIGN_ID, 'narhalsan', 'teams'));
    expect(failed?.state).toBe('failed');

    await sendCampaign(h.ctx, CAMPAIGN_ID, { kind: 'cli', id: 'test' });
    const sent = await h.store.getDelivery(requestKey(CAMPAIGN_ID, 'narhalsan', 'teams'));
    expect(sent?.state).toBe('sent');
    expect(h.connector.callsOf('create').filter((c) => c.status === 201)).toHaveLength(1);
  });

  it('does not retry what a retry cannot fix', async () => {
    h.connector.failNext({ kind: 'create', status: 403 });
    await h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL));
    expect(h.connector.callsOf('create')).toHaveLength(1);
    expect((await h.store.getDelivery(requestKey(CAMPAIGN_ID, 'narhalsan', 'teams')))?.state).toBe('failed');
    // The endpoint is still known: the next send reaches the channel.
    expect(await h.store.channelEndpoint(NARHALSAN_TEAM)).toBeDefined();
  });

  it('does not post a card twice after a gateway timeout that may have posted it', async () => {
    h.connector.failNext({ kind: 'create', status: 504 });
    await h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL));
    expect(h.connector.callsOf('create')).toHaveLength(1);
    expect((await h.store.getDelivery(requestKey(CAMPAIGN_ID, 'narhalsan', 'teams')))?.state).toBe('failed');
  });

  it('retries an update that met a gateway error with backoff', async () => {
    const { narhalsan } = await installEverywhere(h);
    h.clock.set(ON_TIME);
    h.connector.failNext({ kind: 'update', status: 503 });
    await h.post(
      cardAction(
        h.connector.url,
        NARHALSAN_GENERAL,
        ANNA,
        fillAndPress(narhalsan, 'submitAnswer', {
          'contact.1.name': 'Karin Kontakt',
          'contact.1.email': 'karin.kontakt@vgregion.example',
        }),
      ),
    );
    expect(h.connector.callsOf('update').map((c) => c.status)).toEqual([503, 200]);
    // Full jitter with random() pinned at 0.5: half of the first 500 ms step.
    expect(h.waits).toEqual([250]);
  });

  it('refuses activities without a Bot Framework token once an app id is configured', async () => {
    const production = createTeamsConnection({
      bot: {
        appId: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924',
        appPassword: 'not-a-real-secret',
        appType: 'SingleTenant',
        tenantId: TENANT,
      },
      store: h.store,
      logger: h.ctx.logger,
    });
    const server = createHttpServer({
      ctx: h.ctx,
      messages: production.handler(h.ctx),
      host: '127.0.0.1',
      port: 0,
      logger: h.ctx.logger,
    });
    const running = await listen(server, '127.0.0.1', 0);
    // botbuilder prints refused requests to the console itself; keep the test output clean.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await fetch(`http://127.0.0.1:${running.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(installationUpdate(h.connector.url, NARHALSAN_GENERAL)),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ code: 'Unauthorized', message: 'Unauthorized.' });
      expect(await h.store.channelEndpoint(NARHALSAN_TEAM)).toBeUndefined();
      expect(h.connector.calls).toHaveLength(0);
    } finally {
      consoleError.mockRestore();
      await running.close();
    }
  });
});
