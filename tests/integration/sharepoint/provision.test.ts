import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  changedAnything,
  LISTS,
  openSharePointStore,
  provisionSharePoint,
} from '../../../src/adapters/store/sharepoint';
import { renderReport } from '../../../src/cli/commands/sharepoint-provision';
import { runCommand } from '../../support/cli-run';
import { DEV_GRAPH_TOKEN } from '../../../src/adapters/graph';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { graphOn, SITE } from './site';

let fake: FakeGraph;
let dir: string;
beforeEach(async () => {
  fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, siteId: SITE });
  dir = mkdtempSync(join(tmpdir(), 'contact-intake-provision-'));
});
afterEach(async () => {
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

const writes = () => fake.requests.filter((r) => r.method !== 'GET');
const column = (list: string, name: string) => fake.list(SITE, list)?.columns.find((c) => c.name === name);

test('creates the lists a chair can read, indexes what the store filters on, and a second run changes nothing', async () => {
  const { graph } = graphOn(fake);
  const first = await provisionSharePoint(graph, SITE);

  expect(first.lists.map((l) => [l.displayName, l.created])).toEqual(
    Object.values(LISTS).map((spec) => [spec.displayName, true]),
  );
  const nominations = fake.list(SITE, 'Nomineringar')!;
  expect(nominations.columns.find((c) => c.name === 'Title')?.displayName).toBe('Namn');
  expect(nominations.columns.find((c) => c.name === 'Email')?.displayName).toBe('E-post');
  expect(column('Nomineringar', 'RowKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
  expect(column('Svar', 'AnswerKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
  expect(column('Svar', 'CampaignId')).toMatchObject({ indexed: true, enforceUniqueValues: false });
  expect(column('Utskick', 'DeliveryKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
  expect(column('Teams-användare', 'AadObjectId')).toMatchObject({
    indexed: true,
    enforceUniqueValues: true,
  });
  expect(column('Insamlingar', 'ReminderSlots')?.definition).toMatchObject({
    text: { allowMultipleLines: true },
  });
  expect(renderReport(first)).toContain('Nomineringar: skapad, med 17 kolumner och deras index');

  const before = writes().length;
  const second = await provisionSharePoint(graph, SITE);
  expect(changedAnything(second)).toBe(false);
  expect(second.differences).toEqual([]);
  expect(writes()).toHaveLength(before);
  expect(renderReport(second)).toContain('Inget ändrades: alla listor, kolumner och index fanns redan.');
});

test('adds what a hand-made list lacks and an index someone removed; reports a column of another type, untouched', async () => {
  const { graph } = graphOn(fake);
  // An older or hand-made Svar: the key not indexed, Version as text, most columns missing.
  await graph.client.api(`/sites/${SITE}/lists`).post({
    displayName: 'Svar',
    list: { template: 'genericList' },
    columns: [
      { name: 'AnswerKey', displayName: 'Svarsnyckel', text: {} },
      { name: 'Version', displayName: 'Version', text: {} },
    ],
  });

  const report = await provisionSharePoint(graph, SITE);
  const svar = report.lists.find((l) => l.displayName === 'Svar')!;
  expect(svar.created).toBe(false);
  expect(svar.added).toContain('Insamlings-id (CampaignId)');
  expect(svar.indexed).toContain('Svarsnyckel (AnswerKey)');
  expect(svar.unique).toContain('Svarsnyckel (AnswerKey)');
  expect(column('Svar', 'AnswerKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
  expect(column('Svar', 'Version')?.type).toBe('text');
  expect(report.differences).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        list: 'Svar',
        column: 'Version (Version)',
        expected: 'typ tal',
        found: 'typ text (en rad)',
      }),
      expect.objectContaining({ list: 'Svar', column: 'Title (Title)' }),
    ]),
  );
  const text = renderReport(report);
  expect(text).toContain('Svar: fanns redan; lade till kolumnen Insamlings-id (CampaignId)');
  expect(text).toContain('Svar, kolumnen Version (Version): väntade typ tal, fanns typ text (en rad)');

  // Someone drops the index the chair's view of current nominations relies on.
  const status = column('Nomineringar', 'Status')!;
  const nominations = fake.list(SITE, 'Nomineringar')!;
  await graph.client
    .api(`/sites/${SITE}/lists/${nominations.id}/columns/${status.id}`)
    .patch({ indexed: false });
  const again = await provisionSharePoint(graph, SITE);
  expect(again.lists.find((l) => l.displayName === 'Nomineringar')?.indexed).toEqual(['Status (Status)']);
  expect(column('Nomineringar', 'Status')?.indexed).toBe(true);
  expect(column('Svar', 'Version')?.type).toBe('text');
});

test('the store names the command to run when the site has not been provisioned', async () => {
  const store = openSharePointStore({ graph: graphOn(fake).graph, siteId: SITE });
  await expect(store.getCampaign('projektarbete-2025')).rejects.toThrow(
    /saknar listorna "Insamlingar".*contact-intake sharepoint provision/s,
  );
});

describe('contact-intake sharepoint provision', () => {
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    STORE: 'sharepoint',
    SHAREPOINT_SITE_ID: SITE,
    GRAPH_BASE_URL: fake.baseUrl,
    LOG_LEVEL: 'silent',
    ...extra,
  });

  test('reports in Swedish what it created, and that a second run had nothing to do', async () => {
    const first = await runCommand(['sharepoint', 'provision'], { env: env(), cwd: dir });
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain(`SharePoint-listor på webbplatsen ${SITE}:`);
    expect(first.out).toContain('Händelselogg: skapad');
    expect(first.out).toContain('Teams-kopplingar: skapad');
    expect(first.out).toContain('Klart: 10 listor skapade, 0 kolumner tillagda, 0 index tillagda.');

    const second = await runCommand(['sharepoint', 'provision'], { env: env(), cwd: dir });
    expect(second.code).toBe(0);
    expect(second.out).toContain('Nomineringar: fanns redan, allt på plats');
    expect(second.out).toContain('Inget ändrades');
  });

  test('then the service runs on the lists: a campaign is created, sent and its status read', async () => {
    const example = resolve(__dirname, '../../../examples/projektarbete-2025.yaml');
    const withOutbox = env({ OUTBOX_DIR: join(dir, 'outbox') });
    expect((await runCommand(['sharepoint', 'provision'], { env: withOutbox, cwd: dir })).code).toBe(0);
    const created = await runCommand(['campaign', 'create', example], { env: withOutbox, cwd: dir });
    expect(created).toMatchObject({ code: 0, err: '' });
    const sent = await runCommand(['campaign', 'send', 'projektarbete-2025'], { env: withOutbox, cwd: dir });
    expect(sent).toMatchObject({ code: 0, err: '' });
    const status = await runCommand(['campaign', 'status', 'projektarbete-2025', '--json'], {
      env: withOutbox,
      cwd: dir,
    });
    expect(status.code).toBe(0);
    const json = JSON.parse(status.out) as {
      campaign: { state: string };
      organisations: { status: string; deliveries: unknown[] }[];
    };
    const organisations = fake.list(SITE, 'Insamlingens organisationer')!.items.length;
    expect(organisations).toBeGreaterThanOrEqual(10);
    expect(json.campaign.state).toBe('open');
    expect(json.organisations).toHaveLength(organisations);
    expect(json.organisations.every((o) => o.status === 'missing' && o.deliveries.length > 0)).toBe(true);
  });

  test('exits 2 and says what to set when the store is not SharePoint or the site is missing', async () => {
    const sqlite = await runCommand(['sharepoint', 'provision'], { env: env({ STORE: 'sqlite' }), cwd: dir });
    expect(sqlite.code).toBe(2);
    expect(sqlite.err).toContain('Sätt STORE=sharepoint och SHAREPOINT_SITE_ID=');

    const noSite = await runCommand(['sharepoint', 'provision'], {
      env: env({ SHAREPOINT_SITE_ID: undefined }),
      cwd: dir,
    });
    expect(noSite.code).toBe(2);
    expect(noSite.err).toContain('SHAREPOINT_SITE_ID');
    expect(fake.requests).toEqual([]);
  });

  test('exits 1 with the likely cause when Graph refuses', async () => {
    const wrongSite =
      'contoso.sharepoint.example,00000000-0000-0000-0000-000000000000,22222222-2222-2222-2222-222222222222';
    const run = await runCommand(['sharepoint', 'provision'], {
      env: env({ SHAREPOINT_SITE_ID: wrongSite }),
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.err).toContain('Kunde inte skapa listorna i SharePoint');
    expect(run.err).toContain('404');
    expect(run.err).toContain('kontrollera SHAREPOINT_SITE_ID');
    expect(run.err).not.toContain(wrongSite);
  });
});
