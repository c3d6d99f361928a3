import { effectiveChannel, type ChannelLink, type ChannelLinks } from '../../../domain/channel-link';
import type { CampaignRecord } from '../../../domain/campaign';
import type { Organisation } from '../../../domain/organisation';
import type { AppContext } from '../../context';
import type { ChannelLinkView } from '../../views/channel-link-view';
import { linkableOrganisations } from './authority';

/** Organisations of campaigns that are not closed whose channel in force is this one. */
export function organisationsInChannel(
  records: readonly CampaignRecord[],
  channelId: string,
  links: ChannelLinks,
): Organisation[] {
  const found = new Map<string, Organisation>();
  for (const r of records) {
    if (r.state === 'closed') continue;
    for (const o of r.campaign.organisations) {
      if (effectiveChannel(o, links)?.channelId === channelId) found.set(o.id, o);
    }
  }
  return [...found.values()];
}

/** The link as its card and notices show it, with its signed token. */
export function linkView(
  ctx: AppContext,
  link: ChannelLink,
  records: readonly CampaignRecord[],
  links: ChannelLinks,
  delivered?: number,
): ChannelLinkView {
  const org =
    linkableOrganisations(records).find((o) => o.id === link.orgId) ??
    records.flatMap((r) => r.campaign.organisations).find((o) => o.id === link.orgId);
  const current = org ? effectiveChannel(org, links) : undefined;
  return {
    link,
    organisation: { id: link.orgId, name: org?.name ?? link.orgId },
    token: ctx.links.channelLinkToken(link.id),
    replacesChannel:
      link.state === 'pending' && current !== undefined && current.channelId !== link.channelId,
    ...(delivered !== undefined ? { delivered } : {}),
  };
}
