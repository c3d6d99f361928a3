import { DELIVERY_LEASE_MS } from '../../../src/app/use-cases/deliver';
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
 * A `reminders run` killed with SIGKILL in the middle of its tick (a crash, an OOM kill, a host gone),
 * then run again: each reminder goes once and none is skipped. The tick is slowed by the mail pace
 * (one message a minute), so it is always killed between its first message and its second, holding the
 * second delivery's claim; the restart finds that claim's lease still running and leaves it alone, and
 * a run after the lease has run out takes it over.
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

const TICK = '2025-04-23T07:00:00.000Z';
const AFTER_LEASE = new Date(new Date(TICK).getTime() + DELIVERY_LEASE_MS + 1000).toISOString();

describe.each(BACKENDS)('a tick killed half-way on the %s store', (backend) => {
  it('is finished by the next runs: every reminder once, none skipped', async () => {
    world = await startProcessWorld(backend, main);
    const w = world;
    const sent = () => w.fake.sentMail(SENDER).filter((m) => /^Påminnelse: /.test(m.subject ?? ''));

    const doomed = w.start(TICK, { MAIL_PER_MINUTE: '1' });
    // Killed once its first reminder is sent and recorded and it holds the claim of the next one (which
    // waits a minute for the pace), not in the instants between sending, recording and claiming.
    const holdingNext = async () => {
      const states = (await reminderDeliveries(w)).map((d) => d.state);
      return states.includes('sent') && states.includes('sending');
    };
    await waitUntil('the tick has sent one reminder and holds the next', holdingNext, 20_000);
    process.kill(doomed.pid, 'SIGKILL');
    expect((await doomed.ended).signal).toBe('SIGKILL');
    expect(sent()).toHaveLength(1);
    const held = (await reminderDeliveries(w)).filter((d) => d.state === 'sending');
    expect(held.length).toBeGreaterThanOrEqual(1);

    // Restarted at once: the dead process's claims are still leased, so they are not touched.
    const restart = await w.run(TICK);
    expect(restart.code).toBe(0);
    const results = resultsOf(restart);
    expect(results.filter((r) => r.endsWith(' busy')).length).toBeGreaterThanOrEqual(1);
    expect((await w.round.app.store.getCampaign(ID))?.reminderSlots).toEqual({});

    // Past the lease: taken over, looked for in Sent Items, sent if it never went.
    const later = await w.run(AFTER_LEASE);
    expect(later.code).toBe(0);
    const deliveries = await reminderDeliveries(w);
    expect(deliveries.map((d) => d.orgId).sort()).toEqual([...ORGS].sort());
    expect(deliveries.every((d) => d.state === 'sent')).toBe(true);
    expect(deliveries.map((d) => w.copiesOf(d.key))).toEqual(deliveries.map(() => 1));
    expect(sent()).toHaveLength(ORGS.length);
    for (const h of held) {
      expect(deliveries.find((d) => d.key === h.key)?.attempts).toBe(2);
    }
    const slots = (await w.round.app.store.getCampaign(ID))?.reminderSlots ?? {};
    expect(Object.entries(slots).map(([k, v]) => `${k} ${v.state}`)).toEqual(['2025-04-30:before-7 done']);

    // Nothing more to do at a later tick of the same round.
    expect(resultsOf(await w.run(AFTER_LEASE))).toEqual([]);
  }, 90_000);
});
