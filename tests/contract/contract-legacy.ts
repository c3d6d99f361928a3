import type { Campaign } from '../../src/domain/campaign';
import { DEFAULT_REMINDER_POLICY } from '../../src/domain/reminders/policy';
import type { StoredDefinition } from '../../src/adapters/store/stored-definition';
import { at, campaign, CLI, newAnswer } from './fixtures';
import type { LegacyCampaign, Opened } from './store-contract';

const C = 'projektarbete-2025';

/** The definition as a build without reminder policies saved it: no `reminders` at all. */
function withoutPolicy(c: Campaign): StoredDefinition {
  const stored: StoredDefinition = { ...c };
  delete stored.reminders;
  return stored;
}

const legacy = (): LegacyCampaign => ({
  definition: withoutPolicy(campaign(C)),
  createdAt: at(0),
  sentAt: at(1),
  deadlineDate: '2025-04-30',
});

export function legacyContract(opened: Opened): void {
  it('reads a campaign stored before reminders with the default policy, no extensions and no rounds done', async () => {
    const store = await opened().openOnLegacy(legacy());

    const expected = {
      campaign: { ...campaign(C), reminders: { ...DEFAULT_REMINDER_POLICY } },
      state: 'open',
      createdAt: at(0),
      sentAt: at(1),
      deadlineDate: '2025-04-30',
      orgDeadlines: {},
      reminderSlots: {},
    };
    expect(await store.getCampaign(C)).toEqual(expected);
    expect(await store.listCampaigns()).toEqual([expected]);
  });

  it('finds the same file loaded again unchanged, and a file with another policy a conflict', async () => {
    const store = await opened().openOnLegacy(legacy());

    expect(await store.saveCampaign(campaign(C), at(10), CLI)).toBe('unchanged');
    const otherPolicy: Campaign = {
      ...campaign(C),
      reminders: { ...DEFAULT_REMINDER_POLICY, daysBefore: [3] },
    };
    expect(await store.saveCampaign(otherPolicy, at(11), CLI)).toBe('conflict');
    expect((await store.getCampaign(C))?.campaign.reminders).toEqual(DEFAULT_REMINDER_POLICY);
  });

  it('extends, records reminder rounds and takes answers on such a campaign', async () => {
    const store = await opened().openOnLegacy(legacy());

    await store.extendDeadline(C, '2025-05-09', 'skaraborg', CLI, at(20));
    await store.recordReminderSlot(C, '2025-04-30:before-7', 'done', at(21));
    expect(await store.saveAnswer(newAnswer({ orgId: 'narhalsan' }))).toMatchObject({ kind: 'saved' });

    expect(await store.getCampaign(C)).toMatchObject({
      campaign: { reminders: DEFAULT_REMINDER_POLICY },
      deadlineDate: '2025-04-30',
      orgDeadlines: { skaraborg: '2025-05-09' },
      reminderSlots: { '2025-04-30:before-7': { state: 'done', at: at(21) } },
    });
  });
}
