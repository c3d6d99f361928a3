import type { Store } from '../../src/app/ports/store';
import { at, campaign, CLI } from './fixtures';

const CHANNEL = '19:narhalsan-kontakt';

export function endpointAndAuditContract(store: () => Store): void {
  it('remembers how to reach a channel', async () => {
    const endpoint = {
      channelId: CHANNEL,
      teamId: '19:team',
      tenantId: 'tenant-vgr',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      updatedAt: at(5),
    };
    await store().saveChannelEndpoint(endpoint);

    expect(await store().channelEndpoint(CHANNEL)).toEqual(endpoint);
    expect(await store().channelEndpoint('19:other')).toBeUndefined();
  });

  it('replaces the service URL with the latest one, keeping a team and tenant learnt earlier', async () => {
    await store().saveChannelEndpoint({
      channelId: CHANNEL,
      teamId: '19:team',
      tenantId: 'tenant-vgr',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      updatedAt: at(5),
    });
    await store().saveChannelEndpoint({
      channelId: CHANNEL,
      serviceUrl: 'https://smba.trafficmanager.net/se/',
      updatedAt: at(50),
    });

    expect(await store().channelEndpoint(CHANNEL)).toEqual({
      channelId: CHANNEL,
      teamId: '19:team',
      tenantId: 'tenant-vgr',
      serviceUrl: 'https://smba.trafficmanager.net/se/',
      updatedAt: at(50),
    });
  });

  it('keeps an endpoint without team or tenant as it was given', async () => {
    const bare = { channelId: CHANNEL, serviceUrl: 'http://127.0.0.1:3979/', updatedAt: at(1) };
    await store().saveChannelEndpoint(bare);

    expect(await store().channelEndpoint(CHANNEL)).toEqual(bare);
  });

  it('gives back audit entries of one campaign in time order, with their details', async () => {
    const c = 'projektarbete-2025';
    const system = { kind: 'system' as const };
    await store().audit({
      at: at(30),
      actor: system,
      action: 'reminder.sent',
      campaignId: c,
      orgId: 'skaraborg',
      detail: { round: 2 },
    });
    await store().audit({
      at: at(10),
      actor: CLI,
      action: 'export',
      campaignId: c,
      detail: { format: 'csv', rows: 12 },
    });
    await store().audit({ at: at(20), actor: system, action: 'reminder.sent', campaignId: 'annan-kampanj' });
    await store().audit({ at: at(15), actor: system, action: 'service.started' });

    expect(await store().auditTrail(c)).toEqual([
      { at: at(10), actor: CLI, action: 'export', campaignId: c, detail: { format: 'csv', rows: 12 } },
      {
        at: at(30),
        actor: system,
        action: 'reminder.sent',
        campaignId: c,
        orgId: 'skaraborg',
        detail: { round: 2 },
      },
    ]);
    expect(await store().auditTrail('finns-inte')).toEqual([]);
  });

  it('keeps entries written at the same instant in the order they were written', async () => {
    const c = 'projektarbete-2025';
    await store().saveCampaign(campaign(c), at(0), CLI);
    await store().audit({ at: at(0), actor: CLI, action: 'campaign.validated', campaignId: c });

    expect((await store().auditTrail(c)).map((e) => e.action)).toEqual([
      'campaign.created',
      'campaign.validated',
    ]);
  });
}
