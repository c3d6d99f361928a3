import type { Store } from '../../src/app/ports/store';
import { at, campaign, CLI, deliverySpec } from './fixtures';

const LEASE_MS = 5 * 60_000;

export function deliveryContract(store: () => Store): void {
  beforeEach(async () => {
    await store().saveCampaign(campaign(), at(0), CLI);
  });

  it('records a new delivery and hands it to the first caller for sending', async () => {
    const spec = deliverySpec('narhalsan');
    const { delivery, acquired } = await store().claimDelivery(spec, at(10), LEASE_MS);

    expect(acquired).toBe(true);
    expect(delivery).toEqual({
      ...spec,
      state: 'sending',
      attempts: 1,
      createdAt: at(10),
      updatedAt: at(10),
    });
    expect(await store().getDelivery(spec.key)).toEqual(delivery);
  });

  it('does not hand out a delivery someone holds until the lease has run out', async () => {
    const spec = deliverySpec('narhalsan');
    await store().claimDelivery(spec, at(10), LEASE_MS);

    const during = await store().claimDelivery(spec, at(14), LEASE_MS);
    expect(during.acquired).toBe(false);
    expect(during.delivery).toMatchObject({ state: 'sending', attempts: 1 });

    const justBefore = new Date(at(15).getTime() - 1);
    expect((await store().claimDelivery(spec, justBefore, LEASE_MS)).acquired).toBe(false);

    const after = await store().claimDelivery(spec, at(15), LEASE_MS);
    expect(after.acquired).toBe(true);
    expect(after.delivery).toMatchObject({ state: 'sending', attempts: 2, updatedAt: at(15) });
  });

  it('never hands out a sent delivery again, and records where it landed', async () => {
    const spec = deliverySpec('narhalsan');
    await store().claimDelivery(spec, at(10), LEASE_MS);

    const sent = await store().finishDelivery(
      spec.key,
      { state: 'sent', externalRef: { messageId: '<m1@x>' } },
      at(11),
    );
    expect(sent).toEqual({
      ...spec,
      state: 'sent',
      attempts: 1,
      externalRef: { messageId: '<m1@x>' },
      createdAt: at(10),
      updatedAt: at(11),
      sentAt: at(11),
    });

    const later = await store().claimDelivery(spec, at(60 * 24), LEASE_MS);
    expect(later).toEqual({ delivery: sent, acquired: false });
  });

  it('keeps a sent delivery sent when a holder whose lease ran out reports late', async () => {
    const spec = deliverySpec('narhalsan');
    await store().claimDelivery(spec, at(10), LEASE_MS);
    await store().claimDelivery(spec, at(20), LEASE_MS);
    await store().finishDelivery(spec.key, { state: 'sent', externalRef: { messageId: '<m2@x>' } }, at(21));

    const late = await store().finishDelivery(spec.key, { state: 'failed', lastError: 'timeout' }, at(22));
    expect(late).toMatchObject({ state: 'sent', sentAt: at(21), externalRef: { messageId: '<m2@x>' } });
    expect(late.lastError).toBeUndefined();
  });

  it('takes up a failed delivery again, and forgets the error once it is sent', async () => {
    const spec = deliverySpec('narhalsan');
    await store().claimDelivery(spec, at(10), LEASE_MS);
    const failed = await store().finishDelivery(spec.key, { state: 'failed', lastError: 'SMTP 451' }, at(11));
    expect(failed).toMatchObject({ state: 'failed', lastError: 'SMTP 451', attempts: 1 });
    expect(failed.sentAt).toBeUndefined();

    const retry = await store().claimDelivery(spec, at(12), LEASE_MS);
    expect(retry).toMatchObject({ acquired: true, delivery: { state: 'sending', attempts: 2 } });
    const sent = await store().finishDelivery(
      spec.key,
      { state: 'sent', externalRef: { messageId: '<m3@x>' } },
      at(13),
    );
    expect(sent.lastError).toBeUndefined();
    expect(sent).toMatchObject({ state: 'sent', attempts: 2, sentAt: at(13) });
  });

  it('takes up a delivery that waited for the Teams app to be installed', async () => {
    const spec = deliverySpec('narhalsan', {
      key: 'request:projektarbete-2025:narhalsan:teams',
      channel: 'teams',
      target: '19:abc',
    });
    await store().claimDelivery(spec, at(10), LEASE_MS);
    await store().finishDelivery(spec.key, { state: 'waiting', lastError: 'not installed' }, at(11));

    expect(await store().getDelivery(spec.key)).toMatchObject({
      state: 'waiting',
      lastError: 'not installed',
    });
    expect(await store().claimDelivery(spec, at(12), LEASE_MS)).toMatchObject({
      acquired: true,
      delivery: { attempts: 2 },
    });
  });

  it('hands a delivery to exactly one of many simultaneous callers', async () => {
    const spec = deliverySpec('narhalsan');
    const claims = await Promise.all(
      Array.from({ length: 10 }, () => store().claimDelivery(spec, at(10), LEASE_MS)),
    );

    expect(claims.filter((c) => c.acquired)).toHaveLength(1);
    expect((await store().getDelivery(spec.key))?.attempts).toBe(1);
  });

  it('lists the deliveries of one campaign only', async () => {
    await store().saveCampaign(campaign('samordningsrad-2025'), at(0), CLI);
    await store().claimDelivery(deliverySpec('narhalsan'), at(10), LEASE_MS);
    await store().claimDelivery(deliverySpec('skaraborg'), at(11), LEASE_MS);
    const elsewhere = deliverySpec('narhalsan', {
      key: 'request:samordningsrad-2025:narhalsan:email',
      campaignId: 'samordningsrad-2025',
    });
    await store().claimDelivery(elsewhere, at(12), LEASE_MS);

    const keys = (await store().deliveries('projektarbete-2025')).map((d) => d.key).sort();
    expect(keys).toEqual([deliverySpec('narhalsan').key, deliverySpec('skaraborg').key]);
    expect(await store().deliveries('finns-inte')).toEqual([]);
  });

  it('refuses a delivery for a campaign it does not know', async () => {
    const spec = deliverySpec('narhalsan', { key: 'request:okand:narhalsan:email', campaignId: 'okand' });
    await expect(store().claimDelivery(spec, at(10), LEASE_MS)).rejects.toMatchObject({
      code: 'campaign_not_found',
    });
    expect(await store().getDelivery(spec.key)).toBeUndefined();
  });

  it('knows nothing of a key it never saw, and refuses to finish it', async () => {
    expect(await store().getDelivery('request:x:y:email')).toBeUndefined();
    await expect(store().finishDelivery('request:x:y:email', { state: 'sent' }, at(1))).rejects.toThrow();
  });
}
