import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
} from '../../../src/domain/calendar/working-days';
import { workingDaysLeft } from '../../../src/domain/reminders/days-left';

describe('Swedish working days', () => {
  it.each([
    ['2025-04-17', 'skärtorsdagen (a working day, though Easter follows)'],
    ['2025-04-22', 'the Tuesday after Easter'],
    ['2025-04-30', 'Valborgsmässoafton (a working day in practice)'],
    ['2025-05-02', 'the Friday between 1 May and the weekend'],
    ['2025-06-19', 'the Thursday before midsommarafton'],
    ['2025-10-31', 'allhelgonaafton'],
    ['2025-12-23', 'the day before julafton'],
    ['2026-01-05', 'trettondagsafton'],
    ['2025-12-10', 'Nobeldagen (an observance only)'],
  ])('%s is a working day: %s', (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });

  it.each([
    ['2025-01-01', 'nyårsdagen'],
    ['2025-01-06', 'trettondedag jul'],
    ['2025-04-18', 'långfredagen'],
    ['2025-04-19', 'påskafton (a Saturday)'],
    ['2025-04-20', 'påskdagen'],
    ['2025-04-21', 'annandag påsk'],
    ['2025-05-01', 'första maj'],
    ['2025-05-29', 'Kristi himmelsfärdsdag'],
    ['2025-06-06', 'nationaldagen'],
    ['2025-06-20', 'midsommarafton (a day off in practice)'],
    ['2025-12-24', 'julafton (a day off in practice)'],
    ['2025-12-25', 'juldagen'],
    ['2025-12-26', 'annandag jul'],
    ['2025-12-31', 'nyårsafton (a day off in practice)'],
    ['2026-06-19', 'midsommarafton 2026'],
    ['2025-05-10', 'a Saturday'],
    ['2025-05-11', 'a Sunday'],
  ])('%s is not a working day: %s', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it('steps to the next and previous working day, never staying on the day itself', () => {
    expect(nextWorkingDay('2025-04-30')).toBe('2025-05-02');
    expect(nextWorkingDay('2025-04-17')).toBe('2025-04-22');
    expect(nextWorkingDay('2025-05-09')).toBe('2025-05-12');
    expect(previousWorkingDay('2025-04-22')).toBe('2025-04-17');
    expect(previousWorkingDay('2025-05-12')).toBe('2025-05-09');
    expect(previousWorkingDay('2025-05-02')).toBe('2025-04-30');
  });

  it('stays on a working day, or moves to the nearest one in the direction asked', () => {
    expect(workingDayOnOrAfter('2025-04-30')).toBe('2025-04-30');
    expect(workingDayOnOrAfter('2025-05-01')).toBe('2025-05-02');
    expect(workingDayOnOrBefore('2025-04-30')).toBe('2025-04-30');
    expect(workingDayOnOrBefore('2025-04-21')).toBe('2025-04-17');
  });

  it('crosses the turn of the year over julafton, nyårsafton and nyårsdagen', () => {
    expect(nextWorkingDay('2025-12-23')).toBe('2025-12-29');
    expect(nextWorkingDay('2025-12-30')).toBe('2026-01-02');
    expect(previousWorkingDay('2026-01-02')).toBe('2025-12-30');
    expect(addWorkingDays('2025-12-19', 5)).toBe('2026-01-02');
  });

  it('adds and subtracts working days, skipping weekends and holidays', () => {
    expect(addWorkingDays('2025-04-30', 1)).toBe('2025-05-02');
    expect(addWorkingDays('2025-04-30', 2)).toBe('2025-05-05');
    // May 2025: the 19th working day after 30 April is the 28th; the 29th is Kristi himmelsfärdsdag.
    expect(addWorkingDays('2025-04-30', 19)).toBe('2025-05-28');
    expect(addWorkingDays('2025-04-30', 20)).toBe('2025-05-30');
    expect(addWorkingDays('2025-04-22', -1)).toBe('2025-04-17');
    expect(addWorkingDays('2025-05-02', -2)).toBe('2025-04-29');
    expect(addWorkingDays('2025-05-10', 1)).toBe('2025-05-12');
    expect(addWorkingDays('2025-05-10', 0)).toBe('2025-05-10');
  });

  it('counts working days between two dates as the inverse of adding them', () => {
    expect(workingDaysBetween('2025-04-28', '2025-04-30')).toBe(2);
    expect(workingDaysBetween('2025-04-30', '2025-05-02')).toBe(1);
    expect(workingDaysBetween('2025-05-02', '2025-04-30')).toBe(-1);
    expect(workingDaysBetween('2025-04-30', '2025-04-30')).toBe(0);
    for (const n of [-15, -3, 1, 7, 21]) {
      expect(workingDaysBetween('2025-04-30', addWorkingDays('2025-04-30', n))).toBe(n);
    }
  });

  it('refuses dates that are not calendar dates rather than guessing', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(/not a calendar date/);
    expect(() => isWorkingDay('30/4 2025')).toThrow(/YYYY-MM-DD/);
    expect(() => addWorkingDays('2025-04-30', 1.5)).toThrow(/whole number/);
  });
});

describe('workingDaysLeft', () => {
  const TZ = 'Europe/Stockholm';

  it('counts the working days still to come up to the deadline day, by the local date', () => {
    // Monday 28 April 2025, 09:00 local: Tuesday and Wednesday (Valborg) are left.
    expect(workingDaysLeft(new Date('2025-04-28T07:00:00Z'), '2025-04-30', TZ)).toBe(2);
    expect(workingDaysLeft(new Date('2025-04-30T07:00:00Z'), '2025-04-30', TZ)).toBe(0);
    // Friday 2 May: one working day (not the holiday) since the deadline.
    expect(workingDaysLeft(new Date('2025-05-02T07:00:00Z'), '2025-04-30', TZ)).toBe(-1);
    // Friday 9 May and the weekend before a Monday deadline: one working day left.
    expect(workingDaysLeft(new Date('2025-05-09T07:00:00Z'), '2025-05-12', TZ)).toBe(1);
    expect(workingDaysLeft(new Date('2025-05-11T12:00:00Z'), '2025-05-12', TZ)).toBe(1);
    // 23:30 local on Sunday 11 May is still Sunday, although it is 21:30 UTC.
    expect(workingDaysLeft(new Date('2025-05-11T21:30:00Z'), '2025-05-12', TZ)).toBe(1);
    expect(workingDaysLeft(new Date('2025-05-11T22:30:00Z'), '2025-05-12', TZ)).toBe(0);
  });
});
