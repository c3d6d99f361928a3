import type { ChannelLinkRequest, Store } from '../../src/app/ports/store';
import { linksInForce, type ChannelLink } from '../../src/domain/channel-link';
import { at } from './fixtures';
import type { Opened } from './store-contract';

/** An instant with milliseconds: a link's times must come back exactly, not rounded to the second. */
const exact = (minutes: number) => new Date(at(minutes).getTime() + 123);

const ANNA = { aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Anna Andersson' };
const SVEN = { aadObjectId: '0f0f0f0f-1111-4222-8333-444444444444', name: 'Sven Tåpptorp' };
const ADMIN = { aadObjectId: 'adadadad-0000-4000-8000-00000000ad01' };

let n = 0;
function request(overrides: Partial<ChannelLinkRequest> = {}): ChannelLinkRequest {
  n += 1;
  return {
    id: `link-${String(n).padStart(4, '0')}`,
    orgId: 'narhalsan',
    channelId: '19:narhalsan-kontakt',
    teamId: '19:narhalsan-team',
    tenantId: '7c1d2f0e-0000-4000-8000-00000000a001',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    teamName: 'Närhälsan ledning',
    channelName: 'Kontaktpersoner',
    requestedBy: ANNA,
    requestedAt: exact(n),
    ...overrides,
  };
}

const pendingOf = (r: ChannelLinkRequest): ChannelLink => ({ ...r, state: 'pending' });
const states = async (s: Store, ids: string[]) =>
  Promise.all(ids.map(async (id) => (await s.channelLink(id))?.state));

export function channelLinkContract(opened: Opened): void {
  const store = () => opened().store;

  it('keeps a request pending, exactly as asked, and lists it with the pending ones only', async () => {
    const asked = request();
    const bare = request({ orgId: 'skaraborg', channelId: '19:skas', requestedBy: ADMIN });
    delete bare.teamId;
    delete bare.tenantId;
    delete bare.teamName;
    delete bare.channelName;

    expect(await store().requestChannelLink(asked)).toEqual(pendingOf(asked));
    expect(await store().requestChannelLink(bare)).toEqual(pendingOf(bare));

    expect(await store().channelLink(asked.id)).toEqual(pendingOf(asked));
    expect(await store().channelLink(bare.id)).toEqual(pendingOf(bare));
    expect(await store().channelLink('link-unknown')).toBeUndefined();
    expect((await store().channelLinks('pending')).map((l) => l.id).sort()).toEqual([asked.id, bare.id]);
    expect(await store().channelLinks('approved')).toEqual([]);
  });

  it('stores a repeated request (same id) once', async () => {
    const asked = request();
    await store().requestChannelLink(asked);
    expect(await store().requestChannelLink({ ...asked, channelName: 'Något annat' })).toEqual(
      pendingOf(asked),
    );
    expect(await store().channelLinks('pending')).toEqual([pendingOf(asked)]);
  });

  it('approves once: a second approval changes nothing, and nor does a rejection after it', async () => {
    const asked = request();
    await store().requestChannelLink(asked);

    const first = await store().decideChannelLink(asked.id, { state: 'approved', by: SVEN, at: exact(30) });
    const approved = { ...pendingOf(asked), state: 'approved', decidedBy: SVEN, decidedAt: exact(30) };
    expect(first).toEqual({ kind: 'decided', link: approved });
    expect(
      await store().decideChannelLink(asked.id, { state: 'approved', by: ADMIN, at: exact(31) }),
    ).toEqual({ kind: 'unchanged', link: approved });
    expect(
      await store().decideChannelLink(asked.id, { state: 'rejected', by: ADMIN, at: exact(32) }),
    ).toEqual({ kind: 'closed', link: approved });

    expect(await store().channelLink(asked.id)).toEqual(approved);
    expect(await store().channelLinks('approved')).toEqual([approved]);
    expect(await store().channelLinks('pending')).toEqual([]);
  });

  it('rejects once: a rejected link cannot be approved afterwards and is never in force', async () => {
    const asked = request();
    await store().requestChannelLink(asked);

    const rejected = await store().decideChannelLink(asked.id, {
      state: 'rejected',
      by: ADMIN,
      at: exact(30),
    });
    expect(rejected).toMatchObject({ kind: 'decided', link: { state: 'rejected', decidedBy: ADMIN } });
    const approve = await store().decideChannelLink(asked.id, { state: 'approved', by: SVEN, at: exact(31) });
    expect(approve).toMatchObject({ kind: 'closed', link: { state: 'rejected', decidedBy: ADMIN } });

    expect(await store().channelLinks('approved')).toEqual([]);
    expect(await store().channelLinks('pending')).toEqual([]);
  });

  it('says when there is no such link', async () => {
    expect(
      await store().decideChannelLink('link-nowhere', { state: 'approved', by: SVEN, at: at(1) }),
    ).toEqual({ kind: 'not_found' });
  });

  it('leaves exactly one decision when approvers in two processes press at once', async () => {
    const other = await opened().another();
    const asked = request();
    await store().requestChannelLink(asked);

    const asks = [
      { s: store(), state: 'approved', by: SVEN },
      { s: other, state: 'approved', by: ADMIN },
      { s: store(), state: 'rejected', by: ADMIN },
      { s: other, state: 'approved', by: SVEN },
    ] as const;
    const outcomes = await Promise.all(
      asks.map((a) => a.s.decideChannelLink(asked.id, { state: a.state, by: a.by, at: exact(30) })),
    );

    expect(outcomes.filter((o) => o.kind === 'decided')).toHaveLength(1);
    const final = (await other.channelLink(asked.id))!;
    expect(final.state).not.toBe('pending');
    // Everyone was told the one decision: theirs, the same one, or the other way.
    outcomes.forEach((o, i) => {
      const expected =
        o.kind === 'decided' ? 'decided' : asks[i]!.state === final.state ? 'unchanged' : 'closed';
      expect(o).toEqual({ kind: expected, link: final });
    });
  });

  it('lets a newer request for the same organisation supersede an older pending one', async () => {
    const older = request();
    const elsewhere = request({ orgId: 'skaraborg', channelId: '19:skas' });
    const newer = request({ channelId: '19:narhalsan-general', channelName: 'Allmänt' });
    await store().requestChannelLink(older);
    await store().requestChannelLink(elsewhere);
    expect(await store().requestChannelLink(newer)).toEqual(pendingOf(newer));

    expect(await states(store(), [older.id, elsewhere.id, newer.id])).toEqual([
      'superseded',
      'pending',
      'pending',
    ]);
    // The older request's approval card is now without effect.
    const late = await store().decideChannelLink(older.id, { state: 'approved', by: SVEN, at: exact(40) });
    expect(late).toMatchObject({ kind: 'closed', link: { state: 'superseded' } });
    expect(await store().channelLinks('approved')).toEqual([]);
  });

  it('keeps the newest pending request when an older one arrives late (clocks of two processes)', async () => {
    const newer = request({ requestedAt: exact(50) });
    const older = request({ requestedAt: exact(40), channelId: '19:late' });
    await store().requestChannelLink(newer);
    expect(await store().requestChannelLink(older)).toMatchObject({ id: older.id, state: 'superseded' });
    expect((await store().channelLinks('pending')).map((l) => l.id)).toEqual([newer.id]);
  });

  it('keeps exactly the newest request pending when two processes ask for the same organisation at once', async () => {
    const other = await opened().another();
    const asked = [1, 2, 3, 4].map((i) => request({ channelId: `19:channel-${i}`, requestedAt: exact(60) }));
    await Promise.all(asked.map((r, i) => (i % 2 === 0 ? store() : other).requestChannelLink(r)));

    const pending = await store().channelLinks('pending');
    // Same instant: the greatest id is the newest.
    expect(pending.map((l) => l.id)).toEqual([asked[3]!.id]);
  });

  it('retires an approved link when a newer one is approved for its organisation or its channel', async () => {
    const first = request();
    await store().requestChannelLink(first);
    await store().decideChannelLink(first.id, { state: 'approved', by: SVEN, at: exact(30) });
    const moved = request({ channelId: '19:narhalsan-general' });
    await store().requestChannelLink(moved);
    await store().decideChannelLink(moved.id, { state: 'approved', by: SVEN, at: exact(31) });

    expect(await states(store(), [first.id, moved.id])).toEqual(['replaced', 'approved']);
    // The replaced link keeps who approved it and when.
    expect(await store().channelLink(first.id)).toMatchObject({ decidedBy: SVEN, decidedAt: exact(30) });

    // Another organisation takes that channel (an administrator moved it): the old link leaves it.
    const taken = request({ orgId: 'skaraborg', channelId: '19:narhalsan-general' });
    await store().requestChannelLink(taken);
    await store().decideChannelLink(taken.id, { state: 'approved', by: ADMIN, at: exact(32) });
    const approved = await store().channelLinks('approved');
    expect(approved.map((l) => l.id)).toEqual([taken.id]);
    const inForce = linksInForce(approved);
    expect(inForce.byChannel.get('19:narhalsan-general')?.orgId).toBe('skaraborg');
    expect(inForce.byOrg.has('narhalsan')).toBe(false);
  });

  it('keeps the later approval when an older request for the same channel is approved after a newer one', async () => {
    // Two approvers pressed at once for two organisations asking for one channel: the use case's
    // "channel taken" check ran before either write. The later decision holds the channel, and the
    // other approval is retired for good instead of waiting, hidden, to come back into force.
    const older = request({ orgId: 'skaraborg', channelId: '19:delad', requestedAt: exact(10) });
    const newer = request({ orgId: 'sahlgrenska', channelId: '19:delad', requestedAt: exact(20) });
    await store().requestChannelLink(older);
    await store().requestChannelLink(newer);
    await store().decideChannelLink(newer.id, { state: 'approved', by: SVEN, at: exact(30) });
    await store().decideChannelLink(older.id, { state: 'approved', by: ADMIN, at: exact(31) });

    expect(await states(store(), [newer.id, older.id])).toEqual(['replaced', 'approved']);
    const approved = await store().channelLinks('approved');
    expect(approved.map((l) => l.orgId)).toEqual(['skaraborg']);
    expect(linksInForce(approved).byChannel.get('19:delad')?.orgId).toBe('skaraborg');

    // Sahlgrenska moves on to a channel of its own: Skaraborg's approval stays the one in force.
    const own = request({ orgId: 'sahlgrenska', channelId: '19:su-egen', requestedAt: exact(40) });
    await store().requestChannelLink(own);
    await store().decideChannelLink(own.id, { state: 'approved', by: SVEN, at: exact(41) });
    const after = linksInForce(await store().channelLinks('approved'));
    expect(after.byChannel.get('19:delad')?.orgId).toBe('skaraborg');
    expect(after.byOrg.get('sahlgrenska')?.channelId).toBe('19:su-egen');
  });

  it('is seen by another process at once', async () => {
    const other = await opened().another();
    const asked = request();
    await store().requestChannelLink(asked);
    await other.decideChannelLink(asked.id, { state: 'approved', by: SVEN, at: exact(30) });
    expect((await store().channelLinks('approved')).map((l) => l.id)).toEqual([asked.id]);
  });
}
