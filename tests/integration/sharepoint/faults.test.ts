import { ManualClock } from '../../../src/adapters/clock/system-clock';
import type { NewAnswer, SaveAnswerOutcome, Store } from '../../../src/app/ports/store';
import { campaign, CLI, deliverySpec, newAnswer, nominee, T0 } from '../../contract/fixtures';
import type { FaultRule } from '../../support/fake-graph';
import { emails, oneToN, registerOf } from './answers-check';
import { itemsOf, provisionedSite, type Site } from './site';

/**
 * A bad day at Graph: about one request in five throttled (429 with Retry-After, 503), plus gateway
 * timeouts and connections dropped after the change was made, on creates and updates. People submit
 * again when told it failed. Afterwards every acknowledged answer must be in Nomineringar exactly once,
 * the current one as Aktuell, and every organisation's history must run 1..n without a gap.
 */
const C = 'projektarbete-2025';
const ORGS = [
  'narhalsan',
  'sahlgrenska',
  'skaraborg',
  'folktandvarden',
  'goteborg',
  'fyrbodal',
  'vast',
  'norr',
];
const PEOPLE = ['Anna Ek', 'Berit Gran', 'Carl Tall', 'Dora Lind', 'Erik Alm'];
const BAD_DAY: FaultRule[] = [
  { kind: '429', rate: 0.1, retryAfterSeconds: 2 },
  { kind: '503', rate: 0.1 },
  { kind: '504', rate: 0.05, method: 'POST' },
  { kind: '504', rate: 0.05, method: 'PATCH' },
  { kind: 'drop-after', rate: 0.05, method: 'POST' },
  { kind: 'drop-after', rate: 0.05, method: 'PATCH' },
];
/** What a person does when the page says it failed: send the same form again. */
const TRIES = 8;

let site: Site;
let store: Store;
const clock = new ManualClock(T0);
beforeEach(async () => {
  site = await provisionedSite({ seed: 7, pageSize: 3, emptyPageEvery: 2 });
  // Fewer attempts than the default, so that some failures outlast the client's retries and reach people.
  store = site.open({ maxAttempts: 2 }).store;
  await store.saveCampaign(campaign(C, ORGS), clock.now(), CLI);
});
afterEach(() => site.stop());

/** Answers committed in their Svar item whose rows were not written when the failure came. */
let halfDone = 0;

async function submit(answer: NewAnswer, failures: string[]): Promise<SaveAnswerOutcome | undefined> {
  for (let attempt = 1; attempt <= TRIES; attempt++) {
    try {
      return await store.saveAnswer(answer);
    } catch (err) {
      failures.push((err as Error).name);
      const svar = itemsOf(site.fake, 'Svar').find((i) => i.fields.AnswerKey === `${C}|${answer.orgId}`);
      if (svar && svar.fields.ProjectedVersion !== svar.fields.Version) halfDone += 1;
    }
  }
  return undefined;
}

test('every acknowledged answer is in Nomineringar exactly once, with no gap in any history', async () => {
  site.fake.faults.set(BAD_DAY);
  const failures: string[] = [];
  const acknowledged = new Map<string, { version: number; emails: string[] }[]>();
  const last = new Map<string, NewAnswer>();
  // One organisation after the other: the fault dice then fall the same way on every run.
  for (const orgId of ORGS) {
    for (const [i, person] of PEOPLE.entries()) {
      clock.advance(60_000);
      const answer = newAnswer({
        campaignId: C,
        orgId,
        nominees: [nominee(person)],
        submittedAt: clock.now(),
      });
      const outcome = await submit(answer, failures);
      if (outcome?.kind === 'saved' || outcome?.kind === 'duplicate') {
        const seen = acknowledged.get(orgId) ?? [];
        acknowledged.set(orgId, [
          ...seen,
          { version: outcome.answer.version, emails: emails(outcome.answer) },
        ]);
      }
      if (outcome) last.set(orgId, answer);
      // A double click on the first answer.
      if (i === 0) expect((await submit(answer, failures))?.kind).toBe('duplicate');
    }
  }
  // The day was bad enough: Graph's failures reached people, and some answers were committed but their
  // rows were not (yet) written when the failure came.
  const faulted = site.fake.requests.filter((r) => r.fault !== undefined).length;
  expect(faulted / site.fake.requests.length).toBeGreaterThan(0.15);
  expect(failures.length).toBeGreaterThan(0);
  expect(failures).not.toContain('AnswerContentionError');
  expect(halfDone).toBeGreaterThan(0);

  site.fake.faults.clear();
  // The next call for an organisation finishes whatever a failure left half-done.
  for (const orgId of ORGS) expect((await store.saveAnswer(last.get(orgId)!)).kind).toBe('duplicate');

  for (const orgId of ORGS) {
    const saved = acknowledged.get(orgId) ?? [];
    expect(saved.length).toBeGreaterThan(0);
    const history = await store.answerHistory(C, orgId);
    const register = registerOf(site.fake, C, orgId);
    expect(history.map((h) => h.version)).toEqual(oneToN(history.length));
    expect(register.historyVersions).toEqual(oneToN(history.length));
    expect(register.savedEntries).toBe(history.length);
    expect(register.currentVersions).toEqual([history.length]);
    expect(new Set(register.rowKeys).size).toBe(register.rowKeys.length);
    for (const h of history) expect(register.byVersion.get(h.version)).toEqual(emails(h));
    for (const ack of saved) expect(register.byVersion.get(ack.version)).toEqual(ack.emails);
  }
});

test('a delivery is handed to one sender at most, whatever the faults', async () => {
  site.fake.faults.set(BAD_DAY);
  const lease = 5 * 60_000;
  for (const orgId of ORGS) {
    const spec = deliverySpec(orgId, { campaignId: C, key: `request:${C}:${orgId}:email` });
    const claims = await Promise.allSettled(
      Array.from({ length: 5 }, () => store.claimDelivery(spec, clock.now(), lease)),
    );
    const acquired = claims.filter((c) => c.status === 'fulfilled' && c.value.acquired);
    expect(acquired.length).toBeLessThanOrEqual(1);
  }
  site.fake.faults.clear();
  const keys = itemsOf(site.fake, 'Utskick').map((i) => i.fields.DeliveryKey);
  expect(new Set(keys).size).toBe(keys.length);
  for (const d of await store.deliveries(C)) expect(d.attempts).toBeLessThanOrEqual(1);
});
