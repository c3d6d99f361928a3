import type { Campaign } from '../../../src/domain/campaign';
import {
  campaignFileData,
  campaignFixture,
  CONTACT,
  DEPUTY,
  org,
  REPRESENTATIVE,
} from '../../support/campaign-fixture';

export { CONTACT, DEPUTY, org, REPRESENTATIVE };

/** A campaign file as plain data, valid as it stands; tests break one thing at a time. */
export function validCampaignData(): Record<string, unknown> {
  return campaignFileData({
    title: 'Kontaktpersoner för projektarbete',
    message: 'Anmäl kontaktperson senast {{deadline}}.',
    roles: [CONTACT, DEPUTY],
    organisations: [org('narhalsan'), org('folktandvarden')],
  });
}

/** Referensgrupp SHVO: representatives from the four subregions, an answer window of three weeks. */
export function campaign(over: Partial<Campaign> = {}): Campaign {
  return {
    ...campaignFixture({
      id: 'referensgrupp-shvo',
      title: 'Representanter till Referensgrupp SHVO',
      message: 'Utse representanter senast {{deadline}}.',
      deadline: { windowDays: 21 },
      roles: [REPRESENTATIVE],
      organisations: ['fyrbodal', 'goteborgsomradet', 'skaraborg', 'sodra-alvsborg'].map((id) => org(id)),
    }),
    ...over,
  };
}
