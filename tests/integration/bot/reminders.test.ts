import { extendCampaign } from '../../../src/app/use-cases/extend-campaign';
import { runReminders } from '../../../src/app/use-cases/reminders';
import { startBotHarness, type BotHarness } from './bot-harness';
import { CAMPAIGN_ID, EMAIL_OWNER, NARHALSAN_TEAM, ON_TIME, OWNER, SU_CHANNEL } from './fixture';
import { installEverywhere, logText, postedMessage, SU_KONTAKT } from './steps';
import {
  ANNA,
  attachmentCard,
  cardAction,
  cardText,
  channelMention,
  executeAction,
  fillAndPress,
  installationUpdate,
  NARHALSAN_GENERAL,
  personalMessage,
  responseCard,
  type Card,
  type TeamsUser,
} from './teams-client';

/**
 * Reminders and summaries in Teams, through the real CloudAdapter against a fake Bot Connector: the
 * reminder is a reply in the request's thread, the summary a message in the owner's personal chat.
 */

const WEEK_BEFORE = new Date('2025-04-23T07:00:00Z');
const TWO_DAYS_BEFORE = new Date('2025-04-28T07:00:00Z');
/** The morning after the deadline's next working day (1 May is a holiday): the overdue notice and the summary. */
const FRIDAY_AFTER = new Date('2025-05-02T07:00:00Z');

const SVEN: TeamsUser = { id: '29:sven', name: OWNER.name, aadObjectId: OWNER.aadObjectId };
const MARIA: TeamsUser = {
  id: '29:maria',
  name: EMAIL_OWNER.name,
  aadObjectId: 'bbbbbbbb-0000-4000-8000-000000000002',
};

let h: BotHarness;
let request: { narhalsan: Card; sahlgrenska: Card };
/** Närhälsan's request thread, as the connector named it when the card was posted. */
let thread: string;

afterEach(async () => {
  await h.close();
});

async function startRound(): Promise<void> {
  h = await startBotHarness();
  request = await installEverywhere(h);
  thread = postedMessage(h, NARHALSAN_TEAM).id;
  // Sahlgrenska answers in its channel before the first reminder.
  h.clock.set(ON_TIME);
  await h.post(
    cardAction(
      h.connector.url,
      SU_KONTAKT,
      ANNA,
      fillAndPress(request.sahlgrenska, 'submitAnswer', {
        'contact.1.name': 'Karin Kontakt',
        'contact.1.email': 'karin.kontakt@vgregion.example',
      }),
    ),
  );
  h.connector.calls.length = 0;
}

async function tick(at: Date) {
  h.clock.set(at);
  return runReminders(h.ctx, at);
}

/** The messages the bot sent into existing conversations, as `conversation id → card`. */
function sent(): { conversationId: string; card: Card }[] {
  return h.connector
    .callsOf('send')
    .map((c) => ({ conversationId: c.conversationId!, card: attachmentCard(c.body) }));
}

describe('reminders in Teams', () => {
  beforeEach(startRound);

  it('replies in the request thread of an organisation that has not answered, and in none of one that has', async () => {
    const report = await tick(WEEK_BEFORE);

    const [reply, ...more] = sent();
    expect(more).toEqual([]);
    expect(reply!.conversationId).toBe(thread);
    expect(h.connector.callsOf('create')).toEqual([]);
    expect(sent().some((s) => s.conversationId.startsWith(SU_CHANNEL))).toBe(false);

    const text = cardText(reply!.card);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Påminnelse',
      '7 dagar kvar – svara senast onsdag 30 april 2025',
    ]);
    expect(text).toContain('Svara senast onsdag 30 april 2025');
    // The same way to answer: the request's signed token.
    expect(executeAction(reply!.card, 'submitAnswer').data.token).toBe(
      executeAction(request.narhalsan, 'submitAnswer').data.token,
    );
    const lines = report.campaigns[0]!.rounds[0]!.lines.map((l) => `${l.orgId} ${l.channel} ${l.result}`);
    expect(lines).toEqual(['narhalsan email sent', 'narhalsan teams sent', 'skaraborg email sent']);
    const delivery = await h.store.getDelivery(`reminder:${CAMPAIGN_ID}:narhalsan:2025-04-30:before-7:teams`);
    expect(delivery).toMatchObject({ state: 'sent', externalRef: { conversationId: thread } });
  });

  it('takes an answer given on the reminder card, and reminds that organisation no more', async () => {
    await tick(WEEK_BEFORE);
    const [reminder] = sent();
    const res = await h.post(
      cardAction(
        h.connector.url,
        NARHALSAN_GENERAL,
        ANNA,
        fillAndPress(reminder!.card, 'submitAnswer', {
          'contact.1.name': 'Nils Nilsson',
          'contact.1.email': 'nils.nilsson@vgregion.example',
        }),
      ),
    );
    expect(cardText(responseCard(res.body))).toContain('Svar registrerat');
    h.connector.calls.length = 0;

    const report = await tick(TWO_DAYS_BEFORE);
    expect(sent()).toEqual([]);
    expect(report.campaigns[0]!.rounds[0]!.lines.map((l) => l.orgId)).toEqual(['skaraborg']);
  });

  it('redraws the request card with the new date when the organisation is given more time, and reminds from it', async () => {
    await extendCampaign(h.ctx, CAMPAIGN_ID, '2025-05-09', 'narhalsan', { kind: 'cli', id: 'test' });

    const [update, ...more] = h.connector.callsOf('update');
    expect(more).toEqual([]);
    expect(update!.conversationId).toBe(thread);
    expect(cardText(attachmentCard(update!.body))).toContain('Svara senast fredag 9 maj 2025');

    h.connector.calls.length = 0;
    await tick(WEEK_BEFORE);
    expect(sent()).toEqual([]);
    await tick(FRIDAY_AFTER);
    expect(cardText(sent()[0]!.card)).toContain('7 dagar kvar – svara senast fredag 9 maj 2025');
  });
});

describe('the end-of-round summary in Teams', () => {
  beforeEach(startRound);

  it('goes to each owner who has written to the bot, in their personal chat, once', async () => {
    await h.post(personalMessage(h.connector.url, SVEN, 'hjälp'));
    h.connector.members.set(MARIA.id, {
      ...MARIA,
      email: EMAIL_OWNER.email,
      userPrincipalName: EMAIL_OWNER.email,
    });
    await h.post(personalMessage(h.connector.url, MARIA, 'status'));
    h.connector.calls.length = 0;

    await tick(FRIDAY_AFTER);
    const summaries = sent().filter((s) => s.conversationId.startsWith('a:personal-'));
    expect(summaries.map((s) => s.conversationId).sort()).toEqual([
      `a:personal-${MARIA.id}`,
      `a:personal-${SVEN.id}`,
    ]);
    const text = cardText(summaries[0]!.card);
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Svarstiden har gått ut',
      'Kontaktperson för projektarbete',
      'Svarstiden gick ut onsdag 30 april 2025.',
      '1 av 3 har svarat',
      'Sena svar tas fortfarande emot och markeras som sena.',
    ]);
    expect(text).toContain(
      'Har svarat (1)\nSahlgrenska Universitetssjukhuset\nKontaktperson: Karin Kontakt, karin.kontakt@vgregion.example',
    );
    expect(text).toContain('Har inte svarat (2)\nNärhälsan');

    h.connector.calls.length = 0;
    await tick(new Date('2025-05-05T07:00:00Z'));
    expect(sent()).toEqual([]);
    const summaryDeliveries = (await h.store.deliveries(CAMPAIGN_ID)).filter((d) => d.kind === 'summary');
    expect(summaryDeliveries.map((d) => `${d.channel} ${d.state}`).sort()).toEqual([
      'email sent',
      'email sent',
      'teams sent',
      'teams sent',
    ]);
    expect(logText(h)).not.toMatch(/vgregion\.example|Karin|Maria/);
  });

  it('goes by e-mail only to an owner who has never written to the bot', async () => {
    await tick(FRIDAY_AFTER);
    expect(sent().filter((s) => s.conversationId.startsWith('a:personal-'))).toEqual([]);
    const report = await tick(FRIDAY_AFTER);
    expect(report.campaigns).toEqual([]);
  });

  it('remembers a personal chat whoever writes, but nothing from a channel', async () => {
    const berit: TeamsUser = {
      id: '29:berit',
      name: 'Berit Berg',
      aadObjectId: 'cccccccc-0000-4000-8000-000000000003',
    };
    await h.post(channelMention(h.connector.url, NARHALSAN_GENERAL, berit, 'hjälp'));
    await h.post(personalMessage(h.connector.url, ANNA, 'hjälp'));

    expect(await h.store.userEndpoint(berit.aadObjectId!)).toBeUndefined();
    expect(await h.store.userEndpoint(ANNA.aadObjectId!)).toMatchObject({
      conversationId: `a:personal-${ANNA.id}`,
      serviceUrl: h.connector.url,
    });
  });
});

describe('a reminder for a request whose message is not known', () => {
  it('starts a new thread in the channel', async () => {
    h = await startBotHarness();
    // The Teams request waits for the app; as an older version did, it is recorded sent without a message id.
    const key = `request:${CAMPAIGN_ID}:narhalsan:teams`;
    const { acquired } = await h.store.claimDelivery(
      {
        key,
        campaignId: CAMPAIGN_ID,
        orgId: 'narhalsan',
        kind: 'request',
        channel: 'teams',
        target: NARHALSAN_TEAM,
      },
      ON_TIME,
      60_000,
    );
    expect(acquired).toBe(true);
    await h.store.finishDelivery(key, { state: 'sent', externalRef: { channelId: NARHALSAN_TEAM } }, ON_TIME);
    await h.post(installationUpdate(h.connector.url, NARHALSAN_GENERAL));
    expect(h.connector.callsOf('create')).toEqual([]);
    h.connector.calls.length = 0;

    await tick(WEEK_BEFORE);
    expect(sent()).toEqual([]);
    const [created, ...more] = h.connector.callsOf('create');
    expect(more).toEqual([]);
    expect((created!.body!.channelData as { channel: { id: string } }).channel.id).toBe(NARHALSAN_TEAM);
    expect(cardText(attachmentCard(created!.body!.activity as Record<string, unknown>))).toContain(
      'Påminnelse',
    );
    const reminder = await h.store.getDelivery(`reminder:${CAMPAIGN_ID}:narhalsan:2025-04-30:before-7:teams`);
    expect(reminder?.externalRef?.conversationId).toBe((created!.response as { id: string }).id);
  });
});
