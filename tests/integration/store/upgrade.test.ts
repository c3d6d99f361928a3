import Database from 'better-sqlite3';
import type { StoredDefinition } from '../../../src/adapters/store/stored-definition';
import { MIGRATIONS } from '../../../src/adapters/store/sqlite/migrations';
import { openSqliteStore } from '../../../src/adapters/store/sqlite/sqlite-store';
import type { Store } from '../../../src/app/ports/store';
import { DEFAULT_REMINDER_POLICY } from '../../../src/domain/reminders/policy';
import { at, campaign, CLI, deliverySpec, newAnswer, nominee } from '../../contract/fixtures';
import { writeLegacyFile } from '../../contract/sqlite-legacy';
import { tempDir } from './temp-dir';

/**
 * An operator upgrades the service on a file that has run a round already. The first open adds the new
 * tables; nothing the round holds may be lost or read differently, and the round carries on.
 */
const C = 'projektarbete-2025';
const dir = tempDir();
afterAll(() => dir.remove());

/** A file at schema version 1 holding an opened campaign, as the previous build left it. */
function previousVersionFile(name: string): string {
  const path = dir.dbPath(name);
  const definition: StoredDefinition = { ...campaign(C) };
  delete definition.reminders;
  writeLegacyFile(path, { definition, createdAt: at(0), sentAt: at(1), deadlineDate: '2025-04-30' });
  return path;
}

async function withStore<T>(path: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = openSqliteStore(path);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

test('the first open brings a version-1 file to the current schema, keeping what it holds', async () => {
  const path = previousVersionFile('upgrade.db');
  await withStore(path, async (store) => {
    expect(
      await store.saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: [nominee('Anna Ek')] })),
    ).toMatchObject({ kind: 'saved' });
    await store.claimDelivery(deliverySpec('narhalsan'), at(2), 60_000);
    await store.extendDeadline(C, '2025-05-09', 'skaraborg', CLI, at(3));
    await store.recordReminderSlot(C, '2025-04-30:before-7', 'done', at(4));
    await store.saveUserEndpoint({
      aadObjectId: 'aad-chair',
      conversationId: 'a:1chat',
      serviceUrl: 'https://smba.example/',
      updatedAt: at(5),
    });
  });

  const raw = new Database(path, { readonly: true });
  try {
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  } finally {
    raw.close();
  }
  await withStore(path, async (store) => {
    expect(await store.getCampaign(C)).toMatchObject({
      campaign: { reminders: DEFAULT_REMINDER_POLICY },
      state: 'open',
      deadlineDate: '2025-04-30',
      orgDeadlines: { skaraborg: '2025-05-09' },
      reminderSlots: { '2025-04-30:before-7': { state: 'done', at: at(4) } },
    });
    expect(await store.currentAnswers(C)).toHaveLength(1);
    expect(await store.deliveries(C)).toHaveLength(1);
    expect(await store.userEndpoint('aad-chair')).toMatchObject({ conversationId: 'a:1chat' });
    expect(await store.saveCampaign(campaign(C), at(9), CLI)).toBe('unchanged');
  });
});

test('listing campaigns costs the same statements however many campaigns, extensions and slots there are', async () => {
  const statementsFor = async (campaigns: number): Promise<number> => {
    let count = 0;
    const store = openSqliteStore(dir.dbPath(`list-${campaigns}.db`), { trace: () => (count += 1) });
    try {
      for (let i = 0; i < campaigns; i++) {
        const id = `kampanj-${i}`;
        await store.saveCampaign(campaign(id), at(i), CLI);
        await store.openCampaign(id, at(i), '2025-04-30', CLI);
        await store.extendDeadline(id, '2025-05-09', 'skaraborg', CLI, at(i));
        await store.recordReminderSlot(id, '2025-04-30:before-7', 'done', at(i));
      }
      count = 0;
      const listed = await store.listCampaigns();
      expect(listed).toHaveLength(campaigns);
      expect(listed.every((r) => Object.keys(r.reminderSlots ?? {}).length === 1)).toBe(true);
      return count;
    } finally {
      await store.close();
    }
  };

  const few = await statementsFor(2);
  expect(await statementsFor(40)).toBe(few);
  expect(few).toBeLessThanOrEqual(5);
});
