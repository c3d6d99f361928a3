import { createMailPacer, type MailPacer } from '../../../src/adapters/mail/pacing/mail-pacer';
import { VirtualTime } from './virtual-time';

/**
 * The pacer keeps one mailbox within Exchange's limits. Everything runs on a virtual clock: each "send"
 * takes its (virtual) time, and the test reads the schedule afterwards.
 */

interface Run {
  start: number;
  end: number;
}

async function sendAll(
  time: VirtualTime,
  pacer: MailPacer,
  durations: number[],
): Promise<{ runs: Run[]; maxInFlight: number }> {
  const runs: Run[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  // Every message is handed to the pacer at once: concurrent callers, the hardest case for it.
  const all = durations.map((ms) =>
    pacer.message(async () => {
      const start = time.now();
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await time.sleep(ms);
      inFlight--;
      runs.push({ start, end: time.now() });
    }),
  );
  await time.run(Promise.all(all));
  runs.sort((a, b) => a.start - b.start);
  return { runs, maxInFlight };
}

/** The most starts in any 60-second window [t, t + 60 s). */
function mostInAMinute(starts: number[]): number {
  let most = 0;
  for (let i = 0; i < starts.length; i++) {
    let n = 0;
    while (i + n < starts.length && starts[i + n]! < starts[i]! + 60_000) n++;
    most = Math.max(most, n);
  }
  return most;
}

describe('the mail pacer', () => {
  it('sends 90 messages at 30 a minute, one every 2 s, with no more than 30 in any minute', async () => {
    const time = new VirtualTime();
    const pacer = createMailPacer({ perMinute: 30, concurrency: 4 }, time);
    const { runs, maxInFlight } = await sendAll(time, pacer, Array(90).fill(1_500));

    expect(runs).toHaveLength(90);
    expect(runs.map((r) => r.start)).toEqual(Array.from({ length: 90 }, (_, i) => i * 2_000));
    expect(mostInAMinute(runs.map((r) => r.start))).toBe(30);
    expect(maxInFlight).toBe(1);
    // The whole send takes what the pace says: 89 intervals and the last message.
    expect(Math.max(...runs.map((r) => r.end))).toBe(89 * 2_000 + 1_500);
  });

  it('never has more than 4 in flight when sends are slow, and still keeps the pace', async () => {
    const time = new VirtualTime();
    const pacer = createMailPacer({ perMinute: 30, concurrency: 4 }, time);
    // Slow and uneven sends (a throttled request waits inside the client): 10 s, 3 s, 14 s, 1 s, ...
    const durations = Array.from({ length: 90 }, (_, i) => [10_000, 3_000, 14_000, 1_000, 9_000][i % 5]!);
    const { runs, maxInFlight } = await sendAll(time, pacer, durations);

    expect(runs).toHaveLength(90);
    expect(maxInFlight).toBe(4);
    const starts = runs.map((r) => r.start);
    expect(mostInAMinute(starts)).toBeLessThanOrEqual(30);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(2_000);
    // At any start, at most three others are still running.
    for (const r of runs) {
      const running = runs.filter((o) => o.start <= r.start && o.end > r.start);
      expect(running.length).toBeLessThanOrEqual(4);
    }
  });

  it('shares one pace between several sends running at the same time', async () => {
    const time = new VirtualTime();
    const pacer = createMailPacer({ perMinute: 30, concurrency: 4 }, time);
    const starts: number[] = [];
    // Three campaign sends, each sending its 30 messages one after the other, as sendCampaign does.
    const campaign = async () => {
      for (let i = 0; i < 30; i++) {
        await pacer.message(async () => {
          starts.push(time.now());
          await time.sleep(500);
        });
      }
    };
    await time.run(Promise.all([campaign(), campaign(), campaign()]));

    expect(starts).toHaveLength(90);
    expect(mostInAMinute(starts.sort((a, b) => a - b))).toBe(30);
    expect(new Set(starts).size).toBe(90);
  });

  it('lets look-ups through without spending the pace, but not past the concurrency limit', async () => {
    const time = new VirtualTime();
    const pacer = createMailPacer({ perMinute: 30, concurrency: 2 }, time);
    const events: string[] = [];
    const work = Promise.all([
      pacer.message(async () => {
        events.push(`send1@${time.now()}`);
        await time.sleep(5_000);
      }),
      pacer.request(async () => {
        events.push(`look1@${time.now()}`);
        await time.sleep(1_000);
      }),
      pacer.request(async () => {
        events.push(`look2@${time.now()}`);
        await time.sleep(1_000);
      }),
      pacer.message(async () => {
        events.push(`send2@${time.now()}`);
        await time.sleep(100);
      }),
    ]);
    await time.run(work);
    // look2 waits for look1's slot (2 in flight), send2 waits for a slot, then for its start time.
    expect(events.sort()).toEqual(['look1@0', 'look2@1000', 'send1@0', 'send2@2000']);
  });

  it('refuses a pace outside what Exchange allows', () => {
    const time = new VirtualTime();
    expect(() => createMailPacer({ perMinute: 30, concurrency: 5 }, time)).toThrow(/concurrency/);
    expect(() => createMailPacer({ perMinute: 0, concurrency: 4 }, time)).toThrow(/perMinute/);
  });

  it('frees the slot of a send that fails', async () => {
    const time = new VirtualTime();
    const pacer = createMailPacer({ perMinute: 60, concurrency: 1 }, time);
    const failed = pacer.message(async () => {
      throw new Error('boom');
    });
    await expect(time.run(failed)).rejects.toThrow('boom');
    await expect(time.run(pacer.message(async () => time.now()))).resolves.toBe(1_000);
  });
});
