import type { Store } from '../../src/app/ports/store';
import { at, campaign, CLI, newAnswer, nominee } from './fixtures';

const C = 'projektarbete-2025';
const ANNA = [nominee('Anna Andersson')];
const BERIT = [nominee('Berit Bengtsson', 'contact', { phone: '+46 31 123 45 67', title: 'Enhetschef' })];
const BOTH = [nominee('Anna Andersson'), nominee('Cecilia Carlsson', 'deputy')];

export function answerContract(store: () => Store): void {
  beforeEach(async () => {
    await store().saveCampaign(campaign(C), at(0), CLI);
    await store().openCampaign(C, at(1), '2025-04-30', CLI);
  });

  it('saves the first answer as version 1 and gives it back as it was sent', async () => {
    const answer = newAnswer({
      orgId: 'narhalsan',
      nominees: BERIT,
      channel: 'web',
      late: true,
      submittedAt: at(60),
    });
    answer.submittedBy = { kind: 'web-declared', name: 'Berit Bengtsson' };

    const outcome = await store().saveAnswer(answer);
    const expected = {
      campaignId: C,
      orgId: 'narhalsan',
      version: 1,
      nominees: BERIT,
      submittedBy: { kind: 'web-declared', name: 'Berit Bengtsson' },
      submittedAt: at(60),
      channel: 'web',
      late: true,
    };
    expect(outcome).toEqual({ kind: 'saved', answer: expected });
    expect(await store().currentAnswer(C, 'narhalsan')).toEqual(expected);
    expect(await store().answerHistory(C, 'narhalsan')).toEqual([expected]);
  });

  it('has no answer for an organisation that has not answered', async () => {
    expect(await store().currentAnswer(C, 'narhalsan')).toBeUndefined();
    expect(await store().answerHistory(C, 'narhalsan')).toEqual([]);
    expect(await store().currentAnswers(C)).toEqual([]);
  });

  it('keeps every version; the newest is the current answer', async () => {
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: ANNA, submittedAt: at(60) }));
    const second = await store().saveAnswer(
      newAnswer({ orgId: 'narhalsan', nominees: BOTH, submittedAt: at(120) }),
    );

    expect(second).toMatchObject({
      kind: 'saved',
      answer: { version: 2, nominees: BOTH, submittedAt: at(120) },
    });
    expect(await store().currentAnswer(C, 'narhalsan')).toMatchObject({ version: 2, nominees: BOTH });
    const history = await store().answerHistory(C, 'narhalsan');
    expect(history.map((a) => [a.version, a.nominees])).toEqual([
      [1, ANNA],
      [2, BOTH],
    ]);
  });

  it('keeps the order in which the organisation named its people', async () => {
    const four = ['Öjvind Östberg', 'Åsa Åberg', 'Anna Andersson', 'Ärna Ärlig'].map((n) => nominee(n));
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: four }));

    expect((await store().currentAnswer(C, 'narhalsan'))?.nominees).toEqual(four);
    expect((await store().currentAnswers(C))[0]?.nominees).toEqual(four);
  });

  it('stores a retried submission once and answers with the version it created', async () => {
    const first = newAnswer({ orgId: 'narhalsan', nominees: ANNA, idempotencyKey: 'invoke-1' });
    await store().saveAnswer(first);
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: BOTH }));

    const retry = await store().saveAnswer({ ...first, submittedAt: at(500) });
    expect(retry).toEqual({
      kind: 'duplicate',
      answer: expect.objectContaining({ version: 1, nominees: ANNA }),
    });
    expect(await store().answerHistory(C, 'narhalsan')).toHaveLength(2);
  });

  it('reports a retry as a duplicate even when the person was looking at an old version', async () => {
    const first = newAnswer({
      orgId: 'narhalsan',
      nominees: ANNA,
      idempotencyKey: 'invoke-1',
      baseVersion: 0,
    });
    await store().saveAnswer(first);
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: BOTH }));

    expect(await store().saveAnswer(first)).toMatchObject({ kind: 'duplicate', answer: { version: 1 } });
  });

  it('does not create a version when the same people are sent again', async () => {
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: BOTH, submittedAt: at(60) }));

    const again = await store().saveAnswer(
      newAnswer({ orgId: 'narhalsan', nominees: BOTH, submittedAt: at(90) }),
    );
    expect(again).toEqual({
      kind: 'unchanged',
      answer: expect.objectContaining({ version: 1, submittedAt: at(60) }),
    });
    const repeat = newAnswer({ orgId: 'narhalsan', nominees: BOTH });
    expect((await store().saveAnswer(repeat)).kind).toBe('unchanged');
    expect((await store().saveAnswer(repeat)).kind).toBe('unchanged');
    expect(await store().answerHistory(C, 'narhalsan')).toHaveLength(1);
  });

  it('refuses an answer made from an older version and names the current one', async () => {
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: ANNA }));
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: BOTH, baseVersion: 1 }));

    const stale = await store().saveAnswer(
      newAnswer({ orgId: 'narhalsan', nominees: BERIT, baseVersion: 1 }),
    );
    expect(stale).toEqual({
      kind: 'conflict',
      current: expect.objectContaining({ version: 2, nominees: BOTH }),
    });
    expect(await store().answerHistory(C, 'narhalsan')).toHaveLength(2);
  });

  it('accepts an answer made from the current version, or without a known version', async () => {
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: ANNA, baseVersion: 0 }));
    expect(
      await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: BOTH, baseVersion: 1 })),
    ).toMatchObject({
      kind: 'saved',
      answer: { version: 2 },
    });
    expect(await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: BERIT }))).toMatchObject({
      kind: 'saved',
      answer: { version: 3 },
    });
  });

  it('calls an old-version answer that names the same people unchanged, not a conflict', async () => {
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: ANNA }));
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: BOTH }));

    const same = await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: BOTH, baseVersion: 1 }));
    expect(same).toMatchObject({ kind: 'unchanged', answer: { version: 2 } });
  });

  it('counts versions per organisation and lists the current answer of each', async () => {
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: ANNA }));
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: BOTH }));
    const other = await store().saveAnswer(
      newAnswer({ orgId: 'skaraborg', nominees: BERIT, idempotencyKey: 'invoke-1' }),
    );
    expect(other).toMatchObject({ kind: 'saved', answer: { version: 1 } });

    const current = await store().currentAnswers(C);
    const byOrg = [...current].sort((a, b) => a.orgId.localeCompare(b.orgId));
    expect(byOrg.map((a) => [a.orgId, a.version, a.nominees])).toEqual([
      ['narhalsan', 2, BOTH],
      ['skaraborg', 1, BERIT],
    ]);
  });

  it('keeps campaigns apart, even when an idempotency key repeats', async () => {
    await store().saveCampaign(campaign('samordningsrad-2025'), at(0), CLI);
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: ANNA, idempotencyKey: 'same' }));

    const there = newAnswer({
      campaignId: 'samordningsrad-2025',
      orgId: 'narhalsan',
      nominees: BERIT,
      idempotencyKey: 'same',
    });
    expect(await store().saveAnswer(there)).toMatchObject({
      kind: 'saved',
      answer: { version: 1, nominees: BERIT },
    });
    expect((await store().currentAnswers(C)).map((a) => a.nominees)).toEqual([ANNA]);
    expect((await store().currentAnswers('samordningsrad-2025')).map((a) => a.nominees)).toEqual([BERIT]);
  });

  it('refuses an answer for an organisation the campaign does not have, storing nothing', async () => {
    const unknownOrg = store().saveAnswer(newAnswer({ orgId: 'okand-forvaltning' }));
    await expect(unknownOrg).rejects.toMatchObject({ code: 'organisation_not_found' });
    const unknownCampaign = store().saveAnswer(newAnswer({ campaignId: 'okand', orgId: 'narhalsan' }));
    await expect(unknownCampaign).rejects.toMatchObject({ code: 'organisation_not_found' });

    expect(await store().currentAnswers(C)).toEqual([]);
    expect((await store().auditTrail(C)).map((e) => e.action)).not.toContain('answer.saved');
  });

  it('writes who saved each new version to the audit trail, and nothing for repeats', async () => {
    const first = newAnswer({ orgId: 'narhalsan', nominees: ANNA, submittedAt: at(60) });
    await store().saveAnswer(first);
    await store().saveAnswer(first);
    await store().saveAnswer(newAnswer({ orgId: 'narhalsan', nominees: ANNA }));
    const web = newAnswer({ orgId: 'skaraborg', nominees: BERIT, submittedAt: at(70), channel: 'web' });
    await store().saveAnswer({ ...web, submittedBy: { kind: 'web-declared', name: 'Berit Bengtsson' } });

    const saved = (await store().auditTrail(C)).filter((e) => e.action === 'answer.saved');
    expect(saved.map((e) => [e.orgId, e.at, e.actor])).toEqual([
      ['narhalsan', at(60), { kind: 'teams-user', id: 'aad-anna', name: 'Anna Andersson' }],
      ['skaraborg', at(70), { kind: 'web', name: 'Berit Bengtsson' }],
    ]);
  });
}
