import { linksInForce, type ChannelLinks } from '../../../domain/channel-link';
import type { Store } from '../../ports/store';

/**
 * The approved links in force, read once (one store query) for every decision a use case makes about
 * organisations' channels; domain/channel-link.ts's effectiveChannel applies them.
 */
export async function readChannelLinks(store: Store): Promise<ChannelLinks> {
  return linksInForce(await store.channelLinks('approved'));
}
