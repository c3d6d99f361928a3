import type { Campaign } from '../../src/domain/campaign';
import type { Store } from '../../src/app/ports/store';
import { at, campaign, CLI } from './fixtures';

/** Reverses key order at every level: the same definition as the YAML loader might build it. */
function shuffledKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(shuffledKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, shuffledKeys(v)]),
  ) as T;
}

export function campaignContract(store: () => Store): void {
  it('stores a new campaign as a draft and gives back the same definition', async () => {
    const c = campaign();
    expect(await store().saveCampaign(c, at(0), CLI)).toBe('created');

    const record = await store().getCampaign(c.id);
    expect(record).toEqual({
      campaign: c,
      state: 'draft',
      createdAt: at(0),
      orgDeadlines: {},
      reminderSlots: {},
    });
    expect(record?.sentAt).toBeUndefined();
    expect(await store().listCampaigns()).toEqual([record]);
  });

  it('answers undefined for a campaign it does not know, and lists nothing when empty', async () => {
    expect(await store().getCampaign('finns-inte')).toBeUndefined();
    expect(await store().listCampaigns()).toEqual([]);
  });

  it('treats loading the same definition again as unchanged, whatever the key order', async () => {
    const c = campaign();
    await store().saveCampaign(c, at(0), CLI);

    expect(await store().saveCampaign(shuffledKeys(c), at(5), CLI)).toBe('unchanged');
    expect((await store().getCampaign(c.id))?.createdAt).toEqual(at(0));
    expect(await store().listCampaigns()).toHaveLength(1);
  });

  it('refuses a different definition under the same id and keeps the first', async () => {
    const c = campaign();
    await store().saveCampaign(c, at(0), CLI);
    const edited: Campaign = { ...c, deadline: { kind: 'date', date: '2025-05-15' } };

    expect(await store().saveCampaign(edited, at(5), CLI)).toBe('conflict');
    expect((await store().getCampaign(c.id))?.campaign).toEqual(c);
  });

  it('treats a different order of organisations as a different definition', async () => {
    const c = campaign();
    await store().saveCampaign(c, at(0), CLI);
    const reordered: Campaign = { ...c, organisations: [...c.organisations].reverse() };

    expect(await store().saveCampaign(reordered, at(5), CLI)).toBe('conflict');
  });

  it('lists several campaigns, oldest first', async () => {
    await store().saveCampaign(campaign('samordningsrad-2025'), at(10), CLI);
    await store().saveCampaign(campaign('projektarbete-2025'), at(0), CLI);

    const ids = (await store().listCampaigns()).map((r) => r.campaign.id);
    expect(ids).toEqual(['projektarbete-2025', 'samordningsrad-2025']);
  });

  it('opens a campaign once: the first send fixes the send time and the deadline date', async () => {
    const c = campaign();
    await store().saveCampaign(c, at(0), CLI);

    const opened = await store().openCampaign(c.id, at(30), '2025-04-30', CLI);
    expect(opened).toEqual({
      campaign: c,
      state: 'open',
      createdAt: at(0),
      sentAt: at(30),
      deadlineDate: '2025-04-30',
      orgDeadlines: {},
      reminderSlots: {},
    });

    const again = await store().openCampaign(c.id, at(90), '2025-05-02', CLI);
    expect(again).toEqual(opened);
    expect(await store().getCampaign(c.id)).toEqual(opened);
  });

  it('closes a campaign once, keeping when it was sent and its deadline', async () => {
    const c = campaign();
    await store().saveCampaign(c, at(0), CLI);
    await store().openCampaign(c.id, at(30), '2025-04-30', CLI);

    const closed = await store().closeCampaign(c.id, at(600), CLI);
    expect(closed).toMatchObject({
      state: 'closed',
      closedAt: at(600),
      sentAt: at(30),
      deadlineDate: '2025-04-30',
    });

    expect(await store().closeCampaign(c.id, at(700), CLI)).toEqual(closed);
    expect(await store().openCampaign(c.id, at(800), '2025-06-01', CLI)).toEqual(closed);
  });

  it('refuses to open or close a campaign it does not know', async () => {
    await expect(store().openCampaign('finns-inte', at(0), '2025-04-30', CLI)).rejects.toThrow();
    await expect(store().closeCampaign('finns-inte', at(0), CLI)).rejects.toThrow();
  });

  it('records creation, opening and closing in the audit trail, once each', async () => {
    const c = campaign();
    const chair = { kind: 'teams-user' as const, id: 'aad-chair', name: 'Karin Ordförande' };
    await store().saveCampaign(c, at(0), CLI);
    await store().saveCampaign(c, at(1), CLI);
    await store().openCampaign(c.id, at(30), '2025-04-30', CLI);
    await store().openCampaign(c.id, at(31), '2025-04-30', CLI);
    await store().closeCampaign(c.id, at(600), chair);
    await store().closeCampaign(c.id, at(601), chair);

    const trail = await store().auditTrail(c.id);
    expect(trail.map((e) => [e.action, e.at, e.actor])).toEqual([
      ['campaign.created', at(0), CLI],
      ['campaign.opened', at(30), CLI],
      ['campaign.closed', at(600), chair],
    ]);
    expect(trail.every((e) => e.campaignId === c.id)).toBe(true);
  });
}
