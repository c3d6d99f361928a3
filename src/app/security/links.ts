import { closingInstant } from '../../domain/deadline';
import { deadlineFor, type CampaignRecord } from '../../domain/campaign';
import { TokenSigner, type LinkTokenCheck, type TokenCheck, type TokenPurpose } from './signed-token';

/** Response links stay valid this long after the deadline, so late answers can still reach the page. */
const LINK_GRACE_DAYS = 90;

export class Links {
  constructor(
    private readonly signer: TokenSigner,
    private readonly publicBaseUrl: string,
  ) {}

  /** Valid until well after this organisation's own deadline, so an extension extends its link too. */
  respondUrl(record: CampaignRecord, orgId: string): string {
    const deadline = deadlineFor(record, orgId);
    const closes = deadline ? closingInstant(deadline, record.campaign.timeZone) : new Date();
    const expiresAt = Math.floor(closes.getTime() / 1000) + LINK_GRACE_DAYS * 86400;
    const token = this.signer.sign({ purpose: 'respond', campaignId: record.campaign.id, orgId, expiresAt });
    return `${this.publicBaseUrl.replace(/\/$/, '')}/respond/${token}`;
  }

  cardToken(campaignId: string, orgId: string): string {
    return this.signer.sign({ purpose: 'card', campaignId, orgId });
  }

  check(raw: string, purpose: TokenPurpose, now: Date): TokenCheck {
    return this.signer.verify(raw, purpose, now);
  }

  /** What the approval card of a channel link carries instead of the link's id. */
  channelLinkToken(linkId: string): string {
    return this.signer.signLink(linkId);
  }

  checkChannelLink(raw: string): LinkTokenCheck {
    return this.signer.verifyLink(raw);
  }
}
