import {
  effectiveChannel,
  linksInForce,
  NO_CHANNEL_LINKS,
  organisationForChannel,
  type ChannelLink,
} from '../../../src/domain/channel-link';
import { campaign, org } from './builders';

/** Which channel answers for an organisation once links were asked for, approved or not. */

const REGISTERED = { channelId: '19:su-kontakt', teamId: '19:su-team', tenantId: 'tenant-1' };
const SU = org('sahlgrenska', { teams: REGISTERED });
const SKARABORG = org('skaraborg');

let seq = 0;
function link(orgId: string, channelId: string, extra: Partial<ChannelLink> = {}): ChannelLink {
  seq += 1;
  return {
    id: `link-${seq}`,
    orgId,
    channelId,
    teamId: '19:ny-team',
    tenantId: 'tenant-1',
    serviceUrl: 'https://smba.example/emea/',
    requestedBy: { aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Anna Andersson' },
    requestedAt: new Date(`2025-04-1${seq % 10}T08:00:00Z`),
    state: 'approved',
    ...extra,
  };
}

describe('the channel in force for an organisation', () => {
  it("is the register's channel when no link was approved", () => {
    expect(effectiveChannel(SU, NO_CHANNEL_LINKS)).toEqual(REGISTERED);
    expect(effectiveChannel(SKARABORG, NO_CHANNEL_LINKS)).toBeUndefined();
  });

  it('grants nothing for a pending or rejected link', () => {
    const links = linksInForce([
      link('skaraborg', '19:ny', { state: 'pending' }),
      link('sahlgrenska', '19:annan', { state: 'rejected' }),
    ]);
    expect(effectiveChannel(SKARABORG, links)).toBeUndefined();
    expect(effectiveChannel(SU, links)).toEqual(REGISTERED);
  });

  it('is the approved link, for an organisation the register gave no channel', () => {
    const approved = link('skaraborg', '19:skaraborg-kanal');
    const channel = effectiveChannel(SKARABORG, linksInForce([approved]));
    expect(channel).toEqual({
      channelId: '19:skaraborg-kanal',
      teamId: '19:ny-team',
      tenantId: 'tenant-1',
      linkId: approved.id,
    });
  });

  it("replaces the register's channel: the old channel no longer answers", () => {
    const links = linksInForce([link('sahlgrenska', '19:su-ny')]);
    expect(effectiveChannel(SU, links)?.channelId).toBe('19:su-ny');
    const c = campaign({ organisations: [SU, SKARABORG] });
    expect(organisationForChannel(c, '19:su-ny', links)?.id).toBe('sahlgrenska');
    expect(organisationForChannel(c, REGISTERED.channelId, links)).toBeUndefined();
  });

  it("takes the register's channel away from an organisation when a link gave that channel to another", () => {
    const links = linksInForce([link('skaraborg', REGISTERED.channelId)]);
    expect(effectiveChannel(SU, links)).toBeUndefined();
    const c = campaign({ organisations: [SU, SKARABORG] });
    expect(organisationForChannel(c, REGISTERED.channelId, links)?.id).toBe('skaraborg');
  });

  it('lets the latest approval win when two raced, so a channel never answers for two organisations', () => {
    const older = link('skaraborg', '19:delad', { requestedAt: new Date('2025-04-10T08:00:00Z') });
    const newer = link('sahlgrenska', '19:delad', { requestedAt: new Date('2025-04-11T08:00:00Z') });
    const links = linksInForce([older, newer]);
    expect(links.byChannel.get('19:delad')?.orgId).toBe('sahlgrenska');
    expect(effectiveChannel(SKARABORG, links)).toBeUndefined();
    expect(effectiveChannel(SU, links)?.channelId).toBe('19:delad');

    const twoForOne = linksInForce([
      link('skaraborg', '19:a', { requestedAt: new Date('2025-04-10T08:00:00Z') }),
      link('skaraborg', '19:b', { requestedAt: new Date('2025-04-12T08:00:00Z') }),
    ]);
    expect(effectiveChannel(SKARABORG, twoForOne)?.channelId).toBe('19:b');
    expect(twoForOne.byChannel.has('19:a')).toBe(false);
  });

  it('ranks approvals by when they were decided, not by when they were asked for', () => {
    const askedFirstDecidedLast = link('skaraborg', '19:delad', {
      requestedAt: new Date('2025-04-10T08:00:00Z'),
      decidedAt: new Date('2025-04-12T09:00:00Z'),
    });
    const askedLastDecidedFirst = link('sahlgrenska', '19:delad', {
      requestedAt: new Date('2025-04-11T08:00:00Z'),
      decidedAt: new Date('2025-04-12T08:00:00Z'),
    });
    const links = linksInForce([askedLastDecidedFirst, askedFirstDecidedLast]);
    expect(links.byChannel.get('19:delad')?.orgId).toBe('skaraborg');
    expect(effectiveChannel(SU, links)?.channelId).toBe(REGISTERED.channelId);
  });

  it('settles approvals made in the same instant the same way whatever order they are read in', () => {
    const at = new Date('2025-04-10T08:00:00Z');
    const a = link('skaraborg', '19:delad', { id: 'link-a', requestedAt: at });
    const b = link('sahlgrenska', '19:delad', { id: 'link-b', requestedAt: at });
    const one = linksInForce([a, b]).byChannel.get('19:delad')?.orgId;
    const other = linksInForce([b, a]).byChannel.get('19:delad')?.orgId;
    expect(one).toBe(other);
  });
});
