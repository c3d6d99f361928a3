import { parse } from 'node-html-parser';
import { startWebHarness, type WebHarness } from './web-harness';

/** The pages the Teams app's manifest links to must exist, in Swedish first, with the service's page hygiene. */
describe('about, personal data and terms pages', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await startWebHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it.each([
    ['/', 'Insamling av kontaktpersoner', 'Har du fått en förfrågan?'],
    ['/privacy', 'Så hanteras personuppgifter', 'Västra Götalandsregionen är personuppgiftsansvarig'],
    ['/terms', 'Användarvillkor', 'Skriv inga känsliga personuppgifter'],
  ])('serves %s in Swedish with the links between them', async (path, title, phrase) => {
    const res = await fetch(`${h.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const doc = parse(await res.text());
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('sv');
    expect(doc.querySelector('h1')?.text).toBe(title);
    expect(doc.querySelector('main')?.text).toContain(phrase);
    expect(doc.querySelectorAll('footer a').map((a) => a.getAttribute('href'))).toEqual([
      '/',
      '/privacy',
      '/terms',
    ]);
  });

  it('speaks English when asked, and keeps the choice in its links', async () => {
    const doc = parse(await (await fetch(`${h.url}/privacy?lang=en`)).text());
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')?.text).toBe('How personal data is handled');
    expect(doc.querySelectorAll('footer a').map((a) => a.getAttribute('href'))).toEqual([
      '/?lang=en',
      '/privacy?lang=en',
      '/terms?lang=en',
    ]);
  });
});
