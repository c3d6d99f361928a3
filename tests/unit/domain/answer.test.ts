import { checkAnswer, sameNominees, type AnswerDraft } from '../../../src/domain/answer';
import type { RoleQuota } from '../../../src/domain/quota';
import { CONTACT, DEPUTY, REPRESENTATIVE } from './builders';

const QUOTAS: RoleQuota[] = [
  { role: CONTACT, min: 1, max: 1 },
  { role: DEPUTY, min: 0, max: 1 },
];
const anna = { name: 'Anna Andersson', email: 'anna.andersson@vgregion.example' };
const bo = { name: 'Bo Berg', email: 'bo.berg@vgregion.example' };

function problems(quotas: RoleQuota[], draft: AnswerDraft) {
  const r = checkAnswer(quotas, draft);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('checkAnswer', () => {
  it('accepts a complete answer and tidies what was typed', () => {
    const r = checkAnswer(QUOTAS, {
      contact: [
        {
          name: '  Anna   Andersson ',
          email: ' Anna.Andersson@VGRegion.Example ',
          phone: '+46 70-123 45 67',
          title: ' Utvecklingschef ',
        },
      ],
      deputy: [bo],
    });
    expect(r).toEqual({
      ok: true,
      shortfalls: [],
      nominees: [
        {
          roleId: 'contact',
          name: 'Anna Andersson',
          email: 'anna.andersson@vgregion.example',
          phone: '+46 70-123 45 67',
          title: 'Utvecklingschef',
        },
        { roleId: 'deputy', name: 'Bo Berg', email: 'bo.berg@vgregion.example' },
      ],
    });
  });

  it('ignores empty slots, so a form may offer more rows than the minimum', () => {
    const r = checkAnswer(QUOTAS, {
      contact: [{}, { name: ' ', email: '' }, anna],
      deputy: [{ name: '', email: '  ' }],
    });
    expect(r).toEqual({ ok: true, shortfalls: [], nominees: [{ roleId: 'contact', ...anna }] });
  });

  it.each([
    ['name_required', { email: 'anna@vgregion.example' }, 'contact.1.name'],
    ['name_invalid', { name: 'A', email: 'anna@vgregion.example' }, 'contact.1.name'],
    ['name_invalid', { name: '12345', email: 'anna@vgregion.example' }, 'contact.1.name'],
    ['name_invalid', { name: 'Anna\u0007Andersson', email: 'anna@vgregion.example' }, 'contact.1.name'],
    ['email_required', { name: 'Anna Andersson' }, 'contact.1.email'],
    ['email_invalid', { name: 'Anna Andersson', email: 'anna@vgregion' }, 'contact.1.email'],
    ['email_invalid', { name: 'Anna Andersson', email: 'Anna <anna@vgregion.example>' }, 'contact.1.email'],
    ['phone_invalid', { ...anna, phone: 'ring mig' }, 'contact.1.phone'],
    ['title_invalid', { ...anna, title: 'x'.repeat(121) }, 'contact.1.title'],
  ])('reports %s on the field it concerns', (code, slot, field) => {
    expect(problems(QUOTAS, { contact: [slot] })).toEqual([{ field, code }]);
  });

  it('reports every problem of an answer at once', () => {
    expect(
      problems(QUOTAS, { contact: [{ name: 'A', email: 'nej' }], deputy: [{ name: 'Bo Berg', phone: 'x' }] }),
    ).toEqual([
      { field: 'contact.1.name', code: 'name_invalid' },
      { field: 'contact.1.email', code: 'email_invalid' },
      { field: 'deputy.1.email', code: 'email_required' },
      { field: 'deputy.1.phone', code: 'phone_invalid' },
    ]);
  });

  it('reports more nominees than the role allows', () => {
    expect(problems(QUOTAS, { contact: [anna, bo] })).toEqual([
      { field: 'contact', code: 'role_too_many', params: { max: 1 } },
    ]);
  });

  it('allows an organisation its own higher maximum', () => {
    const r = checkAnswer([{ role: REPRESENTATIVE, min: 1, max: 4 }], {
      representative: [anna, bo, { name: 'Cia Carlsson', email: 'cia@vgregion.example' }],
    });
    expect(r.ok).toBe(true);
  });

  it('reports the same person twice, naming where the first one is, whatever the case of the address', () => {
    expect(
      problems(QUOTAS, {
        contact: [anna],
        deputy: [{ name: 'Anna A', email: 'ANNA.andersson@vgregion.example' }],
      }),
    ).toEqual([{ field: 'deputy.1.email', code: 'email_duplicate', params: { other: 'contact.1' } }]);
  });

  it('keeps an answer below a role minimum as a partial answer with what is missing', () => {
    const r = checkAnswer(
      [
        { role: REPRESENTATIVE, min: 2, max: 4 },
        { role: DEPUTY, min: 1, max: 1 },
      ],
      {
        representative: [anna],
      },
    );
    expect(r).toEqual({
      ok: true,
      nominees: [{ roleId: 'representative', ...anna }],
      shortfalls: [
        { roleId: 'representative', missing: 1 },
        { roleId: 'deputy', missing: 1 },
      ],
    });
  });

  it('refuses an answer that names nobody', () => {
    expect(problems(QUOTAS, { contact: [{}], deputy: [] })).toEqual([
      { field: 'contact', code: 'answer_empty' },
    ]);
    expect(problems(QUOTAS, {})).toEqual([{ field: 'contact', code: 'answer_empty' }]);
  });

  it('ignores roles the campaign does not ask for', () => {
    const r = checkAnswer(QUOTAS, { contact: [anna], chef: [bo] });
    expect(r.ok && r.nominees.map((n) => n.roleId)).toEqual(['contact']);
  });
});

describe('sameNominees', () => {
  const a = [{ roleId: 'contact', ...anna }];
  it('treats the same people for the same roles as the same answer', () => {
    expect(sameNominees(a, [{ roleId: 'contact', ...anna }])).toBe(true);
  });
  it('sees a changed role, person or order as a new answer', () => {
    expect(sameNominees(a, [{ roleId: 'deputy', ...anna }])).toBe(false);
    expect(sameNominees(a, [{ roleId: 'contact', ...bo }])).toBe(false);
    const two = [
      { roleId: 'contact', ...anna },
      { roleId: 'deputy', ...bo },
    ];
    expect(sameNominees(two, [two[1]!, two[0]!])).toBe(false);
  });
});
