import { dueSlot } from '../../../src/domain/reminders/due';
import { DEFAULT_REMINDER_POLICY, reminderPolicy } from '../../../src/domain/reminders/policy';
import { reminderSchedule } from '../../../src/domain/reminders/schedule';

/** The 2025 spring round: before-7 23 April, before-2 28 April, deadline-day 30 April, overdue-1 2 May, 09:00 local. */
const SCHEDULE = reminderSchedule(
  reminderPolicy(DEFAULT_REMINDER_POLICY),
  '2025-04-30',
  'Europe/Stockholm',
  new Date('2025-04-04T08:00:00Z'),
);
const at = (iso: string) => new Date(iso);
const ids = (slots: { id: string }[]) => slots.map((s) => s.id);

describe('dueSlot: what a scheduler tick sends now', () => {
  it('sends nothing before the first reminder is due', () => {
    expect(dueSlot(SCHEDULE, at('2025-04-23T06:59:59Z'), new Set())).toEqual({
      slot: undefined,
      skipped: [],
    });
  });

  it('sends a reminder from the moment it is due', () => {
    expect(dueSlot(SCHEDULE, at('2025-04-23T07:00:00Z'), new Set()).slot?.id).toBe('before-7');
    expect(dueSlot(SCHEDULE, at('2025-04-24T15:00:00Z'), new Set()).slot?.id).toBe('before-7');
  });

  it('sends nothing more once the latest due reminder is done, until the next one is due', () => {
    const done = new Set(['before-7']);
    expect(dueSlot(SCHEDULE, at('2025-04-25T07:00:00Z'), done)).toEqual({ slot: undefined, skipped: [] });
    expect(dueSlot(SCHEDULE, at('2025-04-28T06:59:59Z'), done).slot).toBeUndefined();
    expect(dueSlot(SCHEDULE, at('2025-04-28T07:00:00Z'), done).slot?.id).toBe('before-2');
  });

  it('after downtime over two reminders sends only the latest, and names the one it skips', () => {
    const r = dueSlot(SCHEDULE, at('2025-04-30T10:00:00Z'), new Set(['before-7']));
    expect(r.slot?.id).toBe('deadline-day');
    expect(ids(r.skipped)).toEqual(['before-2']);
  });

  it('after downtime over the whole round sends one overdue notice, not four messages', () => {
    const r = dueSlot(SCHEDULE, at('2025-06-01T10:00:00Z'), new Set());
    expect(r.slot?.id).toBe('overdue-1');
    expect(ids(r.skipped)).toEqual(['before-7', 'before-2', 'deadline-day']);
  });

  it('sends nothing when the latest due reminder is done, still naming older ones never recorded', () => {
    const r = dueSlot(SCHEDULE, at('2025-05-01T10:00:00Z'), new Set(['before-7', 'deadline-day']));
    expect(r.slot).toBeUndefined();
    expect(ids(r.skipped)).toEqual(['before-2']);
    const allRecorded = new Set(['before-7', 'before-2', 'deadline-day']);
    expect(dueSlot(SCHEDULE, at('2025-05-01T10:00:00Z'), allRecorded)).toEqual({
      slot: undefined,
      skipped: [],
    });
  });

  it('over a whole round of ticks every 15 minutes, with the service down from 27 to 30 April noon, sends each reminder at most once', () => {
    const done = new Set<string>();
    const sent: string[] = [];
    const skipped: string[] = [];
    const down = { from: at('2025-04-27T00:00:00Z').getTime(), to: at('2025-04-30T10:00:00Z').getTime() };
    for (
      let t = at('2025-04-04T08:00:00Z').getTime();
      t < at('2025-05-20T00:00:00Z').getTime();
      t += 900_000
    ) {
      if (t >= down.from && t < down.to) continue;
      const r = dueSlot(SCHEDULE, new Date(t), done);
      for (const s of r.skipped) {
        skipped.push(s.id);
        done.add(s.id);
      }
      if (r.slot) {
        sent.push(`${r.slot.id} ${new Date(t).toISOString()}`);
        done.add(r.slot.id);
      }
    }
    expect(sent).toEqual([
      'before-7 2025-04-23T07:00:00.000Z',
      'deadline-day 2025-04-30T10:00:00.000Z',
      'overdue-1 2025-05-02T07:00:00.000Z',
    ]);
    expect(skipped).toEqual(['before-2']);
  });
});
