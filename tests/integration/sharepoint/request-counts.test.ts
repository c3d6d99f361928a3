import { ManualClock } from '../../../src/adapters/clock/system-clock';
import type { RequestCounter } from '../../../src/adapters/graph';
import type { Store } from '../../../src/app/ports/store';
import { campaign, CLI, deliverySpec, newAnswer, nominee, T0 } from '../../contract/fixtures';
import { provisionedSite, type Site } from './site';

/**
 * What a campaign of 30 and one of 300 organisations cost in Graph requests. SharePoint throttles per
 * request, so a status that cost a request per organisation would be throttled exactly when a large
 * campaign's chair looks at it. Pages of 500 hold either campaign, so both must cost the same.
 */
const SMALL = 'liten-2025';
const LARGE = 'stor-2025';
const ids = (n: number) => Array.from({ length: n }, (_, i) => `org-${String(i).padStart(3, '0')}`);
const clock = new ManualClock(T0);

let site: Site;
let store: Store;
let counter: RequestCounter;

async function cost(call: () => Promise<unknown>, counted: RequestCounter = counter): Promise<number> {
  counted.reset();
  await call();
  return counted.total();
}

/** Every organisation but the last answers, and has its request delivery recorded. */
async function fill(campaignId: string, orgs: string[]): Promise<void> {
  await store.saveCampaign(campaign(campaignId, orgs), clock.now(), CLI);
  const answering = orgs.slice(0, -1);
  for (let i = 0; i < answering.length; i += 25) {
    await Promise.all(
      answering.slice(i, i + 25).map(async (orgId) => {
        await store.saveAnswer(
          newAnswer({ campaignId, orgId, nominees: [nominee('Anna Ek')], submittedAt: clock.now() }),
        );
        const spec = deliverySpec(orgId, { campaignId, key: `request:${campaignId}:${orgId}:email` });
        await store.claimDelivery(spec, clock.now(), 60_000);
      }),
    );
  }
}

beforeAll(async () => {
  site = await provisionedSite({ pageSize: 500 });
  ({ store, counter } = site.open());
  await fill(SMALL, ids(30));
  await fill(LARGE, ids(300));
}, 60_000);
afterAll(() => site.stop());

test('the status of a campaign costs the same requests for 30 and for 300 organisations', async () => {
  for (const [id, n] of [
    [SMALL, 29],
    [LARGE, 299],
  ] as const) {
    expect(await cost(async () => expect(await store.currentAnswers(id)).toHaveLength(n))).toBe(1);
    expect(await cost(async () => expect(await store.deliveries(id)).toHaveLength(n))).toBe(1);
    expect(await cost(() => store.getCampaign(id))).toBe(1);
  }
});

test('a process that has read nothing yet pays a fixed start: list ids, then the definition once', async () => {
  const costs: number[] = [];
  for (const id of [SMALL, LARGE]) {
    const fresh = site.open();
    // The site's lists (1), the Svar query (1), the campaign item (1) and its organisations (1 page).
    costs.push(await cost(() => fresh.store.currentAnswers(id), fresh.counter));
    expect(await cost(() => fresh.store.currentAnswers(id), fresh.counter)).toBe(1);
  }
  expect(costs).toEqual([4, 4]);
});

test('an answer costs a constant number of requests, whatever the size of the campaign', async () => {
  for (const [id, last] of [
    [SMALL, 'org-029'],
    [LARGE, 'org-299'],
  ] as const) {
    await store.getCampaign(id);
    const first = newAnswer({ campaignId: id, orgId: last, nominees: [nominee('Berit Gran')] });
    // Read Svar, create it, one $batch (row, history, audit entry), record the projection.
    expect(await cost(() => store.saveAnswer(first))).toBe(4);
    const second = newAnswer({
      campaignId: id,
      orgId: last,
      nominees: [nominee('Carl Tall'), nominee('Dora Lind', 'deputy')],
    });
    expect(await cost(() => store.saveAnswer(second))).toBe(4);
    expect(await cost(() => store.saveAnswer(second))).toBe(1);
    expect(await cost(() => store.saveAnswer({ ...second, idempotencyKey: 'again' }))).toBe(1);
    expect(await cost(() => store.currentAnswer(id, last))).toBe(1);
  }
});

test('the scheduler reads every campaign, its extensions and finished rounds in one request, however many', async () => {
  const extendAndRecord = async (id: string) => {
    await store.openCampaign(id, clock.now(), '2025-04-30', CLI);
    await store.extendDeadline(id, '2025-05-09', 'org-000', CLI, clock.now());
    await store.recordReminderSlot(id, '2025-04-30:before-7', 'done', clock.now());
  };
  await extendAndRecord(SMALL);
  await extendAndRecord(LARGE);
  expect(await cost(async () => expect(await store.listCampaigns()).toHaveLength(2))).toBe(1);

  const more = Array.from({ length: 12 }, (_, i) => `fler-${i}`);
  for (const id of more) {
    await store.saveCampaign(campaign(id, ids(3)), clock.now(), CLI);
    await extendAndRecord(id);
  }
  const listed = await store.listCampaigns();
  expect(listed.every((r) => r.reminderSlots?.['2025-04-30:before-7']?.state === 'done')).toBe(true);
  expect(listed.every((r) => r.orgDeadlines?.['org-000'] === '2025-05-09')).toBe(true);
  expect(await cost(() => store.listCampaigns())).toBe(1);

  // A new process (`reminders run`) pays the site's lists, then each definition once.
  const fresh = site.open();
  expect(await cost(() => fresh.store.listCampaigns(), fresh.counter)).toBe(2 + 14);
  expect(await cost(() => fresh.store.listCampaigns(), fresh.counter)).toBe(1);
});

test('an extension costs 3 requests, a reminder round 2 (1 when already recorded), whatever the size', async () => {
  for (const id of [SMALL, LARGE]) {
    await store.getCampaign(id);
    // Read the campaign item, PATCH it with If-Match, create the audit entry.
    expect(await cost(() => store.extendDeadline(id, '2025-05-12', undefined, CLI, clock.now()))).toBe(3);
    expect(await cost(() => store.extendDeadline(id, '2025-05-14', 'org-001', CLI, clock.now()))).toBe(3);
    expect(await cost(() => store.recordReminderSlot(id, '2025-05-14:before-2', 'done', clock.now()))).toBe(
      2,
    );
    expect(
      await cost(() => store.recordReminderSlot(id, '2025-05-14:before-2', 'skipped', clock.now())),
    ).toBe(1);
  }
});

test("a person's chat costs 2 requests to learn (find, then create or update) and 1 to look up", async () => {
  const chat = { aadObjectId: 'aad-chair', conversationId: 'a:1chat', serviceUrl: 'https://smba.example/' };
  expect(await cost(() => store.saveUserEndpoint({ ...chat, updatedAt: clock.now() }))).toBe(2);
  expect(await cost(() => store.saveUserEndpoint({ ...chat, updatedAt: clock.now() }))).toBe(2);
  expect(await cost(() => store.userEndpoint('aad-chair'))).toBe(1);
});
