import { deadlineFor } from '../../src/domain/campaign';
import type { Actor } from '../../src/app/ports/store';
import { at, campaign, CLI } from './fixtures';
import type { Opened } from './store-contract';

const C = 'projektarbete-2025';
const CHAIR: Actor = { kind: 'teams-user', id: 'aad-chair', name: 'Karin Ordförande' };

export function deadlineContract(opened: Opened): void {
  const store = () => opened().store;

  beforeEach(async () => {
    await store().saveCampaign(campaign(C), at(0), CLI);
    await store().openCampaign(C, at(1), '2025-04-30', CLI);
  });

  it('moves the deadline of the whole campaign, for every organisation', async () => {
    const extended = await store().extendDeadline(C, '2025-05-07', undefined, CHAIR, at(100));

    expect(extended).toMatchObject({ state: 'open', deadlineDate: '2025-05-07', orgDeadlines: {} });
    expect(await store().getCampaign(C)).toEqual(extended);
    expect(deadlineFor(extended, 'narhalsan')).toBe('2025-05-07');
    expect(deadlineFor(extended, 'skaraborg')).toBe('2025-05-07');
  });

  it('gives one organisation more time without moving the others, and a later extension of it wins', async () => {
    const first = await store().extendDeadline(C, '2025-05-09', 'skaraborg', CHAIR, at(100));
    expect(first.deadlineDate).toBe('2025-04-30');
    expect(first.orgDeadlines).toEqual({ skaraborg: '2025-05-09' });
    expect(deadlineFor(first, 'skaraborg')).toBe('2025-05-09');
    expect(deadlineFor(first, 'narhalsan')).toBe('2025-04-30');

    await store().extendDeadline(C, '2025-05-02', 'narhalsan', CHAIR, at(101));
    const again = await store().extendDeadline(C, '2025-05-12', 'skaraborg', CHAIR, at(102));
    expect(again.orgDeadlines).toEqual({ skaraborg: '2025-05-12', narhalsan: '2025-05-02' });
    expect(await store().getCampaign(C)).toEqual(again);
    expect((await store().listCampaigns()).map((r) => r.orgDeadlines)).toEqual([again.orgDeadlines]);
  });

  it('writes every extension to the audit trail: who, when, the new date and the organisation', async () => {
    await store().extendDeadline(C, '2025-05-07', undefined, CHAIR, at(100));
    await store().extendDeadline(C, '2025-05-09', 'skaraborg', CLI, at(110));
    await store().extendDeadline(C, '2025-05-09', 'skaraborg', CLI, at(120));

    const extended = (await store().auditTrail(C)).filter((e) => e.action === 'campaign.extended');
    expect(extended).toEqual([
      {
        at: at(100),
        actor: CHAIR,
        action: 'campaign.extended',
        campaignId: C,
        detail: { until: '2025-05-07' },
      },
      {
        at: at(110),
        actor: CLI,
        action: 'campaign.extended',
        campaignId: C,
        orgId: 'skaraborg',
        detail: { until: '2025-05-09', orgId: 'skaraborg' },
      },
      {
        at: at(120),
        actor: CLI,
        action: 'campaign.extended',
        campaignId: C,
        orgId: 'skaraborg',
        detail: { until: '2025-05-09', orgId: 'skaraborg' },
      },
    ]);
  });

  it('refuses an unknown campaign or organisation, or a date that is not one, and changes nothing', async () => {
    await expect(
      store().extendDeadline('finns-inte', '2025-05-07', undefined, CLI, at(5)),
    ).rejects.toMatchObject({
      code: 'campaign_not_found',
    });
    await expect(
      store().extendDeadline('finns-inte', '2025-05-07', 'narhalsan', CLI, at(5)),
    ).rejects.toMatchObject({ code: 'campaign_not_found' });
    await expect(
      store().extendDeadline(C, '2025-05-07', 'okand-forvaltning', CLI, at(5)),
    ).rejects.toMatchObject({
      code: 'organisation_not_found',
    });
    await expect(store().extendDeadline(C, '2025-02-30', undefined, CLI, at(5))).rejects.toThrow(RangeError);
    await expect(store().extendDeadline(C, '7 maj', 'narhalsan', CLI, at(5))).rejects.toThrow(RangeError);

    expect(await store().getCampaign(C)).toMatchObject({ deadlineDate: '2025-04-30', orgDeadlines: {} });
    expect((await store().auditTrail(C)).map((e) => e.action)).not.toContain('campaign.extended');
    expect(await store().auditTrail('finns-inte')).toEqual([]);
  });

  it('keeps every one of several extensions made at once from two processes', async () => {
    const other = await opened().another();
    const orgs = ['narhalsan', 'sahlgrenska', 'skaraborg'];
    await Promise.all([
      ...orgs.map((orgId, i) =>
        (i % 2 ? other : store()).extendDeadline(C, `2025-05-1${i}`, orgId, CLI, at(100 + i)),
      ),
      other.extendDeadline(C, '2025-05-05', undefined, CLI, at(110)),
    ]);

    const expected = { narhalsan: '2025-05-10', sahlgrenska: '2025-05-11', skaraborg: '2025-05-12' };
    for (const s of [store(), other]) {
      expect(await s.getCampaign(C)).toMatchObject({ deadlineDate: '2025-05-05', orgDeadlines: expected });
    }
    const entries = (await store().auditTrail(C)).filter((e) => e.action === 'campaign.extended');
    expect(entries).toHaveLength(4);
  });

  it('keeps extensions apart from the state: closing keeps them, extending keeps the campaign open', async () => {
    await store().extendDeadline(C, '2025-05-09', 'skaraborg', CLI, at(100));
    const closed = await store().closeCampaign(C, at(200), CLI);

    expect(closed).toMatchObject({ state: 'closed', orgDeadlines: { skaraborg: '2025-05-09' } });
    expect(closed.deadlineDate).toBe('2025-04-30');
  });
}
