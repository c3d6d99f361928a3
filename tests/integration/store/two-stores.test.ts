import type { Store } from '../../../src/app/ports/store';
import { openSqliteStore } from '../../../src/adapters/store/sqlite/sqlite-store';
import { at, campaign, CLI, deliverySpec, newAnswer, nominee } from '../../contract/fixtures';
import { tempDir } from './temp-dir';

/** The CLI and the running service each open the same file; what one writes the other must respect. */
describe('two SQLite stores on the same file', () => {
  const dir = tempDir();
  let service: Store;
  let cli: Store;

  beforeEach(async () => {
    const path = dir.dbPath(`${expect.getState().currentTestName?.replace(/\W+/g, '-')}.db`);
    service = openSqliteStore(path);
    cli = openSqliteStore(path);
    await cli.saveCampaign(campaign(), at(0), CLI);
    await cli.openCampaign('projektarbete-2025', at(1), '2025-04-30', CLI);
  });

  afterEach(async () => {
    await service.close();
    await cli.close();
  });

  afterAll(() => dir.remove());

  it('sees a campaign the other created and opened', async () => {
    expect(await service.getCampaign('projektarbete-2025')).toMatchObject({
      state: 'open',
      deadlineDate: '2025-04-30',
    });
  });

  it('stores one version when both receive the same submission at once', async () => {
    const answer = newAnswer({ orgId: 'narhalsan', idempotencyKey: 'double-click' });
    const outcomes = await Promise.all([service.saveAnswer(answer), cli.saveAnswer(answer)]);

    expect(outcomes.map((o) => o.kind).sort()).toEqual(['duplicate', 'saved']);
    expect(await cli.answerHistory('projektarbete-2025', 'narhalsan')).toHaveLength(1);
  });

  it('numbers versions from both without gaps or repeats', async () => {
    const saves = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? service : cli).saveAnswer(
        newAnswer({ orgId: 'narhalsan', nominees: [nominee(`Person ${String.fromCharCode(65 + i)}`)] }),
      ),
    );
    const versions = (await Promise.all(saves)).map((o) => (o.kind === 'saved' ? o.answer.version : -1));

    expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('refuses, in one store, an answer based on a version the other has replaced', async () => {
    await service.saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: [nominee('Anna Andersson')] }));
    await cli.saveAnswer(
      newAnswer({ orgId: 'narhalsan', nominees: [nominee('Berit Bengtsson')], baseVersion: 1 }),
    );

    const stale = await service.saveAnswer(
      newAnswer({ orgId: 'narhalsan', nominees: [nominee('Cecilia Carlsson')], baseVersion: 1 }),
    );
    expect(stale).toMatchObject({ kind: 'conflict', current: { version: 2 } });
  });

  it('hands a delivery to only one of them', async () => {
    const spec = deliverySpec('narhalsan');
    const claims = await Promise.all([
      service.claimDelivery(spec, at(10), 60_000),
      cli.claimDelivery(spec, at(10), 60_000),
    ]);

    expect(claims.filter((c) => c.acquired)).toHaveLength(1);
    await (claims[0]!.acquired ? service : cli).finishDelivery(spec.key, { state: 'sent' }, at(11));
    expect(await (claims[0]!.acquired ? cli : service).claimDelivery(spec, at(100), 60_000)).toMatchObject({
      acquired: false,
      delivery: { state: 'sent', attempts: 1 },
    });
  });
});
