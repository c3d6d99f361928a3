import { at, campaign, CLI } from './fixtures';
import type { Opened } from './store-contract';

const C = 'projektarbete-2025';
const WEEK_BEFORE = '2025-04-30:before-7';
const TWO_DAYS_BEFORE = '2025-04-30:before-2';

/** An instant with milliseconds: a slot's time must come back exactly, not rounded to the second. */
const exact = (minutes: number) => new Date(at(minutes).getTime() + 123);

export function reminderSlotContract(opened: Opened): void {
  const store = () => opened().store;

  beforeEach(async () => {
    await store().saveCampaign(campaign(C), at(0), CLI);
    await store().saveCampaign(campaign('samordningsrad-2025'), at(0), CLI);
    await store().openCampaign(C, at(1), '2025-04-30', CLI);
  });

  it('shows a finished reminder round with its campaign, in getCampaign and listCampaigns', async () => {
    await store().recordReminderSlot(C, WEEK_BEFORE, 'done', exact(10));
    await store().recordReminderSlot(C, TWO_DAYS_BEFORE, 'skipped', exact(20));

    const slots = {
      [WEEK_BEFORE]: { state: 'done', at: exact(10) },
      [TWO_DAYS_BEFORE]: { state: 'skipped', at: exact(20) },
    };
    expect((await store().getCampaign(C))?.reminderSlots).toEqual(slots);
    const listed = await store().listCampaigns();
    expect(listed.map((r) => [r.campaign.id, r.reminderSlots])).toEqual([
      [C, slots],
      ['samordningsrad-2025', {}],
    ]);
  });

  it('keeps the first state recorded for a slot: a later call, with any state, changes nothing', async () => {
    await store().recordReminderSlot(C, WEEK_BEFORE, 'done', exact(10));
    await store().recordReminderSlot(C, WEEK_BEFORE, 'skipped', exact(11));
    await store().recordReminderSlot(C, WEEK_BEFORE, 'done', exact(12));

    expect((await store().getCampaign(C))?.reminderSlots).toEqual({
      [WEEK_BEFORE]: { state: 'done', at: exact(10) },
    });
  });

  it('gives two schedulers finishing the same slot at once one state, the same for both', async () => {
    const other = await opened().another();
    await Promise.all([
      store().recordReminderSlot(C, WEEK_BEFORE, 'done', exact(10)),
      other.recordReminderSlot(C, WEEK_BEFORE, 'skipped', exact(11)),
    ]);

    const seen = (await store().getCampaign(C))?.reminderSlots;
    expect([
      { [WEEK_BEFORE]: { state: 'done', at: exact(10) } },
      { [WEEK_BEFORE]: { state: 'skipped', at: exact(11) } },
    ]).toContainEqual(seen);
    expect((await other.getCampaign(C))?.reminderSlots).toEqual(seen);
  });

  it('loses no slot and no extension when two processes write the same campaign at once', async () => {
    const other = await opened().another();
    const keys = Array.from({ length: 6 }, (_, i) => `2025-04-30:slot-${i}`);
    await Promise.all([
      ...keys.map((key, i) => (i % 2 ? other : store()).recordReminderSlot(C, key, 'done', exact(i))),
      other.extendDeadline(C, '2025-05-09', 'skaraborg', CLI, at(50)),
    ]);

    const record = await store().getCampaign(C);
    expect(Object.keys(record?.reminderSlots ?? {}).sort()).toEqual(keys);
    expect(record?.orgDeadlines).toEqual({ skaraborg: '2025-05-09' });
  });

  it('keeps slots of one campaign apart from another, and through closing', async () => {
    await store().recordReminderSlot('samordningsrad-2025', WEEK_BEFORE, 'done', exact(10));
    const closed = await store().closeCampaign(C, at(100), CLI);

    expect(closed.reminderSlots).toEqual({});
    await store().recordReminderSlot(C, 'close:summary', 'done', exact(101));
    expect((await store().getCampaign(C))?.reminderSlots).toEqual({
      'close:summary': { state: 'done', at: exact(101) },
    });
    expect((await store().getCampaign('samordningsrad-2025'))?.reminderSlots).toEqual({
      [WEEK_BEFORE]: { state: 'done', at: exact(10) },
    });
  });

  it('refuses a slot for a campaign it does not know', async () => {
    await expect(
      store().recordReminderSlot('finns-inte', WEEK_BEFORE, 'done', exact(1)),
    ).rejects.toMatchObject({
      code: 'campaign_not_found',
    });
  });
}
