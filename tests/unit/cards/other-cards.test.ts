import { answeredCard } from '../../../src/adapters/cards/answered-card';
import { cardForView } from '../../../src/adapters/cards/card-for-view';
import { closedCard } from '../../../src/adapters/cards/closed-card';
import { helpCard } from '../../../src/adapters/cards/help-card';
import { statusCard } from '../../../src/adapters/cards/status-card';
import { progressOf } from '../../../src/domain/status';
import { cardText, elements } from './card-reader';
import { cardProblems } from './card-rules';
import { answer, campaign, LATE, record, view } from './view-fixture';

const KARIN = {
  roleId: 'representative',
  name: 'Karin Kontakt',
  email: 'karin@vgregion.example',
  phone: '010-123 45 67',
};

describe('the answered card', () => {
  it('shows who is registered per role, by whom and when, and offers a change', () => {
    const card = answeredCard(view({ answer: answer([KARIN]) }));
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Svar registrerat');
    expect(text).toContain('Karin Kontakt');
    expect(text).toContain(' – karin@vgregion.example, 010-123 45 67');
    expect(text).toContain('Ersättare\nIngen angiven');
    expect(text).toContain('Registrerat av Anna Andersson 22 april 2025 kl. 14.30');
    expect(elements(card, 'Action.Execute')).toEqual([
      expect.objectContaining({ verb: 'editAnswer', title: 'Ändra svaret' }),
    ]);
  });

  it('renders typed names as plain text runs, never as markdown', () => {
    const card = answeredCard(
      view({ answer: answer([{ ...KARIN, name: '**Karin** [klicka](https://evil.example)' }]) }),
    );
    const runs = elements(card, 'TextRun').map((r) => r.text);
    expect(runs).toContain('**Karin** [klicka](https://evil.example)');
    const blocks = elements(card, 'TextBlock').map((b) => String(b.text));
    expect(blocks.some((b) => b.includes('evil.example'))).toBe(false);
  });

  it('says what is missing from a partial answer and flags a late one', () => {
    const partial = answer([{ roleId: 'deputy', name: 'Per Ersättare', email: 'per@vgregion.example' }], {
      late: true,
    });
    const text = cardText(answeredCard(view({ answer: partial, at: LATE })));
    expect(text).toContain('Delvis svar registrerat');
    expect(text).toContain('Det saknas fortfarande: 1 representant.');
    expect(text).toContain('Svaret kom in efter svarstiden (sent svar).');
  });

  it('offers no change when answers are no longer taken', () => {
    const r = record(campaign({ latePolicy: 'refuse' }));
    const card = answeredCard(view({ r, answer: answer([KARIN]), at: LATE }));
    expect(elements(card, 'Action.Execute')).toHaveLength(0);
    expect(elements(card, 'Action.OpenUrl')).toHaveLength(0);
    expect(cardProblems(card)).toEqual([]);
  });
});

describe('the closed card', () => {
  it('says the deadline passed, whom to contact, and what is registered', () => {
    const r = record(campaign({ latePolicy: 'refuse' }));
    const card = closedCard(view({ r, answer: answer([KARIN]), at: LATE }));
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Svarstiden har gått ut');
    expect(text).toContain('Sista dag att svara var onsdag 30 april 2025');
    expect(text).toContain('Kontakta Sven Tåpptorp (shvo@vgregion.example)');
    expect(text).toContain('Karin Kontakt');
  });

  it('says the round is closed, and leaves out the answer block when there is none', () => {
    const card = closedCard(view({ r: record(campaign(), 'closed') }));
    expect(cardText(card)).toContain('Insamlingen är avslutad');
    expect(elements(card, 'Container').some((c) => c.id === 'registered-answer')).toBe(false);
    expect(cardProblems(card)).toEqual([]);
  });
});

describe('which card stands for a request', () => {
  it('is the form, then the answer, then the closed state', () => {
    const kinds = (c: Record<string, unknown>) => elements(c, 'Action.Execute').map((a) => a.verb);
    expect(kinds(cardForView(view(), 'n0nce-0001'))).toEqual(['submitAnswer']);
    expect(kinds(cardForView(view({ answer: answer([KARIN]) }), 'n0nce-0001'))).toEqual(['editAnswer']);
    const closed = cardForView(
      view({ r: record(campaign(), 'closed'), answer: answer([KARIN]) }),
      'n0nce-0001',
    );
    expect(kinds(closed)).toEqual([]);
    expect(cardText(closed)).toContain('Insamlingen är avslutad');
  });
});

describe('the status card', () => {
  it('shows progress, deadline and every organisation with its state and nominees', () => {
    const r = record();
    const [goteborg, fyrbodal] = r.campaign.organisations;
    const card = statusCard({
      record: r,
      progress: progressOf(['missing', 'answered']),
      organisations: [
        { organisation: goteborg!, status: 'missing', shortfalls: [], deliveries: [] },
        {
          organisation: fyrbodal!,
          status: 'answered',
          answer: answer([KARIN], { late: true }),
          shortfalls: [],
          deliveries: [],
        },
      ],
    });
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Representanter till Referensgrupp SHVO');
    expect(text).toContain('1 av 2 har svarat');
    expect(text).toContain('onsdag 30 april 2025');
    expect(text).toContain('Göteborgsområdet\nInte svarat');
    expect(text).toContain('Fyrbodal\nSvarat');
    expect(text).toContain('Representant: Karin Kontakt, karin@vgregion.example');
    expect(text).toContain('Registrerat 22 april 2025 kl. 14.30 · sent svar');
  });
});

describe('the help card', () => {
  it('lists the commands, in Swedish and in English', () => {
    expect(cardText(helpCard('sv'))).toMatch(/status[\s\S]*hjälp/);
    expect(cardText(helpCard('en'))).toContain('How contact-intake works');
    expect(cardProblems(helpCard('sv'))).toEqual([]);
  });
});
