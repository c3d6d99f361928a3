import { randomUUID } from 'node:crypto';
import { buildRequestView } from '../../../src/app/views/request-view';
import { outlookCard } from '../../../src/adapters/mail/graph/actionable-card';
import { startBotHarness, type BotHarness } from './bot-harness';
import { CAMPAIGN_ID, NARHALSAN_TEAM, ON_TIME, OTHER_TENANT, TENANT } from './fixture';
import { installEverywhere, logText, postedMessage } from './steps';
import { ANNA, BOT, cardText, elements, fillAndPress, responseCard, type Card } from './teams-client';

/**
 * The request card in an e-mail, pressed in Outlook: the Azure Bot's Outlook channel delivers it as an
 * `adaptiveCard/action` invoke with channelId "outlook". No Teams channel to check against, so the signed
 * token and the tenant decide.
 */

const ORIGINATOR = '6b0f5a0e-3c1d-4e7a-9f00-5c0ffee0a11d';
const KARIN = { 'contact.1.name': 'Karin Kontakt', 'contact.1.email': 'karin.kontakt@vgregion.example' };

/** The card the organisation's request e-mail carries, as the Graph mailer embeds it. */
async function mailedCard(h: BotHarness, orgId: string): Promise<Card> {
  const record = (await h.store.getCampaign(CAMPAIGN_ID))!;
  const answer = await h.store.currentAnswer(CAMPAIGN_ID, orgId);
  const view = buildRequestView(record, orgId, answer, h.clock.now(), h.ctx.links);
  return outlookCard(view, ORIGINATOR, randomUUID()) as Card;
}

/** An Action.Execute from Outlook; where the tenant is said varies, so each test states it. */
function outlookInvoke(
  serviceUrl: string,
  press: { verb: string; data: Record<string, unknown> },
  tenant: { channelData?: string; conversation?: string },
) {
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    type: 'invoke',
    name: 'adaptiveCard/action',
    channelId: 'outlook',
    serviceUrl,
    from: { id: ANNA.aadObjectId, name: ANNA.name, aadObjectId: ANNA.aadObjectId },
    recipient: BOT,
    conversation: {
      id: `outlook:${randomUUID()}`,
      ...(tenant.conversation ? { tenantId: tenant.conversation } : {}),
    },
    channelData: tenant.channelData ? { tenant: { id: tenant.channelData } } : {},
    locale: 'sv-SE',
    value: { action: { type: 'Action.Execute', verb: press.verb, data: press.data }, trigger: 'manual' },
  };
}

describe('answering on the card in Outlook', () => {
  let h: BotHarness;
  afterEach(async () => {
    await h.close();
  });

  describe('with the bot’s tenant configured', () => {
    beforeEach(async () => {
      h = await startBotHarness('accept', { MicrosoftAppTenantId: TENANT });
      h.clock.set(ON_TIME);
    });

    it('stores the answer as given in Outlook, by the Outlook user', async () => {
      const press = fillAndPress(await mailedCard(h, 'skaraborg'), 'submitAnswer', KARIN);
      const res = await h.post(outlookInvoke(h.connector.url, press, { channelData: TENANT }));

      expect(res.status).toBe(200);
      expect(cardText(responseCard(res.body))).toContain('Karin Kontakt');
      expect(await h.store.currentAnswer(CAMPAIGN_ID, 'skaraborg')).toMatchObject({
        channel: 'outlook',
        submittedBy: { kind: 'teams-user', name: 'Anna Andersson', id: ANNA.aadObjectId },
        nominees: [{ roleId: 'contact', name: 'Karin Kontakt', email: 'karin.kontakt@vgregion.example' }],
      });
      expect(logText(h)).not.toContain('Anna');
      expect(logText(h)).not.toContain('karin.kontakt');
    });

    it('takes the tenant from the conversation when channelData has none', async () => {
      const press = fillAndPress(await mailedCard(h, 'skaraborg'), 'submitAnswer', KARIN);
      const res = await h.post(outlookInvoke(h.connector.url, press, { conversation: TENANT.toUpperCase() }));
      expect(cardText(responseCard(res.body))).toContain('Karin Kontakt');
      expect(await h.store.currentAnswer(CAMPAIGN_ID, 'skaraborg')).toMatchObject({ channel: 'outlook' });
    });

    it.each([
      ['another tenant', { channelData: OTHER_TENANT }],
      ['no tenant at all', {}],
    ])('refuses an Outlook action from %s', async (_, tenant) => {
      const press = fillAndPress(await mailedCard(h, 'skaraborg'), 'submitAnswer', KARIN);
      const res = await h.post(outlookInvoke(h.connector.url, press, tenant));

      expect(res.status).toBe(200);
      const card = responseCard(res.body);
      expect(cardText(card)).toContain('kan bara besvaras inom organisationen som skickade förfrågan');
      expect(elements(card, 'Action.Execute')).toHaveLength(0);
      expect(await h.store.currentAnswers(CAMPAIGN_ID)).toEqual([]);
      expect(logText(h)).toContain('Outlook activity from another tenant');
    });

    it('still refuses a forged token from Outlook', async () => {
      const press = fillAndPress(await mailedCard(h, 'skaraborg'), 'submitAnswer', KARIN);
      const [version, body, mac] = String(press.data.token).split('.');
      const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'));
      const forged = Buffer.from(JSON.stringify({ ...claims, o: 'narhalsan' })).toString('base64url');
      press.data.token = `${version}.${forged}.${mac}`;

      const res = await h.post(outlookInvoke(h.connector.url, press, { channelData: TENANT }));
      expect(cardText(responseCard(res.body))).toContain('Kortet kan inte användas');
      expect(await h.store.currentAnswers(CAMPAIGN_ID)).toEqual([]);
    });

    it('keeps refusing the card in channels that are neither Teams nor Outlook', async () => {
      const press = fillAndPress(await mailedCard(h, 'skaraborg'), 'submitAnswer', KARIN);
      const res = await h.post({
        ...outlookInvoke(h.connector.url, press, { channelData: TENANT }),
        channelId: 'webchat',
      });
      expect(cardText(responseCard(res.body))).toContain('kan bara besvaras i Teams-kanalen');
      expect(await h.store.currentAnswers(CAMPAIGN_ID)).toEqual([]);
    });

    it('updates the Teams card of an administration that answered in Outlook', async () => {
      await installEverywhere(h);
      const press = fillAndPress(await mailedCard(h, 'narhalsan'), 'submitAnswer', KARIN);
      await h.post(outlookInvoke(h.connector.url, press, { channelData: TENANT }));

      const updates = h.connector.callsOf('update');
      expect(updates).toHaveLength(1);
      expect(updates[0]).toMatchObject({ conversationId: postedMessage(h, NARHALSAN_TEAM).id });
      expect(await h.store.currentAnswer(CAMPAIGN_ID, 'narhalsan')).toMatchObject({ channel: 'outlook' });
    });
  });

  it('accepts Outlook actions in local mode without a tenant, with a warning in the log', async () => {
    h = await startBotHarness();
    h.clock.set(ON_TIME);
    const press = fillAndPress(await mailedCard(h, 'skaraborg'), 'submitAnswer', KARIN);
    const res = await h.post(outlookInvoke(h.connector.url, press, { channelData: OTHER_TENANT }));

    expect(cardText(responseCard(res.body))).toContain('Karin Kontakt');
    expect(await h.store.currentAnswer(CAMPAIGN_ID, 'skaraborg')).toMatchObject({ channel: 'outlook' });
    expect(logText(h)).toContain('Outlook card action accepted without a tenant check');
  });
});
