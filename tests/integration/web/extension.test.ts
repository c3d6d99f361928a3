import { closeCampaign } from '../../../src/app/use-cases/close-campaign';
import { extendCampaign } from '../../../src/app/use-cases/extend-campaign';
import { formOn, load, send, text } from './browser-like';
import { FIRST_LATE } from './fixture-campaign';
import { startWebHarness, type WebHarness } from './web-harness';

/** More time for one organisation, as the response page and an answer after the campaign's deadline show it. */

const ID = 'projektarbete-2025';
const ACTOR = { kind: 'cli' as const, id: 'test' };
const ANSWER = {
  'contact.1.name': 'Anna Andersson',
  'contact.1.email': 'anna.andersson@vgregion.example',
  declaredName: 'Karin Kansli',
};

let h: WebHarness;
afterEach(async () => {
  await h.close();
});

describe('an organisation given more time', () => {
  it('sees its own deadline on the page, and answers on time after the campaign’s deadline while others are refused', async () => {
    h = await startWebHarness('refuse');
    const result = await extendCampaign(h.ctx, ID, '2025-05-09', 'narhalsan', ACTOR);
    expect(result.orgIds).toEqual(['narhalsan']);
    const extended = await h.linkFromEmail('narhalsan');
    const other = await h.linkFromEmail('sahlgrenska');

    // The link from the request e-mail, sent before the extension, shows the new date.
    expect(text((await load(extended)).doc.getElementById('deadline'))).toBe(
      'Svara senast fredag 9 maj 2025',
    );
    expect(text((await load(other)).doc.getElementById('deadline'))).toBe(
      'Svara senast onsdag 30 april 2025',
    );

    // Both forms opened in time, sent after the campaign's deadline.
    const otherForm = formOn(await load(other), other);
    const extendedForm = formOn(await load(extended), extended);
    h.clock.set(FIRST_LATE);
    expect((await load(other)).doc.querySelector('form[method=post]')).toBeNull();
    const refused = await send(otherForm, ANSWER);
    expect(refused.status).toBe(403);
    const taken = await send(extendedForm, ANSWER);
    expect(taken.status).toBe(303);
    expect(await h.store.currentAnswer(ID, 'narhalsan')).toMatchObject({ version: 1, late: false });
    expect(await h.store.currentAnswer(ID, 'sahlgrenska')).toBeUndefined();
  });

  it('refuses an extension that gives no more time, is not a date, or concerns no recipient or a closed round', async () => {
    h = await startWebHarness('accept');
    h.clock.set(new Date('2025-05-05T10:00:00Z'));
    const attempt = (until: string, orgId?: string) =>
      extendCampaign(h.ctx, ID, until, orgId, ACTOR).then(
        () => 'extended',
        (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
      );

    expect(await attempt('2025-04-30')).toBe(
      'deadline_invalid: Den nya svarstiden 2025-04-30 måste vara senare än den nuvarande, 2025-04-30.',
    );
    expect(await attempt('2025-05-02', 'narhalsan')).toBe(
      'deadline_invalid: Datumet 2025-05-02 har redan passerat.',
    );
    expect(await attempt('2025-02-30')).toMatch(/^deadline_invalid: "2025-02-30" är inte ett datum\./);
    expect(await attempt('2025-05-09', 'finns-inte')).toMatch(/^organisation_not_found: /);
    // Today is still a day to answer on: a deadline includes its whole day.
    expect(await attempt('2025-05-05', 'narhalsan')).toBe('extended');
    expect(await attempt('2025-05-05', 'narhalsan')).toMatch(
      /^deadline_invalid: .*senare än den nuvarande, 2025-05-05\.$/,
    );

    await closeCampaign(h.ctx, ID, ACTOR);
    expect(await attempt('2025-05-20')).toMatch(/^campaign_closed: /);
    expect((await h.store.auditTrail(ID)).filter((e) => e.action === 'campaign.extended')).toHaveLength(1);
  });
});
