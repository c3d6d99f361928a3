import { reminderCard } from '../../../src/adapters/cards/reminder-card';
import { requestCard } from '../../../src/adapters/cards/request-card';
import { statusCard } from '../../../src/adapters/cards/status-card';
import { MAX_CARD_ORGANISATIONS, summaryCard } from '../../../src/adapters/cards/summary-card';
import { buildReminderView } from '../../../src/app/views/reminder-view';
import { statusOf } from '../../../src/app/views/status-view';
import { buildSummaryView } from '../../../src/app/views/summary-view';
import type { Delivery } from '../../../src/app/ports/store';
import { DEPUTY, org, REPRESENTATIVE } from '../../support/campaign-fixture';
import { cardText, elements } from './card-reader';
import { cardProblems } from './card-rules';
import { answer, campaign, LATE, links, record } from './view-fixture';

const KARIN = { roleId: 'representative', name: 'Karin Kontakt', email: 'karin@vgregion.example' };
const ERIK = { roleId: 'deputy', name: 'Erik Ersättare', email: 'erik@vgregion.example' };
const WEEK_BEFORE = new Date('2025-04-23T07:00:00Z');
const NONCE = '00000000-0000-4000-8000-000000000000';

/** SHVO with a deputy required, so that a representative alone is a partial answer. */
const withDeputy = () => record(campaign({ roles: [REPRESENTATIVE, { ...DEPUTY, min: 1 }] }));

describe('the reminder card in Teams', () => {
  it('is the request form under a reminder banner, answered with the same signed token', () => {
    const v = buildReminderView(
      record(),
      'fyrbodal',
      undefined,
      { id: 'before-7', kind: 'reminder' },
      WEEK_BEFORE,
      links,
    );
    const card = reminderCard(v, NONCE);

    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card).split('\n').slice(0, 2)).toEqual([
      'Påminnelse',
      '7 dagar kvar – svara senast onsdag 30 april 2025',
    ]);
    expect(elements(card, 'Input.Text').length).toBeGreaterThan(0);
    const [submit] = elements(card, 'Action.Execute');
    expect(submit).toMatchObject({ verb: 'submitAnswer', data: { token: v.cardToken } });
    // Without the banner it is exactly the request card.
    const [, ...rest] = card.body as unknown[];
    expect(rest).toEqual(requestCard(v, { nonce: NONCE }).body);
  });

  it('shows a partial answer with what is missing, under an overdue banner', () => {
    const partial = answer([KARIN]);
    const v = buildReminderView(
      withDeputy(),
      'fyrbodal',
      partial,
      { id: 'overdue-1', kind: 'overdue' },
      LATE,
      links,
    );
    const card = reminderCard(v, NONCE);
    const text = cardText(card);

    expect(cardProblems(card)).toEqual([]);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Svarstiden har gått ut',
      'Svarstiden gick ut onsdag 30 april 2025',
    ]);
    expect(text).toContain('Delvis svar registrerat');
    expect(text).toContain('Det saknas fortfarande: 1 ersättare.');
    expect(text).toContain('Karin Kontakt');
    expect(elements(card, 'Action.Execute')).toEqual([expect.objectContaining({ verb: 'editAnswer' })]);
    expect(elements(card, 'Container').find((c) => c.id === 'reminder')).toMatchObject({
      style: 'attention',
    });
  });

  it('offers no form when late answers are refused', () => {
    const refusing = record(campaign({ latePolicy: 'refuse' }));
    const v = buildReminderView(
      refusing,
      'fyrbodal',
      undefined,
      { id: 'overdue-1', kind: 'overdue' },
      LATE,
      links,
    );
    const card = reminderCard(v, NONCE);
    expect(elements(card, 'Input.Text')).toEqual([]);
    expect(cardText(card)).toContain('Svarstiden har gått ut');
  });
});

describe('the summary card in an owner’s chat', () => {
  const sent = (orgId: string): Delivery => ({
    key: `request:shvo-2025:${orgId}:email`,
    campaignId: 'shvo-2025',
    orgId,
    kind: 'request',
    channel: 'email',
    target: `${orgId}@vgregion.example`,
    state: 'sent',
    attempts: 1,
    createdAt: WEEK_BEFORE,
    updatedAt: WEEK_BEFORE,
  });

  it('groups the organisations as answered, partly answered and not answered, with the names', () => {
    const r = {
      ...withDeputy(),
      campaign: {
        ...withDeputy().campaign,
        organisations: [org('goteborg'), org('fyrbodal'), org('skaraborg')],
      },
    };
    const answers = [
      { ...answer([KARIN, ERIK]), orgId: 'goteborg', late: true },
      { ...answer([{ ...KARIN, name: 'Per Persson', email: 'per@vgregion.example' }]), orgId: 'fyrbodal' },
    ];
    const view = buildSummaryView(
      statusOf(r, answers, ['goteborg', 'fyrbodal', 'skaraborg'].map(sent)),
      'deadline',
    );
    const card = summaryCard(view);
    const text = cardText(card);

    expect(cardProblems(card)).toEqual([]);
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Svarstiden har gått ut',
      'Representanter till Referensgrupp SHVO',
      'Svarstiden gick ut onsdag 30 april 2025.',
      '1 av 3 har svarat (1 delvis)',
      'Sena svar tas fortfarande emot och markeras som sena.',
    ]);
    expect(text).toContain(
      'Har svarat (1)\nGöteborgsområdet\nRepresentant: Karin Kontakt, karin@vgregion.example',
    );
    expect(text).toContain('Ersättare: Erik Ersättare, erik@vgregion.example\nSent svar.');
    expect(text).toContain('Delvis svar (1)\nFyrbodal\nRepresentant: Per Persson');
    expect(text).toContain('Det saknas fortfarande: 1 ersättare.');
    expect(text).toContain('Har inte svarat (1)\nSkaraborgs Sjukhus');
  });

  it('stays within Teams’ size limit for a large round, and says how many more the e-mail lists', () => {
    const many = Array.from({ length: 80 }, (_, i) => org(`forvaltning-${i + 1}`));
    const r = { ...record(), campaign: { ...record().campaign, organisations: many } };
    const answers = many.slice(0, 40).map((o) => ({
      ...answer([
        {
          ...KARIN,
          name: `Person med ett ganska långt namn ${o.id}`,
          email: `kontakt.${o.id}@vgregion.example`,
        },
      ]),
      orgId: o.id,
    }));
    const card = summaryCard(
      buildSummaryView(
        statusOf(
          r,
          answers,
          many.map((o) => sent(o.id)),
        ),
        'closed',
      ),
    );

    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain(
      `… och ${40 - MAX_CARD_ORGANISATIONS} till. E-postmeddelandet med sammanställningen listar alla.`,
    );
    expect(text.split('\n')[0]).toBe('Insamlingen är stängd');
  });
});

describe('the owners’ status card after an extension', () => {
  it('says which organisation has been given more time, until it has answered', () => {
    const r = { ...record(), orgDeadlines: { fyrbodal: '2025-05-09' } };
    const text = cardText(statusCard(statusOf(r, [], [])));
    expect(text).toContain('Fyrbodal\nInte svarat\nsvarstid förlängd till fredag 9 maj 2025');
    expect(text.match(/förlängd/g)).toHaveLength(1);
    const answered = cardText(statusCard(statusOf(r, [{ ...answer([KARIN]), orgId: 'fyrbodal' }], [])));
    expect(answered).not.toContain('förlängd');
  });
});
