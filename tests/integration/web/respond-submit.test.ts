import { fieldError, formOn, load, send, text, type Loaded } from './browser-like';
import { startWebHarness, type WebHarness } from './web-harness';

let h: WebHarness;
let link: string;

beforeEach(async () => {
  h = await startWebHarness();
  link = await h.linkFromEmail('narhalsan');
});

afterEach(async () => {
  await h.close();
});

const ANNA = {
  'contact.1.name': 'Anna Andersson',
  'contact.1.email': 'anna.andersson@vgregion.example',
  'contact.1.phone': '031-123 45 67',
  'contact.1.title': 'Verksamhetsutvecklare',
};
const BERTIL = { 'deputy.1.name': 'Bertil Berg', 'deputy.1.email': 'bertil.berg@vgregion.example' };
const DECLARED = { declaredName: 'Karin Kansli' };

function follow(page: Loaded): Promise<Loaded> {
  return load(new URL(page.headers.get('location')!, link).toString());
}

describe('sending the response form (POST /respond/:token)', () => {
  it('stores the answer, redirects, and then shows it with a confirmation', async () => {
    const form = formOn(await load(link), link);
    const sent = await send(form, { ...ANNA, ...BERTIL, ...DECLARED });

    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toMatch(/\?saved=1$/);
    const stored = await h.store.currentAnswer('projektarbete-2025', 'narhalsan');
    expect(stored).toMatchObject({
      version: 1,
      channel: 'web',
      late: false,
      submittedBy: { kind: 'web-declared', name: 'Karin Kansli' },
      nominees: [
        {
          roleId: 'contact',
          name: 'Anna Andersson',
          email: 'anna.andersson@vgregion.example',
          phone: '031-123 45 67',
          title: 'Verksamhetsutvecklare',
        },
        { roleId: 'deputy', name: 'Bertil Berg', email: 'bertil.berg@vgregion.example' },
      ],
    });

    const after = await follow(sent);
    expect(after.status).toBe(200);
    expect(text(after.doc.getElementById('saved-banner'))).toContain('Tack! Ert svar är sparat.');
    expect(text(after.doc.getElementById('status'))).toBe('Status: Svarat.');
    const answer = text(after.doc.querySelector('section[aria-labelledby=answer-heading]'));
    expect(answer).toContain('Anna Andersson');
    expect(answer).toContain('bertil.berg@vgregion.example');
    expect(text(after.doc.getElementById('submitted'))).toContain(
      'Skickat av Karin Kansli 14 april 2025 kl. 10.00 via webbsidan.',
    );
    // The form now changes the registered answer, starting from it.
    expect(text(after.doc.getElementById('form-heading'))).toBe('Ändra ert svar');
    const again = formOn(after, link).fields;
    expect(again.baseVersion).toBe('1');
    expect(again['contact.1.email']).toBe('anna.andersson@vgregion.example');
    expect(again['deputy.1.name']).toBe('Bertil Berg');
  });

  it('shows the confirmation only for the version that is really registered', async () => {
    await send(formOn(await load(link), link), { ...ANNA, ...DECLARED });

    expect((await load(`${link}?saved=1`)).doc.getElementById('saved-banner')).not.toBeNull();
    expect((await load(`${link}?saved=2`)).doc.getElementById('saved-banner')).toBeNull();
    expect((await load(link)).doc.getElementById('saved-banner')).toBeNull();
    const other = await h.linkFromEmail('sahlgrenska');
    expect((await load(`${other}?saved=1`)).doc.getElementById('saved-banner')).toBeNull();
  });

  it('sends an invalid form back with 422, each message beside its field, every typed value kept, nothing stored', async () => {
    const form = formOn(await load(link), link);
    const typed = {
      ...ANNA,
      // A second contact person is one more than the quota allows; the form only offers one row.
      'contact.2.name': 'Cecilia Ek',
      'contact.2.email': 'cecilia.ek@vgregion.example',
      'deputy.1.name': 'Bertil Berg',
      'deputy.1.email': 'bertil.berg(at)vgregion',
      'deputy.2.email': 'david.dahl@vgregion.example',
      'deputy.2.phone': '031/123 45',
      declaredName: '',
    };
    const page = await send(form, typed);

    expect(page.status).toBe(422);
    expect(await h.store.currentAnswer('projektarbete-2025', 'narhalsan')).toBeUndefined();
    expect(page.doc.querySelector('title')?.textContent).toMatch(/^Fel: /);
    expect(text(page.doc.getElementById('e-contact'))).toBe('Ange högst 1 för kontaktperson.');
    expect(page.doc.getElementById('r-contact')?.getAttribute('aria-describedby')).toBe('e-contact');
    expect(fieldError(page, 'f-deputy-1-email')).toBe(
      'E-postadressen ser inte rätt ut. Skriv hela adressen: namn, @ och domän.',
    );
    expect(fieldError(page, 'f-deputy-2-name')).toBe('Skriv personens namn.');
    expect(fieldError(page, 'f-deputy-2-phone')).toBe(
      'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och inledande +.',
    );
    expect(fieldError(page, 'f-declared-name')).toBe(
      'Skriv ditt namn, så att samordnaren vet vem som svarade.',
    );
    expect(page.doc.getElementById('f-deputy-1-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.doc.getElementById('f-deputy-1-name')?.hasAttribute('aria-invalid')).toBe(false);
    expect(fieldError(page, 'f-deputy-1-name')).toBeUndefined();

    // The summary at the top lists every problem in form order, each linking to an input on the page.
    const links = page.doc.querySelectorAll('.error-summary a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#f-contact-1-name',
      '#f-deputy-1-email',
      '#f-deputy-2-name',
      '#f-deputy-2-phone',
      '#f-declared-name',
    ]);
    for (const a of links) expect(page.doc.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();

    const kept = formOn(page, link).fields;
    for (const [name, value] of Object.entries(typed)) expect(kept[name]).toBe(value);
  });

  it('requires "Ditt namn" even when the rest of the answer is right', async () => {
    const page = await send(formOn(await load(link), link), { ...ANNA, declaredName: '   ' });

    expect(page.status).toBe(422);
    expect(page.doc.querySelectorAll('.error-summary li').map(text)).toEqual([
      'Ditt namn: Skriv ditt namn, så att samordnaren vet vem som svarade.',
    ]);
    expect(await h.store.currentAnswer('projektarbete-2025', 'narhalsan')).toBeUndefined();
    expect(formOn(page, link).fields['contact.1.email']).toBe('anna.andersson@vgregion.example');
  });

  it('stores one version when the same form is sent twice (a double click or a resent POST)', async () => {
    const form = formOn(await load(link), link);
    const first = await send(form, { ...ANNA, ...DECLARED });
    const second = await send(form, { ...ANNA, ...DECLARED });

    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(await h.store.answerHistory('projektarbete-2025', 'narhalsan')).toHaveLength(1);
  });

  it('answers 409 when someone else answered meanwhile, shows their answer and keeps what was typed', async () => {
    const mine = formOn(await load(link), link);
    const colleagues = formOn(await load(link), link);
    expect((await send(colleagues, { ...ANNA, declaredName: 'Kollega Kansli' })).status).toBe(303);

    const typed = {
      'contact.1.name': 'David Dahl',
      'contact.1.email': 'david.dahl@vgregion.example',
      declaredName: 'Karin Kansli',
    };
    const conflict = await send(mine, typed);

    expect(conflict.status).toBe(409);
    expect(text(conflict.doc.getElementById('conflict-notice'))).toContain(
      'Någon annan har svarat medan du fyllde i formuläret.',
    );
    expect(text(conflict.doc.querySelector('section[aria-labelledby=answer-heading]'))).toContain(
      'Anna Andersson',
    );
    const back = formOn(conflict, link);
    for (const [name, value] of Object.entries(typed)) expect(back.fields[name]).toBe(value);
    expect(back.fields.baseVersion).toBe('1');
    expect((await h.store.currentAnswer('projektarbete-2025', 'narhalsan'))?.nominees[0]?.name).toBe(
      'Anna Andersson',
    );

    // Having seen the current answer, the person sends again and the change is stored.
    const resent = await send(back);
    expect(resent.status).toBe(303);
    const now = await h.store.currentAnswer('projektarbete-2025', 'narhalsan');
    expect(now).toMatchObject({ version: 2, submittedBy: { name: 'Karin Kansli' } });
    expect(now?.nominees.map((n) => n.name)).toEqual(['David Dahl']);
  });

  it('answers a body it cannot read (not a form, too large) with a page, not an API error, and stores nothing', async () => {
    const post = (type: string, body: string) =>
      fetch(link, { method: 'POST', headers: { 'content-type': type }, body, redirect: 'manual' });
    const json = await post('application/json', JSON.stringify({ ...ANNA, ...DECLARED }));
    const huge = await post('application/x-www-form-urlencoded', `declaredName=${'a'.repeat(300 * 1024)}`);

    expect([json.status, huge.status]).toEqual([415, 413]);
    for (const res of [json, huge]) {
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<h1>Formuläret kunde inte läsas</h1>');
    }
    expect(await h.store.currentAnswer('projektarbete-2025', 'narhalsan')).toBeUndefined();
  });

  it('writes no name or e-mail address of a nominee or of the person answering to the log', async () => {
    await send(formOn(await load(link), link), { ...ANNA, ...BERTIL, ...DECLARED });
    await send(formOn(await load(link), link), { ...ANNA, 'contact.1.email': 'fel', ...DECLARED });

    const log = h.logs.join('\n');
    expect(log).toContain('answer submitted');
    for (const secret of ['Anna', 'anna.andersson', 'Bertil', 'bertil.berg', 'Karin', 'Kansli']) {
      expect(log).not.toContain(secret);
    }
  });
});
