import { parse } from 'node-html-parser';
import { composeReminderMail } from '../../../src/adapters/mail/compose/compose-reminder';
import { buildReminderView, type ReminderView } from '../../../src/app/views/reminder-view';
import type { AnswerVersion } from '../../../src/domain/answer-record';
import { answer, campaignRecord, links, type FixtureOptions } from './request-fixture';

const BEFORE_2 = { id: 'before-2', kind: 'reminder' as const };
const OVERDUE = { id: 'overdue-1', kind: 'overdue' as const };

function reminder(
  at: string,
  o: FixtureOptions & { answer?: AnswerVersion; slot?: ReminderView['slot']; orgDeadline?: string } = {},
): ReminderView {
  const base = campaignRecord(o);
  const record = o.orgDeadline ? { ...base, orgDeadlines: { narhalsan: o.orgDeadline } } : base;
  return buildReminderView(record, 'narhalsan', o.answer, o.slot ?? BEFORE_2, new Date(at), links());
}

function firstLines(text: string, n: number): string[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, n);
}

describe('the reminder e-mail', () => {
  it('starts with how long is left and the deadline in Swedish words, then carries the request and its link', () => {
    const view = reminder('2025-04-28T07:00:00Z');
    const mail = composeReminderMail(view);

    expect(mail.subject).toBe(
      'Påminnelse: Anmälan av kontaktperson för dialog om stöd till och samordning av projektarbete – Närhälsan',
    );
    expect(firstLines(mail.text, 2)).toEqual([
      '2 dagar kvar – svara senast onsdag 30 april 2025',
      'Vi har ännu inte fått något svar från Närhälsan.',
    ]);
    const html = parse(mail.html);
    expect(html.querySelector('body p')!.textContent).toBe(
      '2 dagar kvar – svara senast onsdag 30 april 2025',
    );
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(view.respondUrl);
      expect(part).toContain('Svara senast onsdag 30 april 2025.');
      expect(part).toContain('Kontaktpersonens namn och e-postadress skickas till');
    }
    expect(html.querySelectorAll('a').filter((a) => a.getAttribute('href') === view.respondUrl)).toHaveLength(
      2,
    );
  });

  it('tells a partial answer what is still missing', () => {
    const partial = answer([{ roleId: 'contact', name: 'Karin Kontakt', email: 'karin@vgregion.example' }]);
    const mail = composeReminderMail(reminder('2025-04-23T07:00:00Z', { answer: partial }));

    expect(firstLines(mail.text, 2)).toEqual([
      '7 dagar kvar – svara senast onsdag 30 april 2025',
      'Vi har fått ett svar från Närhälsan, men det är inte komplett.',
    ]);
    expect(mail.text).toContain('Det saknas fortfarande: 1 representant.');
    expect(mail.text).toContain('Karin Kontakt');
  });

  it('says it is the last day on the deadline morning', () => {
    const mail = composeReminderMail(
      reminder('2025-04-30T07:00:00Z', { slot: { id: 'deadline-day', kind: 'reminder' } }),
    );
    expect(firstLines(mail.text, 1)).toEqual(['Sista dagen att svara är i dag']);
    expect(mail.subject).toMatch(/^Påminnelse: /);
  });

  it('is an overdue notice after the deadline, still with the link while late answers are taken', () => {
    const view = reminder('2025-05-02T07:00:00Z', { slot: OVERDUE });
    const mail = composeReminderMail(view);

    expect(mail.subject).toMatch(/^Svarstiden har gått ut: Anmälan av kontaktperson .* – Närhälsan$/);
    expect(firstLines(mail.text, 1)).toEqual(['Svarstiden gick ut onsdag 30 april 2025']);
    expect(mail.text).toContain('Sista svarsdag var onsdag 30 april 2025, men ni kan fortfarande svara.');
    expect(mail.text).toContain(view.respondUrl);
  });

  it('counts from the organisation’s own deadline when it was given more time', () => {
    const view = reminder('2025-05-07T07:00:00Z', { orgDeadline: '2025-05-09' });
    const mail = composeReminderMail(view);
    expect(firstLines(mail.text, 1)).toEqual(['2 dagar kvar – svara senast fredag 9 maj 2025']);
    expect(mail.text).toContain('Svara senast fredag 9 maj 2025.');
    expect(mail.text).toContain('skickas till projektstyrningsmodell@vgregion.example senast 2025-05-09.');
  });

  it('speaks English for an English campaign', () => {
    const one = composeReminderMail(reminder('2025-04-29T07:00:00Z', { language: 'en' }));
    expect(one.subject).toMatch(/^Reminder: /);
    expect(firstLines(one.text, 2)).toEqual([
      '1 day left – answer by Wednesday 30 April 2025',
      'We have not yet received an answer from Närhälsan.',
    ]);
    const late = composeReminderMail(reminder('2025-05-02T07:00:00Z', { language: 'en', slot: OVERDUE }));
    expect(late.subject).toMatch(/^Deadline passed: /);
    expect(firstLines(late.text, 1)).toEqual(['The deadline passed on Wednesday 30 April 2025']);
  });
});
