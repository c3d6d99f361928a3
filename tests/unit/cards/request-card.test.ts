import { requestCard } from '../../../src/adapters/cards/request-card';
import { draftFromInputs } from '../../../src/adapters/cards/request-inputs';
import { checkAnswer } from '../../../src/domain/answer';
import { quotasFor } from '../../../src/domain/quota';
import { cardText, elements, errorUnder, inputValues } from './card-reader';
import { cardProblems } from './card-rules';
import { answer, campaign, LATE, record, view } from './view-fixture';

const NONCE = '0d7e3c52-5a0f-4d8e-9a51-7d3c2b1a0f99';

describe('the request card', () => {
  it('shows the request, the deadline and one labelled row per place the organisation may fill', () => {
    const card = requestCard(view(), { nonce: NONCE });
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Referensgrupp SHVO');
    expect(text).toContain('Representanter till Referensgrupp SHVO');
    expect(text).toContain('Svara senast onsdag 30 april 2025');
    expect(text).toContain('Svar för Fyrbodal');
    expect(text).toContain('Representant (ange 1–2)');
    expect(text).toContain('Representant 1\n');
    expect(text).toContain('Representant 2 (valfritt)');
    expect(text).toContain('Ersättare (valfritt, högst 1)');
    expect(text).toContain('Vid förhinder.');
    expect(Object.keys(inputValues(card))).toEqual([
      ...['name', 'email', 'phone', 'title'].map((f) => `representative.1.${f}`),
      ...['name', 'email', 'phone', 'title'].map((f) => `representative.2.${f}`),
      ...['name', 'email', 'phone', 'title'].map((f) => `deputy.1.${f}`),
    ]);
  });

  it('gives an organisation with a larger quota more rows', () => {
    const card = requestCard(view({ orgId: 'goteborg' }), { nonce: NONCE });
    expect(cardText(card)).toContain('Representant (ange 1–4)');
    expect(Object.keys(inputValues(card)).filter((id) => id.endsWith('.name'))).toHaveLength(5);
  });

  it('shows the first paragraph of the letter and the rest behind "Visa hela brevet"', () => {
    const card = requestCard(view(), { nonce: NONCE });
    const [toggle] = elements(card, 'Action.ToggleVisibility');
    expect(toggle).toMatchObject({ title: 'Visa hela brevet', targetElements: ['letter-rest'] });
    const [rest] = elements(card, 'Container').filter((c) => c.id === 'letter-rest');
    expect(rest?.isVisible).toBe(false);
    expect(cardText(rest)).toContain('senast 2025-04-30');
    // Lines of one paragraph stay lines.
    expect(cardText(rest)).toContain('Med vänliga hälsningar\nSven Tåpptorp');
    const short = requestCard(view({ r: record(campaign({ message: 'Ange en representant, tack.' })) }), {
      nonce: NONCE,
    });
    expect(elements(short, 'Action.ToggleVisibility')).toHaveLength(0);
    expect(cardProblems(short)).toEqual([]);
  });

  it('submits with the card token, the version it was based on and the nonce, and links to the web page', () => {
    const v = view({
      answer: answer([{ roleId: 'representative', name: 'Karin K', email: 'karin@vgregion.example' }]),
    });
    const card = requestCard(v, { nonce: NONCE });
    const [submit] = elements(card, 'Action.Execute');
    expect(submit).toMatchObject({
      verb: 'submitAnswer',
      data: { token: v.cardToken, baseVersion: 3, nonce: NONCE },
    });
    expect(inputValues(card)['representative.1.name']).toBe('Karin K');
    const [web] = elements(card, 'Action.OpenUrl');
    expect(web).toMatchObject({ title: 'Svara på webben istället', url: v.respondUrl });
  });

  it('puts each problem under its field, summarises them at the top and keeps what was typed', () => {
    const v = view();
    const typed = {
      representative: [
        { name: 'Karin Kontakt', email: 'karin(at)vgregion' },
        { name: 'Per', phone: 'ring mig' },
      ],
      deputy: [{}],
    };
    const check = checkAnswer(quotasFor(record().campaign, 'fyrbodal'), typed);
    if (check.ok) throw new Error('expected problems');
    const card = requestCard(v, { nonce: NONCE, values: typed, problems: check.problems });
    expect(cardProblems(card)).toEqual([]);
    expect(errorUnder(card, 'representative.1.email')).toBe(
      'E-postadressen ser inte rätt ut. Skriv hela adressen: namn, @ och domän.',
    );
    expect(errorUnder(card, 'representative.2.email')).toBe('Skriv personens e-postadress.');
    expect(errorUnder(card, 'representative.2.phone')).toMatch(/^Telefonnumret får bara/);
    expect(errorUnder(card, 'representative.1.name')).toBeUndefined();
    const [summary] = elements(card, 'Container').filter((c) => c.id === 'error-summary');
    expect(cardText(summary)).toContain('Representant 1, e-post: E-postadressen ser inte rätt ut.');
    expect(cardText(summary)).toContain('Representant 2, telefon: Telefonnumret');
    expect(inputValues(card)).toMatchObject({
      'representative.1.name': 'Karin Kontakt',
      'representative.1.email': 'karin(at)vgregion',
      'representative.2.phone': 'ring mig',
    });
  });

  it('shows a problem with a whole role under the role heading', () => {
    const card = requestCard(view(), {
      nonce: NONCE,
      values: {},
      problems: [{ field: 'representative', code: 'answer_empty' }],
    });
    expect(cardText(card)).toContain('Fyll i minst en person innan du skickar.');
    expect(cardProblems(card)).toEqual([]);
  });

  it('explains a conflict and shows the answer that was registered meanwhile', () => {
    const current = answer([{ roleId: 'representative', name: 'Karin K', email: 'karin@vgregion.example' }], {
      version: 4,
    });
    const card = requestCard(view({ answer: current }), {
      nonce: NONCE,
      conflict: true,
      values: { representative: [{ name: 'Bo B', email: 'bo@vgregion.example' }] },
    });
    expect(cardText(card)).toContain('Någon annan registrerade ett svar medan du fyllde i');
    expect(cardText(card)).toContain('Karin K');
    expect(inputValues(card)['representative.1.name']).toBe('Bo B');
    expect(elements(card, 'Action.Execute')[0]?.data).toMatchObject({ baseVersion: 4 });
  });

  it('says that a late answer is still taken, and is marked late', () => {
    expect(cardText(requestCard(view({ at: LATE }), { nonce: NONCE }))).toContain('De markeras som sena.');
  });

  it('is written in English for an English campaign', () => {
    const card = requestCard(view({ r: record(campaign({ language: 'en' })) }), { nonce: NONCE });
    const text = cardText(card);
    expect(text).toContain('Reply by Wednesday 30 April 2025');
    expect(text).toContain('Representative (name 1–2)');
    expect(text).toContain('Show the whole letter');
    expect(text).toContain('Send answer');
    expect(card.lang).toBe('en');
  });

  it('keeps typed text as text, even when it looks like the template language', () => {
    const typed = { representative: [{ name: '${campaign.id} [klicka](https://evil.example)', email: 'x' }] };
    const card = requestCard(view(), { nonce: NONCE, values: typed });
    expect(inputValues(card)['representative.1.name']).toBe('${campaign.id} [klicka](https://evil.example)');
  });
});

describe('reading the inputs back', () => {
  it('reads only the roles and slots the organisation was asked for', () => {
    const draft = draftFromInputs(
      {
        'representative.1.name': 'Karin',
        'representative.1.email': 'karin@vgregion.example',
        'representative.3.name': 'Beyond the quota',
        'boss.1.name': 'Not a role',
        'deputy.1.phone': 42,
        token: 'v1.x.y',
      },
      [
        { id: 'representative', max: 2 },
        { id: 'deputy', max: 1 },
      ],
    );
    expect(draft).toEqual({
      representative: [{ name: 'Karin', email: 'karin@vgregion.example' }, {}],
      deputy: [{}],
    });
  });
});
