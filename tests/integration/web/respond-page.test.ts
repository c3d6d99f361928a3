import { createHash, randomBytes } from 'node:crypto';
import { TokenSigner } from '../../../src/app/security/signed-token';
import { createCampaign } from '../../../src/app/use-cases/create-campaign';
import { formOn, load, text } from './browser-like';
import { testCampaign } from './fixture-campaign';
import { startWebHarness, type WebHarness } from './web-harness';

let h: WebHarness;

beforeEach(async () => {
  h = await startWebHarness();
});

afterEach(async () => {
  await h.close();
});

/** The same link with one character of its signature changed, as a mangled copy-paste would. */
function tampered(link: string): string {
  const last = link.at(-1) === 'A' ? 'B' : 'A';
  return link.slice(0, -1) + last;
}

function tokenOf(link: string): string {
  return link.slice(link.lastIndexOf('/') + 1);
}

describe('the response page (GET /respond/:token)', () => {
  it('shows the organisation its request in Swedish, with the deadline in words and the letter as written', async () => {
    const link = await h.linkFromEmail('narhalsan');
    const page = await load(link);

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe('sv');
    expect(text(page.doc.querySelector('h1'))).toBe('Kontaktperson för projektarbete');
    const main = text(page.doc.querySelector('main'));
    expect(main).toContain('Från: Samordningsgrupp projektarbete');
    expect(main).toContain('Förfrågan till: Närhälsan');
    expect(text(page.doc.getElementById('deadline'))).toBe('Svara senast onsdag 30 april 2025');
    expect(text(page.doc.getElementById('status'))).toBe('Status: Inte svarat.');

    const letter = page.doc.querySelector('.letter')!;
    expect(letter.querySelectorAll('p').map(text)).toContain(
      'Kontaktpersonens namn och e-postadress skickas senast 2025-04-30.',
    );
    expect(letter.querySelectorAll('ul > li').map(text)).toEqual([
      'VGR:s modell för projektstyrning, Projektilen',
      'VGR:s stödsystem till projektarbete, VGR projekthantering',
      'generella utbildningar i projektarbete',
    ]);
    // "(#)" links lead nowhere, so only their text is kept; "<VGR>" is text, not markup.
    expect(letter.querySelectorAll('a')).toHaveLength(0);
    expect(text(letter)).toContain('Samordningsgrupp projektarbete <VGR>');
    expect(page.body).not.toContain('<VGR>');
    expect(letter.querySelector('p:last-child')?.querySelectorAll('br')).toHaveLength(2);
  });

  it('offers a form with one fieldset per role and per person, labelled inputs and autocomplete hints', async () => {
    const link = await h.linkFromEmail('narhalsan');
    const page = await load(link);
    const form = page.doc.querySelector('form[method=post]')!;

    const legends = form.querySelectorAll('fieldset > legend').map(text);
    expect(legends).toEqual([
      'Kontaktperson (ange 1)',
      'Kontaktperson 1 (obligatorisk)',
      'Ersättare (frivilligt, högst 2)',
      'Ersättare 1 (frivillig)',
      'Ersättare 2 (frivillig)',
    ]);
    const visible = form.querySelectorAll('input').filter((i) => i.getAttribute('type') !== 'hidden');
    for (const input of visible) {
      const label = form.querySelector(`label[for="${input.id}"]`);
      expect(text(label)).not.toBe('');
    }
    const attr = (id: string, name: string) => page.doc.getElementById(id)?.getAttribute(name);
    expect(attr('f-contact-1-name', 'autocomplete')).toBe('name');
    expect(attr('f-contact-1-email', 'autocomplete')).toBe('email');
    expect(attr('f-contact-1-email', 'type')).toBe('email');
    expect(attr('f-contact-1-phone', 'autocomplete')).toBe('tel');
    expect(attr('f-contact-1-title', 'autocomplete')).toBe('organization-title');
    expect(page.doc.getElementById('f-contact-1-email')?.hasAttribute('required')).toBe(true);
    expect(page.doc.getElementById('f-deputy-1-email')?.hasAttribute('required')).toBe(false);
    expect(text(form.querySelector('label[for="f-declared-name"]'))).toBe('Ditt namn');

    const fields = formOn(page, link).fields;
    expect(fields.baseVersion).toBe('0');
    const again = formOn(await load(link), link).fields;
    expect(again.nonce).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(again.nonce).not.toBe(fields.nonce);
  });

  it('sends the headers that keep the token in the URL private and the page free of script', async () => {
    const page = await load(await h.linkFromEmail('narhalsan'));
    const csp = page.headers.get('content-security-policy') ?? '';

    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('script-src');
    // The one inline stylesheet is allowed by its hash, so the browser does apply it.
    const style = page.doc.querySelector('style')!.textContent;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('speaks English on ?lang=en or when the browser asks for it, and keeps the letter marked as Swedish', async () => {
    const link = await h.linkFromEmail('narhalsan');
    for (const page of [
      await load(`${link}?lang=en`),
      await load(link, { 'accept-language': 'en-GB,en;q=0.9' }),
    ]) {
      expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(text(page.doc.getElementById('deadline'))).toBe('Reply by Wednesday 30 April 2025');
      expect(page.doc.querySelectorAll('legend').map(text)).toContain('Contact person (name 1)');
      expect(page.doc.querySelector('.letter')?.getAttribute('lang')).toBe('sv');
    }
    const swedish = await load(link, { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' });
    expect(swedish.doc.querySelector('html')?.getAttribute('lang')).toBe('sv');
  });

  it('answers a tampered, malformed or forged link with "Länken fungerar inte" and reveals nothing', async () => {
    const link = await h.linkFromEmail('narhalsan');
    const real = tokenOf(link);
    const otherKey = new TokenSigner(randomBytes(32)).sign({
      purpose: 'respond',
      campaignId: 'projektarbete-2025',
      orgId: 'narhalsan',
    });
    const notARecipient = h.signer.sign({
      purpose: 'respond',
      campaignId: 'projektarbete-2025',
      orgId: 'okand',
    });
    const unknownCampaign = h.signer.sign({
      purpose: 'respond',
      campaignId: 'finns-inte',
      orgId: 'narhalsan',
    });
    const cardToken = h.signer.sign({
      purpose: 'card',
      campaignId: 'projektarbete-2025',
      orgId: 'narhalsan',
    });
    const bad = [tampered(real), 'abc', 'v1.%ZZ.x', otherKey, notARecipient, unknownCampaign, cardToken];

    for (const token of bad) {
      const page = await load(`${h.url}/respond/${token}`);
      expect({ token, status: page.status }).toEqual({ token, status: 404 });
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(text(page.doc.querySelector('h1'))).toBe('Länken fungerar inte');
      expect(text(page.doc.querySelector('main'))).toContain('Öppna länken direkt från e-postmeddelandet');
      for (const secret of ['projektarbete', 'Närhälsan', 'vgregion.example', 'Error', ' at ', 'signature']) {
        expect(page.body).not.toContain(secret);
      }
      expect(page.doc.querySelector('form')).toBeNull();
    }
  });

  it('answers an expired link with 410 "Länken har gått ut" and says whom to contact', async () => {
    const link = await h.linkFromEmail('narhalsan');
    // Links stay valid 90 days after the deadline day, for late answers.
    h.clock.set(new Date('2025-07-30T00:00:00Z'));
    const page = await load(link);

    expect(page.status).toBe(410);
    expect(text(page.doc.querySelector('h1'))).toBe('Länken har gått ut');
    const contact = page.doc.querySelector('main a[href^="mailto:"]');
    expect(contact?.getAttribute('href')).toBe('mailto:projektstyrningsmodell@vgregion.example');
    expect(text(page.doc.querySelector('main'))).toContain('Kontakta Samordningsgrupp projektarbete');
    expect(page.doc.querySelector('form')).toBeNull();

    h.clock.set(new Date('2025-07-28T21:00:00Z'));
    expect((await load(link)).status).toBe(200);
  });

  it('says a campaign that has not been sent yet is not open, with whom to contact', async () => {
    await createCampaign(h.ctx, { ...testCampaign(), id: 'utkast-2025' }, { kind: 'cli', id: 'test' });
    const draft = (await h.store.getCampaign('utkast-2025'))!;
    const page = await load(h.ctx.links.respondUrl(draft, 'narhalsan'));

    expect(page.status).toBe(403);
    expect(text(page.doc.querySelector('h1'))).toBe('Insamlingen har inte öppnat');
    expect(page.doc.querySelector('main a[href^="mailto:"]')?.getAttribute('href')).toBe(
      'mailto:projektstyrningsmodell@vgregion.example',
    );
    expect(page.doc.querySelector('form')).toBeNull();
  });

  it('reports readiness from the store: ready while it answers, 503 once it is gone', async () => {
    const ready = await fetch(`${h.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    await h.store.close();
    const gone = await fetch(`${h.url}/readyz`);
    expect(gone.status).toBe(503);
    expect(await gone.json()).toEqual({ status: 'unavailable' });
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });

  it('shows a generic error page, not the failure, when something unexpected breaks', async () => {
    const link = await h.linkFromEmail('narhalsan');
    await h.store.close();
    const page = await load(link);

    expect(page.status).toBe(500);
    expect(text(page.doc.querySelector('h1'))).toBe('Något gick fel');
    expect(text(page.doc.querySelector('main'))).not.toMatch(/database|sqlite|Error|connection|\bat\s/i);
    expect(page.body).not.toMatch(/TypeError|better-sqlite3|\.ts:\d+/);
    expect(h.logs.join('\n')).toContain('response page failed');
  });
});
