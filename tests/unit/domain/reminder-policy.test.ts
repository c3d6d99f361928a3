import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadCampaignFile } from '../../../src/adapters/campaign-file/load-campaign-file';
import { campaignFromFile } from '../../../src/domain/campaign';
import { campaignFileSchema } from '../../../src/domain/campaign-file';
import { DEFAULT_REMINDER_POLICY } from '../../../src/domain/reminders/policy';
import { reminderSchedule } from '../../../src/domain/reminders/schedule';
import { validCampaignData } from './builders';

type Data = Record<string, unknown>;

function parsed(reminders: unknown) {
  return campaignFileSchema.safeParse({ ...validCampaignData(), reminders });
}

/** The problems a `reminders` section gets, as `path: code`. */
function problemsOf(reminders: unknown): string[] {
  const r = parsed(reminders);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the reminder policy in the campaign file', () => {
  it('is the default policy when the file says nothing', () => {
    const file = campaignFileSchema.parse(validCampaignData());
    const campaign = campaignFromFile(file, []);
    expect(campaign.reminders).toEqual({
      daysBefore: [7, 2],
      onDeadlineDay: true,
      overdueAfterWorkingDays: [1],
      timeOfDay: '09:00',
      max: 4,
      escalateAfterOverdue: false,
    });
    expect(campaign.reminders).toEqual(DEFAULT_REMINDER_POLICY);
  });

  it('fills the keys a file leaves out from the default, and puts the days in schedule order', () => {
    const r = parsed({ daysBefore: [2, 10, 5], overdueAfterWorkingDays: [3, 1], escalateAfterOverdue: true });
    expect(r.success).toBe(true);
    expect(campaignFromFile(r.data!, []).reminders).toEqual({
      daysBefore: [10, 5, 2],
      onDeadlineDay: true,
      overdueAfterWorkingDays: [1, 3],
      timeOfDay: '09:00',
      max: 4,
      escalateAfterOverdue: true,
    });
  });

  it('takes empty lists and no deadline-day reminder as "no reminders"', () => {
    const r = parsed({ daysBefore: [], onDeadlineDay: false, overdueAfterWorkingDays: [] });
    expect(r.success).toBe(true);
    const policy = campaignFromFile(r.data!, []).reminders;
    expect(
      reminderSchedule(policy, '2025-04-30', 'Europe/Stockholm', new Date('2025-04-04T08:00:00Z')),
    ).toEqual([]);
  });

  it('does not share the default lists between campaigns', () => {
    const a = campaignFromFile(campaignFileSchema.parse(validCampaignData()), []);
    a.reminders.daysBefore.push(1);
    const b = campaignFromFile(campaignFileSchema.parse(validCampaignData()), []);
    expect(b.reminders.daysBefore).toEqual([7, 2]);
  });

  it.each<[string, unknown, string[]]>([
    [
      'days before out of 1..60',
      { daysBefore: [7, 0, 61] },
      ['reminders.daysBefore.1: reminder_before_range', 'reminders.daysBefore.2: reminder_before_range'],
    ],
    [
      'a day before given twice',
      { daysBefore: [7, 2, 7] },
      ['reminders.daysBefore.2: reminder_day_duplicate'],
    ],
    [
      'overdue working days out of 1..30',
      { overdueAfterWorkingDays: [0, 31] },
      [
        'reminders.overdueAfterWorkingDays.0: reminder_overdue_range',
        'reminders.overdueAfterWorkingDays.1: reminder_overdue_range',
      ],
    ],
    [
      'an overdue day given twice',
      { overdueAfterWorkingDays: [1, 1] },
      ['reminders.overdueAfterWorkingDays.1: reminder_day_duplicate'],
    ],
    ['a time without a leading zero', { timeOfDay: '9:00' }, ['reminders.timeOfDay: time_of_day_format']],
    ['a time past midnight', { timeOfDay: '24:00' }, ['reminders.timeOfDay: time_of_day_format']],
    ['a time with a dot', { timeOfDay: '09.00' }, ['reminders.timeOfDay: time_of_day_format']],
    ['no reminders allowed at all', { max: 0 }, ['reminders.max: reminder_max_range']],
    [
      'a repeat that is also out of range, both reported in one run',
      { daysBefore: [0, 0] },
      [
        'reminders.daysBefore.0: reminder_before_range',
        'reminders.daysBefore.1: reminder_before_range',
        'reminders.daysBefore.1: reminder_day_duplicate',
      ],
    ],
  ])('reports %s at the path of the offending value', (_label, reminders, expected) => {
    expect(problemsOf(reminders)).toEqual(expected);
  });

  it('reports a misspelt key and values of the wrong type', () => {
    const r = parsed({ dagarFore: [7], onDeadlineDay: 'ja', max: 2.5 });
    expect(r.error?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unrecognized_keys', keys: ['dagarFore'], path: ['reminders'] }),
        expect.objectContaining({ code: 'invalid_type', path: ['reminders', 'onDeadlineDay'] }),
        expect.objectContaining({ code: 'invalid_type', path: ['reminders', 'max'] }),
      ]),
    );
  });
});

describe('reminder problems as the author of the file sees them', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'reminders-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function problems(lang: 'sv' | 'en'): Promise<string[]> {
    const head = stringify(validCampaignData() as Data);
    const file = path.join(dir, 'kampanj.yaml');
    const reminders = [
      'reminders:',
      '  daysBefore: [7, 0, 7]',
      '  timeOfDay: 9:00',
      '  max: 0',
      '  onDeadline: true',
    ];
    await writeFile(file, `${head}${reminders.join('\n')}\n`);
    const r = await loadCampaignFile(file, { lang });
    if (r.ok) throw new Error('expected problems');
    const first = head.split('\n').length;
    return r.problems.map((p) => `${(p.line ?? 0) - first}:${p.column} ${p.path}: ${p.message}`);
  }

  it('names each problem in Swedish on the line where it is written', async () => {
    expect(await problems('sv')).toEqual([
      '1:19 reminders.daysBefore[1]: 0 dagar före sista svarsdagen går inte. Skriv heltal från 1 till 60, t.ex. daysBefore: [7, 2].',
      '1:22 reminders.daysBefore[2]: 7 står redan tidigare i listan. Ta bort dubbletten; varje dag ger en påminnelse.',
      '2:14 reminders.timeOfDay: "9:00" är inget klockslag på formen TT:MM. Skriv t.ex. "09:00" (24-timmarsklocka, två siffror för timmen).',
      expect.stringMatching(
        /^3:8 reminders\.max: Högst 0 påminnelser går inte\. Skriv ett heltal från 1 till 20\./,
      ),
      expect.stringMatching(
        /^4:3 reminders\.onDeadline: Okänd nyckel "onDeadline"\. Menade du "onDeadlineDay"\?/,
      ),
    ]);
  });

  it('and in English when asked', async () => {
    expect(await problems('en')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^1:19 reminders\.daysBefore\[1\]: 0 days before the deadline is not possible\./,
        ),
        expect.stringMatching(/^2:14 reminders\.timeOfDay: "9:00" is not a time of day in the form HH:MM\./),
      ]),
    );
  });
});

describe('examples/projektarbete-2025.yaml', () => {
  it('states its reminder policy, and the spring round gets its reminders on the working days expected', async () => {
    const r = await loadCampaignFile(
      path.join(__dirname, '..', '..', '..', 'examples', 'projektarbete-2025.yaml'),
    );
    if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}: ${p.path}: ${p.message}`).join('\n'));
    expect(r.campaign.reminders).toEqual(DEFAULT_REMINDER_POLICY);
    const slots = reminderSchedule(
      r.campaign.reminders,
      '2025-04-30',
      r.campaign.timeZone,
      new Date('2025-04-04T08:00:00Z'),
    );
    expect(slots.map((s) => `${s.id} ${s.at.toISOString()}`)).toEqual([
      'before-7 2025-04-23T07:00:00.000Z',
      'before-2 2025-04-28T07:00:00.000Z',
      'deadline-day 2025-04-30T07:00:00.000Z',
      'overdue-1 2025-05-02T07:00:00.000Z',
    ]);
  });
});
