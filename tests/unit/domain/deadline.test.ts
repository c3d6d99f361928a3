import {
  closingInstant,
  daysLeft,
  isOnTime,
  localDate,
  resolveDeadlineDate,
} from '../../../src/domain/deadline';

const TZ = 'Europe/Stockholm';
const at = (iso: string) => new Date(iso);

describe('a date deadline includes the whole local day in Europe/Stockholm', () => {
  // [deadline, last on-time instant (23:59:59 local) in UTC, first late instant (00:00:00 next local day) in UTC]
  it.each([
    ['winter time', '2025-01-15', '2025-01-15T22:59:59Z', '2025-01-15T23:00:00Z'],
    ['summer time', '2025-04-30', '2025-04-30T21:59:59Z', '2025-04-30T22:00:00Z'],
    ['the day before spring forward', '2025-03-29', '2025-03-29T22:59:59Z', '2025-03-29T23:00:00Z'],
    ['the spring-forward day (23 hours)', '2025-03-30', '2025-03-30T21:59:59Z', '2025-03-30T22:00:00Z'],
    ['the day before fall back', '2025-10-25', '2025-10-25T21:59:59Z', '2025-10-25T22:00:00Z'],
    ['the fall-back day (25 hours)', '2025-10-26', '2025-10-26T22:59:59Z', '2025-10-26T23:00:00Z'],
  ])('%s: %s closes at local midnight', (_label, deadline, lastOnTime, firstLate) => {
    expect(closingInstant(deadline, TZ).toISOString()).toBe(new Date(firstLate).toISOString());
    expect(isOnTime(at(lastOnTime), deadline, TZ)).toBe(true);
    expect(isOnTime(at(firstLate), deadline, TZ)).toBe(false);
    expect(localDate(at(lastOnTime), TZ)).toBe(deadline);
    expect(localDate(at(firstLate), TZ)).not.toBe(deadline);
  });

  it('takes an answer at the very start of the deadline day, however early in UTC', () => {
    // 00:00:00 local on 2025-04-30 is still 29 April in UTC.
    expect(isOnTime(at('2025-04-29T22:00:00Z'), '2025-04-30', TZ)).toBe(true);
  });

  it('honours another time zone when the campaign names one', () => {
    expect(closingInstant('2025-04-30', 'UTC').toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(closingInstant('2025-04-30', 'America/New_York').toISOString()).toBe('2025-05-01T04:00:00.000Z');
  });

  it('refuses a date that is no date', () => {
    expect(() => closingInstant('2025-02-30', TZ)).toThrow(/invalid deadline/);
  });
});

describe('an answer window counts local days from the day the request is sent', () => {
  it('keeps a fixed date exactly as written, even a Sunday or a holiday', () => {
    expect(resolveDeadlineDate({ kind: 'date', date: '2025-04-30' }, at('2025-04-16T08:00:00Z'), TZ)).toBe(
      '2025-04-30',
    );
    expect(resolveDeadlineDate({ kind: 'date', date: '2026-12-06' }, at('2026-11-22T10:00:00Z'), TZ)).toBe(
      '2026-12-06',
    );
    expect(resolveDeadlineDate({ kind: 'date', date: '2025-05-01' }, at('2025-04-16T08:00:00Z'), TZ)).toBe(
      '2025-05-01',
    );
  });

  it('counts from the local date, so a request sent late in the evening does not lose or gain a day to UTC', () => {
    const twoWeeks = { kind: 'window' as const, days: 14 };
    // 23:30 local on 16 April (21:30 UTC): the 16th is day 0.
    expect(resolveDeadlineDate(twoWeeks, at('2025-04-16T21:30:00Z'), TZ)).toBe('2025-04-30');
    // 00:30 local on 17 April is still 16 April in UTC; locally it is the 17th, so the window ends on
    // 1 May, a holiday, and moves to Friday 2 May.
    expect(resolveDeadlineDate(twoWeeks, at('2025-04-16T22:30:00Z'), TZ)).toBe('2025-05-02');
  });

  it('ends a window that ends on a weekend or a holiday on the next working day', () => {
    const twoWeeks = { kind: 'window' as const, days: 14 };
    // Sent on Sunday 22 November 2026: two weeks is Sunday 6 December, so the deadline is Monday 7 December.
    expect(resolveDeadlineDate(twoWeeks, at('2026-11-22T10:00:00Z'), TZ)).toBe('2026-12-07');
    // Midsommarafton (Friday 19 June 2026) is a day off: Monday 22 June.
    expect(resolveDeadlineDate(twoWeeks, at('2026-06-05T08:00:00Z'), TZ)).toBe('2026-06-22');
    // Julafton, juldagen, annandag jul and the weekend after: Monday 29 December 2025.
    expect(resolveDeadlineDate(twoWeeks, at('2025-12-10T08:00:00Z'), TZ)).toBe('2025-12-29');
    // Valborgsmässoafton is a working day and keeps the deadline.
    expect(resolveDeadlineDate(twoWeeks, at('2026-04-16T08:00:00Z'), TZ)).toBe('2026-04-30');
  });

  it('counts calendar days across the changes to and from summer time', () => {
    expect(resolveDeadlineDate({ kind: 'window', days: 1 }, at('2025-03-29T23:30:00Z'), TZ)).toBe(
      '2025-03-31',
    );
    expect(resolveDeadlineDate({ kind: 'window', days: 21 }, at('2025-03-20T10:00:00Z'), TZ)).toBe(
      '2025-04-10',
    );
    // 01:30 summer time on the fall-back day, 25 October in UTC: 14 days is Sunday 9 November, so Monday.
    expect(resolveDeadlineDate({ kind: 'window', days: 14 }, at('2025-10-25T23:30:00Z'), TZ)).toBe(
      '2025-11-10',
    );
  });
});

describe('daysLeft', () => {
  it('is 0 through the whole deadline day and -1 from the next local midnight', () => {
    expect(daysLeft(at('2025-04-29T22:00:00Z'), '2025-04-30', TZ)).toBe(0);
    expect(daysLeft(at('2025-04-30T21:59:59Z'), '2025-04-30', TZ)).toBe(0);
    expect(daysLeft(at('2025-04-30T22:00:00Z'), '2025-04-30', TZ)).toBe(-1);
    expect(daysLeft(at('2025-04-29T21:59:59Z'), '2025-04-30', TZ)).toBe(1);
  });

  it('counts whole days across a 23-hour and a 25-hour day', () => {
    expect(daysLeft(at('2025-03-29T12:00:00Z'), '2025-03-31', TZ)).toBe(2);
    expect(daysLeft(at('2025-10-25T12:00:00Z'), '2025-10-27', TZ)).toBe(2);
  });
});
