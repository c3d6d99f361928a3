import type { Nominee } from '../../../src/domain/answer';
import type { SaveAnswerOutcome, Store } from '../../../src/app/ports/store';
import { at, campaign, CLI, newAnswer, nominee } from '../../contract/fixtures';
import { emails, oneToN, registerOf } from './answers-check';
import { provisionedSite, type Site } from './site';

/**
 * Two service processes (two stores, each with its own Graph client and caches) answering for the same
 * organisation at the same time. SharePoint has no transactions: the Svar item's ETag is the only lock.
 */
const C = 'projektarbete-2025';
const SURNAMES = ['Ek', 'Gran', 'Tall', 'Lind', 'Alm', 'Ask'];

let site: Site;
let a: Store;
let b: Store;
beforeEach(async () => {
  site = await provisionedSite();
  a = site.open().store;
  b = site.open().store;
  await a.saveCampaign(campaign(), at(0), CLI);
});
afterEach(() => site.stop());

function answers(store: Store, first: string, orgId: string) {
  return async (): Promise<{ sent: Nominee[]; outcome: SaveAnswerOutcome }[]> => {
    const done = [];
    for (const surname of SURNAMES) {
      const sent = [nominee(`${first} ${surname}`)];
      done.push({ sent, outcome: await store.saveAnswer(newAnswer({ orgId, nominees: sent })) });
    }
    return done;
  };
}

test('interleaved answers from two processes lose nothing: versions 1..n, each as it was sent', async () => {
  const [fromA, fromB] = await Promise.all([
    answers(a, 'Anna', 'narhalsan')(),
    answers(b, 'Berit', 'narhalsan')(),
  ]);
  const all = [...fromA, ...fromB];

  expect(all.map((s) => s.outcome.kind)).toEqual(all.map(() => 'saved'));
  const saved = all.map((s) => ({
    sent: s.sent,
    answer: (s.outcome as { answer: { version: number } }).answer,
  }));
  expect(saved.map((s) => s.answer.version).sort((x, y) => x - y)).toEqual(oneToN(12));

  const history = await b.answerHistory(C, 'narhalsan');
  expect(history.map((h) => h.version)).toEqual(oneToN(12));
  for (const s of saved) expect(history[s.answer.version - 1]?.nominees).toEqual(s.sent);
  expect((await a.currentAnswer(C, 'narhalsan'))?.version).toBe(12);

  const register = registerOf(site.fake, C, 'narhalsan');
  expect(register.currentVersions).toEqual([12]);
  expect(new Set(register.rowKeys).size).toBe(12);
  expect(register.rowKeys).toHaveLength(12);
  expect(register.historyVersions).toEqual(oneToN(12));
  expect(register.savedEntries).toBe(12);
  for (const h of history) expect(register.byVersion.get(h.version)).toEqual(emails(h));
  // The race did happen: some writes lost to the other process and were decided again.
  expect(site.fake.requests.some((r) => r.status === 412 || r.status === 409)).toBe(true);
});

test('the same submission arriving at both processes at once is stored once', async () => {
  const same = newAnswer({ orgId: 'skaraborg', nominees: [nominee('Cecilia Carlsson')] });
  const outcomes = await Promise.all([a.saveAnswer(same), b.saveAnswer(same)]);

  expect(outcomes.map((o) => o.kind).sort()).toEqual(['duplicate', 'saved']);
  expect(outcomes.map((o) => (o as { answer: { version: number } }).answer.version)).toEqual([1, 1]);
  expect(await a.answerHistory(C, 'skaraborg')).toHaveLength(1);
  const register = registerOf(site.fake, C, 'skaraborg');
  expect(register.rowKeys).toHaveLength(1);
  expect(register.historyVersions).toEqual([1]);
  expect(register.savedEntries).toBe(1);
});

test('two people answering from the same version: one is saved, the other is told of it', async () => {
  await a.saveAnswer(newAnswer({ orgId: 'sahlgrenska', nominees: [nominee('Anna Andersson')] }));
  const outcomes = await Promise.all([
    a.saveAnswer(newAnswer({ orgId: 'sahlgrenska', nominees: [nominee('Berit Bengtsson')], baseVersion: 1 })),
    b.saveAnswer(newAnswer({ orgId: 'sahlgrenska', nominees: [nominee('Dan Dahl')], baseVersion: 1 })),
  ]);

  const saved = outcomes.find((o) => o.kind === 'saved');
  const refused = outcomes.find((o) => o.kind === 'conflict');
  expect(saved && refused).toBeTruthy();
  expect(refused).toEqual({ kind: 'conflict', current: (saved as { answer: unknown }).answer });
  expect((await b.answerHistory(C, 'sahlgrenska')).map((h) => h.version)).toEqual([1, 2]);
  expect(registerOf(site.fake, C, 'sahlgrenska').currentVersions).toEqual([2]);
});
