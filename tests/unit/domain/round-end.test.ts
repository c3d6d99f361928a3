import { extensionProblem } from '../../../src/domain/extension';
import { CLOSED_SUMMARY_KEY, summaryDue, summaryInstant } from '../../../src/domain/reminders/rounds';
import type { CampaignRecord } from '../../../src/domain/campaign';
import { campaign } from './builders';

const TZ = 'Europe/Stockholm';

function record(over: Partial<CampaignRecord> = {}): CampaignRecord {
  return {
    campaign: campaign(),
    state: 'open',
    createdAt: new Date('2025-04-01T08:00:00Z'),
    sentAt: new Date('2025-04-04T08:00:00Z'),
    deadlineDate: '2025-04-30',
    ...over,
  };
}

describe('the end-of-round summary', () => {
  it('is due the morning of the next working day after the deadline, at the reminders’ time', () => {
    // 1 May is a holiday: Friday 2 May at 09:00 in Stockholm.
    expect(summaryInstant(record())).toEqual(new Date('2025-05-02T07:00:00Z'));
    expect(summaryDue(record(), new Date('2025-05-02T06:59:59Z'))).toBeUndefined();
    expect(summaryDue(record(), new Date('2025-05-02T07:00:00Z'))).toEqual({
      reason: 'deadline',
      key: '2025-04-30:summary',
    });
  });

  it('goes once: not again once recorded, and again only for a deadline moved later', () => {
    const sent = record({ reminderSlots: { '2025-04-30:summary': { state: 'done', at: new Date() } } });
    expect(summaryDue(sent, new Date('2025-06-01T00:00:00Z'))).toBeUndefined();
    const moved = { ...sent, deadlineDate: '2025-05-09' };
    expect(summaryDue(moved, new Date('2025-05-12T07:00:00Z'))).toEqual({
      reason: 'deadline',
      key: '2025-05-09:summary',
    });
  });

  it('goes when a sent round is closed, whenever that is, and not for one never sent', () => {
    const closed = record({ state: 'closed', closedAt: new Date('2025-04-20T08:00:00Z') });
    expect(summaryDue(closed, new Date('2025-04-20T08:00:00Z'))).toEqual({
      reason: 'closed',
      key: CLOSED_SUMMARY_KEY,
    });
    const done = {
      ...closed,
      reminderSlots: { [CLOSED_SUMMARY_KEY]: { state: 'done' as const, at: new Date() } },
    };
    expect(summaryDue(done, new Date('2025-06-01T00:00:00Z'))).toBeUndefined();
    const draft = record({ state: 'closed', sentAt: undefined, deadlineDate: undefined });
    expect(summaryDue(draft, new Date('2025-06-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('an extension', () => {
  const now = new Date('2025-05-05T10:00:00Z');

  it('must be a real date later than the current deadline and not already over', () => {
    expect(extensionProblem('2025-04-30', '2025-05-09', now, TZ)).toBeUndefined();
    expect(extensionProblem('2025-04-30', '2025-05-05', now, TZ)).toBeUndefined();
    expect(extensionProblem('2025-04-30', '2025-05-04', now, TZ)).toBe('passed');
    expect(extensionProblem('2025-05-09', '2025-05-09', now, TZ)).toBe('not_later');
    expect(extensionProblem('2025-05-09', '2025-05-07', now, TZ)).toBe('not_later');
    expect(extensionProblem('2025-04-30', '2025-02-30', now, TZ)).toBe('date_invalid');
    expect(extensionProblem('2025-04-30', '9 maj', now, TZ)).toBe('date_invalid');
  });

  it('counts today in the campaign’s time zone: after 22:00 UTC on 5 May it is 6 May in Stockholm', () => {
    expect(extensionProblem('2025-04-30', '2025-05-05', new Date('2025-05-05T22:30:00Z'), TZ)).toBe('passed');
  });
});
