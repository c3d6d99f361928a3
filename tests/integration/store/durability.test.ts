import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { openSqliteStore } from '../../../src/adapters/store/sqlite/sqlite-store';
import { migrate, MIGRATIONS, SchemaTooNewError } from '../../../src/adapters/store/sqlite/migrations';
import { at, campaign, CLI, deliverySpec, newAnswer, nominee } from '../../contract/fixtures';
import { tempDir } from './temp-dir';

/** What an operator relies on when the service restarts or is upgraded: the file keeps everything. */
describe('the SQLite file', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('creates its folder, and keeps everything across closing and reopening', async () => {
    const path = dir.dbPath('reopen.db');
    expect(existsSync(dirname(path))).toBe(false);
    const first = openSqliteStore(path);
    await first.saveCampaign(campaign(), at(0), CLI);
    await first.openCampaign('projektarbete-2025', at(1), '2025-04-30', CLI);
    await first.saveAnswer(
      newAnswer({ orgId: 'narhalsan', nominees: [nominee('Anna Andersson')], idempotencyKey: 'k1' }),
    );
    await first.claimDelivery(deliverySpec('narhalsan'), at(2), 60_000);
    await first.finishDelivery(
      deliverySpec('narhalsan').key,
      { state: 'sent', externalRef: { messageId: '<m@x>' } },
      at(3),
    );
    await first.saveChannelEndpoint({
      channelId: '19:c',
      serviceUrl: 'https://smba.example/',
      updatedAt: at(4),
    });
    const before = {
      campaign: await first.getCampaign('projektarbete-2025'),
      answers: await first.currentAnswers('projektarbete-2025'),
      deliveries: await first.deliveries('projektarbete-2025'),
      trail: await first.auditTrail('projektarbete-2025'),
    };
    await first.close();

    const again = openSqliteStore(path);
    try {
      expect(await again.getCampaign('projektarbete-2025')).toEqual(before.campaign);
      expect(await again.currentAnswers('projektarbete-2025')).toEqual(before.answers);
      expect(await again.deliveries('projektarbete-2025')).toEqual(before.deliveries);
      expect(await again.auditTrail('projektarbete-2025')).toEqual(before.trail);
      expect(await again.channelEndpoint('19:c')).toMatchObject({
        serviceUrl: 'https://smba.example/',
      });
      // The idempotency key outlives the process: a retry after a restart is still a duplicate.
      const retry = newAnswer({
        orgId: 'narhalsan',
        nominees: [nominee('Berit Bengtsson')],
        idempotencyKey: 'k1',
      });
      expect(await again.saveAnswer(retry)).toMatchObject({ kind: 'duplicate', answer: { version: 1 } });
    } finally {
      await again.close();
    }
  });

  it('is in WAL mode, so the chair can read while an answer is being written', async () => {
    const path = dir.dbPath('wal.db');
    await openSqliteStore(path).close();
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    } finally {
      raw.close();
    }
  });

  it('refuses a file written by a newer version instead of corrupting it', async () => {
    const path = dir.dbPath('newer.db');
    await openSqliteStore(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();

    expect(() => openSqliteStore(path)).toThrow(SchemaTooNewError);
  });

  it('applies only the schema steps a file has not had yet', () => {
    const path = dir.dbPath('steps.db');
    const raw = new Database(path.replace('/data/', '/'));
    try {
      migrate(raw, ['CREATE TABLE a (x INTEGER)']);
      raw.prepare('INSERT INTO a (x) VALUES (1)').run();
      migrate(raw, ['CREATE TABLE a (x INTEGER)', 'CREATE TABLE b (y INTEGER)']);

      expect(raw.pragma('user_version', { simple: true })).toBe(2);
      expect(raw.prepare('SELECT x FROM a').all()).toEqual([{ x: 1 }]);
      expect(raw.prepare('SELECT count(*) AS n FROM b').get()).toEqual({ n: 0 });
    } finally {
      raw.close();
    }
  });

  it('reads the current answers of a campaign with the same number of queries however many organisations there are', async () => {
    const statementsFor = async (organisations: number): Promise<number> => {
      let count = 0;
      const store = openSqliteStore(dir.dbPath(`queries-${organisations}.db`), { trace: () => (count += 1) });
      try {
        const ids = Array.from({ length: organisations }, (_, i) => `org-${i}`);
        await store.saveCampaign(campaign('projektarbete-2025', ids), at(0), CLI);
        for (const orgId of ids)
          await store.saveAnswer(
            newAnswer({
              orgId,
              nominees: [nominee('Anna Andersson'), nominee('Cecilia Carlsson', 'deputy')],
            }),
          );
        count = 0;
        const answers = await store.currentAnswers('projektarbete-2025');
        expect(answers).toHaveLength(organisations);
        expect(answers.every((a) => a.nominees.length === 2)).toBe(true);
        return count;
      } finally {
        await store.close();
      }
    };

    const few = await statementsFor(3);
    expect(await statementsFor(120)).toBe(few);
    expect(few).toBeLessThanOrEqual(4);
  });
});
