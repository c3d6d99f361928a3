import { closeCampaign } from '../../../src/app/use-cases/close-campaign';
import { formOn, load, send, text } from './browser-like';
import { FIRST_LATE, LAST_ON_TIME } from './fixture-campaign';
import { startWebHarness, type WebHarness } from './web-harness';

let h: WebHarness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ANSWER = {
  'contact.1.name': 'Anna Andersson',
  'contact.1.email': 'anna.andersson@vgregion.example',
  declaredName: 'Karin Kansli',
};

async function answerAt(harness: WebHarness, at: Date, opened = at) {
  const link = await harness.linkFromEmail('narhalsan');
  harness.clock.set(opened);
  const form = formOn(await load(link), link);
  harness.clock.set(at);
  return { link, sent: await send(form, ANSWER) };
}

describe('answers after the deadline', () => {
  it('takes an answer in the last second of the deadline day as on time', async () => {
    h = await startWebHarness('refuse');
    const { sent } = await answerAt(h, LAST_ON_TIME);

    expect(sent.status).toBe(303);
    expect(await h.store.currentAnswer('projektarbete-2025', 'narhalsan')).toMatchObject({ late: false });
  });

  it('with latePolicy accept: keeps the form, says the answer will be flagged late, stores it flagged', async () => {
    h = await startWebHarness('accept');
    const link = await h.linkFromEmail('narhalsan');
    h.clock.set(FIRST_LATE);
    const page = await load(link);

    expect(page.status).toBe(200);
    expect(text(page.doc.getElementById('admission-notice'))).toContain(
      'Svarstiden gick ut onsdag 30 april 2025. Ni kan fortfarande svara eller ändra svaret, men det markeras som sent.',
    );
    const sent = await send(formOn(page, link), ANSWER);
    expect(sent.status).toBe(303);
    expect(await h.store.currentAnswer('projektarbete-2025', 'narhalsan')).toMatchObject({
      version: 1,
      late: true,
    });
    const after = await load(new URL(sent.headers.get('location')!, link).toString());
    expect(text(after.doc.getElementById('late-flag'))).toBe('Svaret kom in efter svarstiden.');
  });

  it('with latePolicy refuse: shows no form but whom to contact, and refuses a form opened in time', async () => {
    h = await startWebHarness('refuse');
    const { link, sent } = await answerAt(h, FIRST_LATE, new Date('2025-04-30T12:00:00Z'));

    expect(sent.status).toBe(403);
    expect(await h.store.currentAnswer('projektarbete-2025', 'narhalsan')).toBeUndefined();
    for (const page of [sent, await load(link)]) {
      expect(page.doc.querySelector('form')).toBeNull();
      const notice = page.doc.getElementById('admission-notice');
      expect(text(notice)).toContain('Svarstiden gick ut onsdag 30 april 2025. Svar tas inte längre emot');
      expect(text(notice)).toContain(
        'Kontakta Samordningsgrupp projektarbete på projektstyrningsmodell@vgregion.example',
      );
      expect(notice?.querySelector('a')?.getAttribute('href')).toBe(
        'mailto:projektstyrningsmodell@vgregion.example',
      );
    }
    expect((await load(link)).status).toBe(200);
  });

  it('after the campaign is closed: no form, 410 for a form sent anyway, and the registered answer still shown', async () => {
    h = await startWebHarness('accept');
    const link = await h.linkFromEmail('narhalsan');
    const form = formOn(await load(link), link);
    expect((await send(form, ANSWER)).status).toBe(303);
    const stale = formOn(await load(link), link);
    await closeCampaign(h.ctx, 'projektarbete-2025', { kind: 'cli', id: 'test' });

    const refused = await send(stale, { ...ANSWER, 'contact.1.name': 'Bertil Berg' });
    expect(refused.status).toBe(410);
    expect(refused.doc.querySelector('form')).toBeNull();
    expect(text(refused.doc.getElementById('admission-notice'))).toContain('Insamlingen är avslutad.');
    expect(await h.store.answerHistory('projektarbete-2025', 'narhalsan')).toHaveLength(1);

    const page = await load(link);
    expect(page.doc.querySelector('form')).toBeNull();
    expect(text(page.doc.querySelector('section[aria-labelledby=answer-heading]'))).toContain(
      'Anna Andersson',
    );
  });
});
