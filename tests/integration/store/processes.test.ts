import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../../src/app/ports/store';
import { openSqliteStore } from '../../../src/adapters/store/sqlite/sqlite-store';
import { at, campaign, CLI, deliverySpec } from '../../contract/fixtures';
import type { StoredDefinition } from '../../../src/adapters/store/stored-definition';
import { writeLegacyFile } from '../../contract/sqlite-legacy';
import { compileStore, runTogether, startChild, stopChildren } from './child-processes';

/**
 * Real separate processes on one file: the CLI sending a campaign while the service takes answers.
 * SQLite's locks, not the event loop, must be what keeps them apart.
 */
describe('several processes on one SQLite file', () => {
  const build = mkdtempSync(join(tmpdir(), 'contact-intake-build-'));
  const data = mkdtempSync(join(tmpdir(), 'contact-intake-procs-'));
  let modulePath: string;
  let dbPath: string;
  let store: Store;

  beforeAll(() => {
    modulePath = compileStore(build);
  }, 120_000);

  beforeEach(async () => {
    dbPath = join(data, `${expect.getState().currentTestName?.replace(/\W+/g, '-')}.db`);
    store = openSqliteStore(dbPath);
    await store.saveCampaign(campaign(), at(0), CLI);
    await store.openCampaign('projektarbete-2025', at(1), '2025-04-30', CLI);
  });

  afterEach(async () => {
    stopChildren();
    await store.close();
  });

  afterAll(() => {
    rmSync(build, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  });

  it('stores one version when four processes receive the same submission at once', async () => {
    const children = Array.from({ length: 4 }, () => startChild(modulePath, dbPath, { kind: 'sameAnswer' }));
    const results = (await runTogether(children)) as { kind: string }[];

    expect(results.map((r) => r.kind).sort()).toEqual(['duplicate', 'duplicate', 'duplicate', 'saved']);
    expect(await store.answerHistory('projektarbete-2025', 'narhalsan')).toHaveLength(1);
  });

  it('numbers versions written by four processes at once without gaps or repeats', async () => {
    const count = 25;
    const children = Array.from({ length: 4 }, (_, worker) =>
      startChild(modulePath, dbPath, { kind: 'manyAnswers', worker, count }),
    );
    const results = (await runTogether(children)) as { versions: (number | string)[] }[];

    const versions = results.flatMap((r) => r.versions);
    expect([...versions].sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
    const history = await store.answerHistory('projektarbete-2025', 'narhalsan');
    expect(history.map((a) => a.version)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(new Set(history.map((a) => a.nominees[0]?.email)).size).toBe(100);
  });

  it('hands each delivery to exactly one of four processes claiming them all at once', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `request:projektarbete-2025:org-${i}:email`);
    const children = Array.from({ length: 4 }, () =>
      startChild(modulePath, dbPath, { kind: 'claimAll', keys }),
    );
    const results = (await runTogether(children)) as { acquired: string[] }[];

    expect(results.flatMap((r) => r.acquired).sort()).toEqual([...keys].sort());
    const stored = await store.deliveries('projektarbete-2025');
    expect(stored.map((d) => [d.state, d.attempts])).toEqual(keys.map(() => ['sending', 1]));
  });

  it('keeps every extension and slot written by four processes at once; a shared slot keeps one state', async () => {
    const orgs = ['narhalsan', 'sahlgrenska', 'skaraborg', 'narhalsan'];
    const children = orgs.map((orgId, worker) =>
      startChild(modulePath, dbPath, {
        kind: 'extendAndRecord',
        worker,
        orgId,
        until: `2025-05-1${worker}`,
        state: worker % 2 ? 'skipped' : 'done',
      }),
    );
    await runTogether(children);

    const record = await store.getCampaign('projektarbete-2025');
    // Närhälsan was extended twice at once: one of the two dates, whichever committed last.
    expect(['2025-05-10', '2025-05-13']).toContain(record?.orgDeadlines?.narhalsan);
    expect(record?.orgDeadlines).toMatchObject({ sahlgrenska: '2025-05-11', skaraborg: '2025-05-12' });
    expect(Object.keys(record?.reminderSlots ?? {}).sort()).toEqual([
      'own-0',
      'own-1',
      'own-2',
      'own-3',
      'shared',
    ]);
    // The shared slot is one worker's write whole: its state and its time come from the same call.
    const shared = record!.reminderSlots!.shared!;
    const worker = (shared.at.getTime() - at(200).getTime()) / 60_000;
    expect(shared.state).toBe(worker % 2 ? 'skipped' : 'done');
    const trail = await store.auditTrail('projektarbete-2025');
    expect(trail.filter((e) => e.action === 'campaign.extended')).toHaveLength(4);
  });

  it('lets another process take over a delivery whose sender died, once the lease has run out', async () => {
    const key = deliverySpec('narhalsan').key;
    const child = startChild(modulePath, dbPath, { kind: 'claimAndDie', key });
    await child.ready;
    child.process.stdin!.write('go\n');
    expect(await child.ended).toBe('SIGKILL');

    expect((await store.claimDelivery(deliverySpec('narhalsan'), at(10.5), 60_000)).acquired).toBe(false);
    expect(await store.claimDelivery(deliverySpec('narhalsan'), at(11), 60_000)).toMatchObject({
      acquired: true,
      delivery: { state: 'sending', attempts: 2 },
    });
  });

  it('upgrades a file of the previous version once when several processes open it at the same moment', async () => {
    const old = join(data, 'old', 'intake.db');
    const definition: StoredDefinition = { ...campaign() };
    delete definition.reminders;
    writeLegacyFile(old, { definition, createdAt: at(0), sentAt: at(1), deadlineDate: '2025-04-30' });
    const children = Array.from({ length: 6 }, () => startChild(modulePath, old, { kind: 'open' }));
    await runTogether(children);

    const opened = openSqliteStore(old);
    try {
      expect(await opened.getCampaign('projektarbete-2025')).toMatchObject({
        state: 'open',
        orgDeadlines: {},
        reminderSlots: {},
      });
      await opened.recordReminderSlot('projektarbete-2025', 'k', 'done', at(2));
      expect((await opened.getCampaign('projektarbete-2025'))?.reminderSlots).toEqual({
        k: { state: 'done', at: at(2) },
      });
    } finally {
      await opened.close();
    }
  });

  it('creates the schema once when several processes open a new file at the same moment', async () => {
    const fresh = join(data, 'fresh', 'intake.db');
    const children = Array.from({ length: 6 }, () => startChild(modulePath, fresh, { kind: 'open' }));
    await runTogether(children);

    const opened = openSqliteStore(fresh);
    try {
      expect(await opened.listCampaigns()).toEqual([]);
      expect(await opened.saveCampaign(campaign(), at(0), CLI)).toBe('created');
    } finally {
      await opened.close();
    }
  });
});
