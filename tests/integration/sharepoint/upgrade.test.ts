import { DEV_GRAPH_TOKEN } from '../../../src/adapters/graph';
import { openSharePointStore, provisionSharePoint } from '../../../src/adapters/store/sharepoint';
import type { StoredDefinition } from '../../../src/adapters/store/stored-definition';
import { renderReport } from '../../../src/cli/commands/sharepoint-provision';
import { DEFAULT_REMINDER_POLICY } from '../../../src/domain/reminders/policy';
import { provisionPreviousVersion, writeLegacyItems } from '../../contract/sharepoint-legacy';
import { at, campaign, CLI, newAnswer } from '../../contract/fixtures';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { graphOn, itemsOf, SITE } from './site';

/**
 * An operator upgrades the service on a site where the previous build ran a round: its lists lack the
 * new columns and Teams-användare. Until provisioning runs again the store says so; after it, the old
 * campaign reads with defaults and the round carries on.
 */
const C = 'projektarbete-2025';
let fake: FakeGraph;
beforeEach(async () => {
  fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, siteId: SITE });
  const { graph } = graphOn(fake);
  await provisionPreviousVersion(graph, SITE);
  const definition: StoredDefinition = { ...campaign(C) };
  delete definition.reminders;
  await writeLegacyItems(graph, SITE, {
    definition,
    createdAt: at(0),
    sentAt: at(1),
    deadlineDate: '2025-04-30',
  });
});
afterEach(() => fake.stop());

test('before provisioning again, the store names the command; provisioning adds only what is new', async () => {
  const store = openSharePointStore({ graph: graphOn(fake).graph, siteId: SITE });
  await expect(store.getCampaign(C)).rejects.toThrow(
    /saknar listorna "Teams-användare".*contact-intake sharepoint provision/s,
  );

  const report = await provisionSharePoint(graphOn(fake).graph, SITE);
  expect(report.lists.filter((l) => l.created).map((l) => l.displayName)).toEqual(['Teams-användare']);
  expect(report.lists.find((l) => l.displayName === 'Insamlingar')?.added).toEqual([
    'Förlängd svarstid per organisation (JSON) (OrgDeadlines)',
    'Påminnelseomgångar klara (JSON) (ReminderSlots)',
  ]);
  expect(report.differences).toEqual([]);
  expect(renderReport(report)).toContain('Klart: 1 lista skapad, 2 kolumner tillagda, 0 index tillagda.');
  const users = fake.list(SITE, 'Teams-användare')!;
  expect(users.columns.find((c) => c.name === 'AadObjectId')).toMatchObject({
    indexed: true,
    enforceUniqueValues: true,
  });
  // The campaign item was not touched: it still has no value in the new columns.
  const [item] = itemsOf(fake, 'Insamlingar');
  expect(Object.keys(item!.fields)).not.toEqual(expect.arrayContaining(['OrgDeadlines']));
  expect(Object.keys(item!.fields)).not.toEqual(expect.arrayContaining(['ReminderSlots']));
});

test('after provisioning, the old campaign reads with defaults, is found unchanged and carries on', async () => {
  await provisionSharePoint(graphOn(fake).graph, SITE);
  const store = openSharePointStore({ graph: graphOn(fake).graph, siteId: SITE });

  expect(await store.getCampaign(C)).toEqual({
    campaign: { ...campaign(C), reminders: DEFAULT_REMINDER_POLICY },
    state: 'open',
    createdAt: at(0),
    sentAt: at(1),
    deadlineDate: '2025-04-30',
    orgDeadlines: {},
    reminderSlots: {},
  });
  expect(await store.saveCampaign(campaign(C), at(5), CLI)).toBe('unchanged');

  await store.extendDeadline(C, '2025-05-09', 'skaraborg', CLI, at(6));
  await store.recordReminderSlot(C, '2025-04-30:before-7', 'done', at(7));
  await store.saveAnswer(newAnswer({ orgId: 'narhalsan' }));
  await store.saveUserEndpoint({
    aadObjectId: 'aad-chair',
    conversationId: 'a:1chat',
    serviceUrl: 'https://smba.example/',
    updatedAt: at(8),
  });

  const fresh = openSharePointStore({ graph: graphOn(fake).graph, siteId: SITE });
  expect(await fresh.listCampaigns()).toEqual([
    expect.objectContaining({
      orgDeadlines: { skaraborg: '2025-05-09' },
      reminderSlots: { '2025-04-30:before-7': { state: 'done', at: at(7) } },
    }),
  ]);
  expect(await fresh.currentAnswers(C)).toHaveLength(1);
  expect(await fresh.userEndpoint('aad-chair')).toMatchObject({ conversationId: 'a:1chat' });
});
