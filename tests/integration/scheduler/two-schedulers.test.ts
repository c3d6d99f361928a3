import { buildDist } from '../../support/build';
import { waitUntil } from '../../support/wait-until';
import { ID, ORGS } from './example-round';
import {
  BACKENDS,
  reminderDeliveries,
  resultsOf,
  SENDER,
  startProcessWorld,
  type ProcessWorld,
} from './process-world';

/**
 * Two schedulers on one store: two `reminders run` processes (two timers, or two instances of the
 * service behind a load balancer) ticking at the same moment. Each reminder must go out once.
 */

let main: string;
let world: ProcessWorld | undefined;

beforeAll(async () => {
  main = await buildDist();
}, 120_000);
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

const reminderMail = (w: ProcessWorld) =>
  w.fake.sentMail(SENDER).filter((m) => /^Påminnelse: /.test(m.subject ?? ''));

describe.each(BACKENDS)('two schedulers on one %s store', (backend) => {
  it('send each reminder once, whether one starts in the middle of the other’s tick or both at once', async () => {
    world = await startProcessWorld(backend, main);
    const w = world;

    // The second starts while the first is sending (it has sent one of its 16 reminders).
    const first = w.start('2025-04-23T07:00:00Z', { MAIL_PER_MINUTE: '300' });
    await waitUntil('the first process has sent a reminder', () => reminderMail(w).length > 0, 20_000);
    const second = await w.run('2025-04-23T07:00:00Z', { MAIL_PER_MINUTE: '300' });
    const firstRun = await first.ended;
    expect([firstRun.code, second.code]).toEqual([0, 0]);
    const a = resultsOf(firstRun);
    const b = resultsOf(second);
    const sentBy = (results: string[]) => results.filter((r) => r.endsWith(' sent')).length;
    expect(sentBy(a) + sentBy(b)).toBe(ORGS.length);
    // The second found the first one's work: sent already, or held by it at that moment.
    expect(b.filter((r) => / (already_sent|busy)$/.test(r)).length).toBeGreaterThan(0);

    // Both at the same moment, two days before.
    const [one, two] = await Promise.all([w.run('2025-04-28T07:00:00Z'), w.run('2025-04-28T07:00:00Z')]);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(sentBy(resultsOf(one)) + sentBy(resultsOf(two))).toBe(ORGS.length);

    const deliveries = await reminderDeliveries(w);
    expect(deliveries).toHaveLength(2 * ORGS.length);
    expect(deliveries.every((d) => d.state === 'sent')).toBe(true);
    expect(deliveries.map((d) => w.copiesOf(d.key)).every((n) => n === 1)).toBe(true);
    expect(reminderMail(w)).toHaveLength(2 * ORGS.length);
    for (const org of ORGS) {
      const to = reminderMail(w).filter((m) =>
        m.toRecipients?.some((r) => r.emailAddress.address === `${org}@vgregion.example`),
      );
      expect(to).toHaveLength(2);
    }
    const slots = (await w.round.app.store.getCampaign(ID))?.reminderSlots ?? {};
    expect(Object.keys(slots).sort()).toEqual(['2025-04-30:before-2', '2025-04-30:before-7']);
  }, 90_000);
});
