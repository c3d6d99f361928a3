import type { LatePolicy } from '../../../src/domain/campaign-file';
import type { Campaign } from '../../../src/domain/campaign';
import type { Organisation } from '../../../src/domain/organisation';
import { CHAIR, campaignFixture, org } from '../../support/campaign-fixture';

export { SENT_AT } from '../../support/test-app';

/** The bot tests' campaign: three administrations, two of them in Teams, and two kinds of owner. */

export const TENANT = '7c1d2f0e-0000-4000-8000-00000000a001';
export const OTHER_TENANT = '7c1d2f0e-0000-4000-8000-00000000b002';

export const ON_TIME = new Date('2025-04-22T12:30:00.000Z');
/** Midnight after the deadline day in Stockholm (CEST). */
export const FIRST_LATE = new Date('2025-04-30T22:00:00.000Z');

/** Närhälsan answers in its team's General channel, whose id is the team id. */
export const NARHALSAN_TEAM = '19:narhalsan-team';
/** Sahlgrenska answers in a named channel of its team. */
export const SU_TEAM = '19:su-team';
export const SU_CHANNEL = '19:su-kontaktpersoner';

/** Recognised in Teams by the Entra object id the campaign file gives. */
export const OWNER = { ...CHAIR, aadObjectId: '0f0f0f0f-1111-4222-8333-444444444444' };
/** Listed by e-mail only: the bot must ask the directory who is writing. */
export const EMAIL_OWNER = { name: 'Maria Sekreterare', email: 'maria.sekreterare@vgregion.example' };

export const ORGS: Organisation[] = [
  org('narhalsan', { teams: { channelId: NARHALSAN_TEAM, teamId: NARHALSAN_TEAM, tenantId: TENANT } }),
  org('sahlgrenska', { teams: { channelId: SU_CHANNEL, teamId: SU_TEAM } }),
  org('skaraborg'),
];

export const CAMPAIGN_ID = 'projektarbete-2025';

export function botCampaign(latePolicy: LatePolicy = 'accept'): Campaign {
  return campaignFixture({ id: CAMPAIGN_ID, owners: [OWNER, EMAIL_OWNER], organisations: ORGS, latePolicy });
}
