import type { LatePolicy } from '../../../src/domain/campaign-file';
import type { Campaign } from '../../../src/domain/campaign';
import { campaignFixture, org } from '../../support/campaign-fixture';

export { SENT_AT } from '../../support/test-app';

/** The last second of the deadline day in Stockholm (CEST, UTC+2). */
export const LAST_ON_TIME = new Date('2025-04-30T21:59:59.000Z');
export const FIRST_LATE = new Date('2025-04-30T22:00:00.000Z');

/** The response page's campaign: the seed letter, e-mail only (no Teams channels), its own subject line. */
export function testCampaign(latePolicy: LatePolicy = 'accept'): Campaign {
  return campaignFixture({
    subject: 'Anmälan av kontaktperson för dialog om stöd till och samordning av projektarbete',
    organisations: [org('narhalsan'), org('sahlgrenska')],
    latePolicy,
  });
}
