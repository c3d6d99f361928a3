import { parse, type HTMLElement } from 'node-html-parser';
import { composeRequestMail } from '../../../src/adapters/mail/compose/compose-request';
import { answer, requestView, SEED_LETTER } from './request-fixture';

/** What a reader sees in the HTML part: the text content with whitespace as a browser collapses it. */
function visible(root: HTMLElement): string {
  return root.querySelector('body')!.textContent.replace(/\s+/g, ' ');
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const LETTER_PARAGRAPHS = SEED_LETTER.replace('{{deadline}}', '2025-04-30')
  .split('\n\n')
  .filter((p) => !p.startsWith('- '))
  .map(squash);

describe('the request e-mail in Swedish', () => {
  const view = requestView();
  const mail = composeRequestMail(view);
  const html = parse(mail.html);

  it('has the campaign subject followed by the organisation', () => {
    expect(mail.subject).toBe(
      'Anmälan av kontaktperson för dialog om stöd till och samordning av projektarbete – Närhälsan',
    );
  });

  it('is a Swedish HTML document with the campaign title as its heading', () => {
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('sv');
    expect(html.querySelector('h1')!.textContent).toBe('Förvaltningars kontaktpersoner för projektarbete');
    expect(html.querySelectorAll('h2').map((h) => h.textContent)).toEqual([
      'Det här ber vi om',
      'Meddelande från Samordningsgrupp projektarbete',
    ]);
  });

  it('carries the complete letter in both parts, with the bullets as a list and no markdown left', () => {
    const seen = visible(html);
    const text = squash(mail.text);
    for (const p of LETTER_PARAGRAPHS) {
      expect(seen).toContain(p);
      expect(text).toContain(p);
    }
    const items = html.querySelectorAll('li').map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        'VGR:s modell för projektstyrning, Projektilen',
        'information om projektarbete på Insidan, Projekt',
      ]),
    );
    expect(mail.text).toContain('\n- generella utbildningar i projektarbete\n');
    expect(mail.html + mail.text).not.toContain('](#)');
    expect(html.querySelectorAll('a').some((a) => a.getAttribute('href') === '#')).toBe(false);
  });

  it('says what is asked with this organisation’s quotas and the deadline in words', () => {
    for (const part of [visible(html), mail.text]) {
      expect(part).toContain('Kontaktperson: 1');
      expect(part).toContain('Representant: 1–2');
      expect(part).toContain('Ersättare: högst 1 (frivilligt)');
      expect(part).toContain('Svara senast onsdag 30 april 2025.');
      expect(part).toContain('Tar emot frågor om projektarbete');
    }
    const gbg = composeRequestMail(requestView({ orgId: 'goteborg' }));
    expect(gbg.text).toContain('Representant: 1–4');
    expect(gbg.subject).toMatch(/– Göteborgsområdet$/);
  });

  it('offers the signed response link as a button and written out in full', () => {
    const links = html.querySelectorAll('a').filter((a) => a.getAttribute('href') === view.respondUrl);
    expect(links.map((a) => a.textContent)).toEqual(['Svara på förfrågan', view.respondUrl]);
    expect(mail.text).toContain(`Svara på förfrågan:\n${view.respondUrl}\n`);
    expect(mail.text).toContain('svara direkt där i stället');
  });

  it('is signed by the chair and says where replies go', () => {
    for (const part of [visible(html), squash(mail.text)]) {
      expect(part).toContain(
        'Med vänliga hälsningar Sven Tåpptorp ordförande Samordningsgrupp projektarbete',
      );
      expect(part).toContain('så går svaret till projektstyrningsmodell@vgregion.example');
    }
    expect(html.querySelector('a[href="mailto:projektstyrningsmodell@vgregion.example"]')).not.toBeNull();
  });

  it('shows no answer section before anyone has answered', () => {
    expect(mail.text).not.toContain('Ert nuvarande svar');
  });
});

describe('a resend to an organisation that has answered', () => {
  it('shows who is registered, by whom, when, and what is still missing', () => {
    const mail = composeRequestMail(
      requestView({
        answer: answer([
          {
            roleId: 'contact',
            name: 'Eva Ström',
            email: 'eva.strom@vgregion.example',
            title: 'Projektledare',
          },
        ]),
      }),
    );
    const seen = visible(parse(mail.html));
    for (const part of [seen, mail.text]) {
      expect(part).toContain('Ert nuvarande svar');
      expect(part).toContain('Status: Delvis svar.');
      expect(part).toContain('Kontaktperson: Eva Ström, Projektledare, eva.strom@vgregion.example');
      expect(part).toContain('Det saknas fortfarande: 1 representant.');
      expect(part).toContain('Registrerat av Anna Berg via svarssidan den 8 april 2025 kl. 09.05.');
    }
  });
});

describe('after the deadline', () => {
  const after = new Date('2025-05-02T10:00:00Z');

  it('still offers the link when late answers are accepted, and says the deadline has passed', () => {
    const view = requestView({ now: after });
    const mail = composeRequestMail(view);
    expect(mail.text).toContain('Sista svarsdag var onsdag 30 april 2025, men ni kan fortfarande svara.');
    expect(mail.text).toContain(view.respondUrl);
  });

  it('offers no link once answers are refused or the campaign is closed', () => {
    for (const view of [
      requestView({ now: after, latePolicy: 'refuse' }),
      requestView({ now: after, state: 'closed' }),
    ]) {
      const mail = composeRequestMail(view);
      expect(mail.text + mail.html).not.toContain('/respond/');
      expect(mail.text).toMatch(/Svar tas inte längre emot|tar inte längre emot svar/);
    }
  });
});

describe('the request e-mail in English', () => {
  it('uses English texts, English role names and an English deadline', () => {
    const view = requestView({ language: 'en', message: 'Please name your contact person.\n\n- one\n- two' });
    const mail = composeRequestMail(view);
    const html = parse(mail.html);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('en');
    for (const part of [visible(html), mail.text]) {
      expect(part).toContain('What we are asking for');
      expect(part).toContain('Contact person: 1');
      expect(part).toContain('Representative: 1–2');
      expect(part).toContain('Deputy: up to 1 (optional)');
      expect(part).toContain('Please answer by Wednesday 30 April 2025.');
      expect(part).toContain('Please name your contact person.');
      expect(part).toContain('Kind regards');
    }
    expect(html.querySelectorAll('li').map((li) => li.textContent)).toEqual(
      expect.arrayContaining(['one', 'two']),
    );
    expect(mail.text).toContain(`Answer the request:\n${view.respondUrl}`);
  });
});

describe('data that tries to become markup', () => {
  const hostile = requestView({
    orgName: '<script>alert("org")</script> & Co',
    chairName: '<img src=x onerror=alert(1)>',
    group: 'Grupp "<b>fet</b>"',
    title: 'Titel </title><script>alert(2)</script>',
    message:
      'Hej <b onclick="steal()">alla</b> & välkomna.\n\n- [klicka](javascript:alert(3))\n- <a href="https://evil.example">länk</a>',
  });
  const mail = composeRequestMail(hostile);
  const html = parse(mail.html);

  it('creates no element, attribute or link from it', () => {
    expect(html.querySelectorAll('script, img, b, iframe')).toHaveLength(0);
    const all = html.querySelectorAll('*');
    expect(all.some((el) => Object.keys(el.attributes).some((a) => a.startsWith('on')))).toBe(false);
    const hrefs = html.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => h === hostile.respondUrl || h!.startsWith('mailto:'))).toBe(true);
  });

  it('still shows the words as the reader typed them', () => {
    const seen = visible(html);
    expect(seen).toContain('Till <script>alert("org")</script> & Co');
    expect(seen).toContain('Hej <b onclick="steal()">alla</b> & välkomna.');
    expect(seen).toContain('<img src=x onerror=alert(1)>');
    expect(html.querySelector('h1')!.textContent).toBe('Titel </title><script>alert(2)</script>');
    expect(html.querySelector('title')!.textContent).toContain('<script>alert("org")</script> & Co');
  });
});
