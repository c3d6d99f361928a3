import type { Store } from '../../../src/app/ports/store';
import { at, campaign, CLI } from '../../contract/fixtures';
import { itemsOf, provisionedSite, type Site } from './site';

/**
 * Extensions and reminder rounds when Graph loses an answer after applying the write. The client repeats
 * the PATCH (safe to repeat), whose If-Match then fails with 412 against our own change: the store must
 * read again and find it done, not fail, not write twice, and not audit twice.
 */
const C = 'projektarbete-2025';
let site: Site;
let store: Store;
beforeEach(async () => {
  site = await provisionedSite();
  store = site.open().store;
  await store.saveCampaign(campaign(C), at(0), CLI);
  await store.openCampaign(C, at(1), '2025-04-30', CLI);
  opened = site.fake.requests.length;
});
afterEach(() => site.stop());

const extensionEntries = () =>
  itemsOf(site.fake, 'Händelselogg').filter((i) => i.fields.Title === 'campaign.extended');
/** Item PATCHes since the campaign was opened (that one included nothing of what the test does). */
let opened = 0;
const patchesOfCampaign = () =>
  site.fake.requests
    .slice(opened)
    .filter((r) => r.method === 'PATCH' && /\/items\/\d+\/fields$/.test(r.path));

test('an extension whose PATCH answer was lost is applied once and audited once', async () => {
  site.fake.faults.set([{ kind: 'drop-after', rate: 1, method: 'PATCH', times: 1 }]);
  const extended = await store.extendDeadline(C, '2025-05-09', 'skaraborg', CLI, at(10));

  expect(extended.orgDeadlines).toEqual({ skaraborg: '2025-05-09' });
  // The lost answer, the repeat refused by If-Match, and nothing more: the re-read found it done.
  expect(patchesOfCampaign().map((r) => r.fault ?? r.status)).toEqual(['drop-after', 412]);
  expect(extensionEntries()).toHaveLength(1);
  expect((await store.auditTrail(C)).filter((e) => e.action === 'campaign.extended')).toHaveLength(1);
});

test('an audit entry whose create answer was lost is looked up, not written twice', async () => {
  site.fake.faults.set([{ kind: 'drop-after', rate: 1, method: 'POST', times: 1 }]);
  await store.extendDeadline(C, '2025-05-09', undefined, CLI, at(10));

  expect(extensionEntries()).toHaveLength(1);
  expect((await store.getCampaign(C))?.deadlineDate).toBe('2025-05-09');
});

test('a reminder round whose PATCH answer was lost is recorded once, with its first state', async () => {
  site.fake.faults.set([{ kind: 'drop-after', rate: 1, method: 'PATCH', times: 1 }]);
  await store.recordReminderSlot(C, '2025-04-30:before-7', 'done', at(10));
  site.fake.faults.clear();
  await store.recordReminderSlot(C, '2025-04-30:before-7', 'skipped', at(11));

  expect((await store.getCampaign(C))?.reminderSlots).toEqual({
    '2025-04-30:before-7': { state: 'done', at: at(10) },
  });
  expect(patchesOfCampaign().map((r) => r.fault ?? r.status)).toEqual(['drop-after', 412]);
});

/** What the CLI's operator or the next scheduler tick does when Graph's failures outlast the client's retries. */
async function again<T>(call: () => Promise<T>, tries = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (attempt >= tries) throw err;
    }
  }
}

test('throttling and gateway timeouts on every other request lose no extension and no round', async () => {
  site.fake.faults.set([
    { kind: '429', rate: 0.25, retryAfterSeconds: 1 },
    { kind: '504', rate: 0.15, method: 'PATCH' },
    { kind: 'drop-after', rate: 0.15, method: 'PATCH' },
  ]);
  const orgs = ['narhalsan', 'sahlgrenska', 'skaraborg'];
  const other = site.open().store;
  await Promise.all([
    ...orgs.map((orgId, i) =>
      again(() => (i % 2 ? other : store).extendDeadline(C, `2025-05-1${i}`, orgId, CLI, at(20 + i))),
    ),
    ...Array.from({ length: 6 }, (_, i) =>
      again(() => (i % 2 ? store : other).recordReminderSlot(C, `slot-${i}`, 'done', at(30 + i))),
    ),
  ]);
  site.fake.faults.clear();

  expect(site.fake.requests.some((r) => r.fault !== undefined)).toBe(true);
  const record = await store.getCampaign(C);
  expect(record?.orgDeadlines).toEqual({
    narhalsan: '2025-05-10',
    sahlgrenska: '2025-05-11',
    skaraborg: '2025-05-12',
  });
  expect(Object.keys(record?.reminderSlots ?? {}).sort()).toEqual(
    Array.from({ length: 6 }, (_, i) => `slot-${i}`),
  );
  expect(extensionEntries()).toHaveLength(3);
});
