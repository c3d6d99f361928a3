import type { ChannelLink } from '../../domain/channel-link';

/** What the approval card, the channel's notice and the approvers' list show of one channel link. */
export interface ChannelLinkView {
  link: ChannelLink;
  organisation: { id: string; name: string };
  /** The link id signed for the card's buttons (src/app/security); never the bare id. */
  token: string;
  /** The organisation answers in another channel today, which stops when this link is approved. */
  replacesChannel: boolean;
  /** Requests posted in the channel when the link was approved (approval outcomes only). */
  delivered?: number;
}
