import { admissionAt } from '../../../src/domain/admission';
import { deadlineFor, type CampaignRecord } from '../../../src/domain/campaign';
import type { Nominee } from '../../../src/domain/answer';
import { progressOf, responseStatus, shortfallsOf } from '../../../src/domain/status';
import type { RoleQuota } from '../../../src/domain/quota';
import { campaign, CONTACT, DEPUTY, REPRESENTATIVE } from './builders';

const nominee = (roleId: string, n: number): Nominee => ({
  roleId,
  name: `Person ${n}`,
  email: `person${n}@vgregion.example`,
});

describe('response status', () => {
  const quotas: RoleQuota[] = [
    { role: CONTACT, min: 1, max: 1 },
    { role: DEPUTY, min: 0, max: 1 },
  ];

  it('is missing with nobody named', () => {
    expect(responseStatus(quotas, [])).toBe('missing');
  });

  it('is answered when every role minimum is met, optional roles or not', () => {
    expect(responseStatus(quotas, [nominee('contact', 1)])).toBe('answered');
    expect(responseStatus(quotas, [nominee('contact', 1), nominee('deputy', 2)])).toBe('answered');
  });

  it('is partial when someone is named but a minimum is not met', () => {
    expect(responseStatus(quotas, [nominee('deputy', 1)])).toBe('partial');
    expect(shortfallsOf(quotas, [nominee('deputy', 1)])).toEqual([{ roleId: 'contact', missing: 1 }]);
  });

  it('measures an organisation against its own minimum', () => {
    const two: RoleQuota[] = [{ role: REPRESENTATIVE, min: 2, max: 4 }];
    expect(responseStatus(two, [nominee('representative', 1)])).toBe('partial');
    expect(shortfallsOf(two, [nominee('representative', 1)])).toEqual([
      { roleId: 'representative', missing: 1 },
    ]);
    expect(responseStatus(two, [nominee('representative', 1), nominee('representative', 2)])).toBe(
      'answered',
    );
  });
});

describe('progressOf', () => {
  it('counts each status and the total', () => {
    expect(progressOf(['answered', 'missing', 'partial', 'answered', 'missing', 'missing'])).toEqual({
      total: 6,
      answered: 2,
      partial: 1,
      missing: 3,
    });
    expect(progressOf([])).toEqual({ total: 0, answered: 0, partial: 0, missing: 0 });
  });
});

describe('admissionAt', () => {
  const record = (
    over: Partial<CampaignRecord> = {},
    latePolicy: 'accept' | 'refuse' = 'accept',
  ): CampaignRecord => ({
    campaign: campaign({ latePolicy }),
    state: 'open',
    createdAt: new Date('2025-04-01T08:00:00Z'),
    sentAt: new Date('2025-04-16T08:00:00Z'),
    deadlineDate: '2025-04-30',
    ...over,
  });

  it('takes answers on time until local midnight after the deadline day', () => {
    expect(admissionAt(record(), 'fyrbodal', new Date('2025-04-30T21:59:59Z'))).toBe('on_time');
  });

  it('takes a late answer flagged late, or refuses it, as the campaign says', () => {
    const late = new Date('2025-04-30T22:00:00Z');
    expect(admissionAt(record({}, 'accept'), 'fyrbodal', late)).toBe('late');
    expect(admissionAt(record({}, 'refuse'), 'fyrbodal', late)).toBe('late_refused');
  });

  it('takes nothing before sending or after closing', () => {
    const during = new Date('2025-04-20T10:00:00Z');
    expect(
      admissionAt(record({ state: 'draft', deadlineDate: undefined, sentAt: undefined }), 'fyrbodal', during),
    ).toBe('not_open');
    expect(
      admissionAt(
        record({ state: 'closed', closedAt: new Date('2025-04-19T10:00:00Z') }),
        'fyrbodal',
        during,
      ),
    ).toBe('closed');
  });

  it('holds each organisation to its own deadline: one given more time still answers on time', () => {
    const extended = record({ orgDeadlines: { fyrbodal: '2025-05-09' } }, 'refuse');
    const late = new Date('2025-05-02T08:00:00Z');
    expect(admissionAt(extended, 'fyrbodal', late)).toBe('on_time');
    expect(admissionAt(extended, 'skaraborg', late)).toBe('late_refused');
    expect(admissionAt(extended, 'fyrbodal', new Date('2025-05-09T22:00:00Z'))).toBe('late_refused');
  });

  it('never gives an organisation less time than the campaign when the whole campaign is moved past its own date', () => {
    const moved = record({ deadlineDate: '2025-05-14', orgDeadlines: { fyrbodal: '2025-05-09' } });
    expect(deadlineFor(moved, 'fyrbodal')).toBe('2025-05-14');
    expect(admissionAt(moved, 'fyrbodal', new Date('2025-05-12T08:00:00Z'))).toBe('on_time');
  });
});
