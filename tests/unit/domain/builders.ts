import type { Campaign, Role } from '../../../src/domain/campaign';
import type { Organisation } from '../../../src/domain/organisation';

/** A campaign file as plain data, valid as it stands; tests break one thing at a time. */
export function validCampaignData(): Record<string, unknown> {
  return {
    id: 'projektarbete-2025',
    title: 'Kontaktpersoner för projektarbete',
    message: 'Anmäl kontaktperson senast {{deadline}}.',
    requester: {
      group: 'Samordningsgrupp projektarbete',
      chair: { name: 'Sven Tåpptorp', email: 'sven.tapptorp@vgregion.example' },
    },
    replyTo: 'projektstyrningsmodell@vgregion.example',
    owners: [{ name: 'Sven Tåpptorp', email: 'sven.tapptorp@vgregion.example' }],
    deadline: '2025-04-30',
    roles: [
      { id: 'contact', name: 'Kontaktperson', min: 1, max: 1 },
      { id: 'deputy', name: 'Ersättare', min: 0, max: 1 },
    ],
    recipients: {
      organisations: [
        { id: 'narhalsan', name: 'Närhälsan', mailboxes: ['narhalsan@vgregion.example'] },
        { id: 'folktandvarden', name: 'Folktandvården', mailboxes: ['folktandvarden@vgregion.example'] },
      ],
    },
  };
}

export function org(id: string, extra: Partial<Organisation> = {}): Organisation {
  return { id, name: `Organisation ${id}`, mailboxes: [`${id}@vgregion.example`], ...extra };
}

export const CONTACT: Role = {
  id: 'contact',
  name: 'Kontaktperson',
  nameEn: 'Contact person',
  min: 1,
  max: 1,
};
export const DEPUTY: Role = { id: 'deputy', name: 'Ersättare', nameEn: 'Deputy', min: 0, max: 1 };
export const REPRESENTATIVE: Role = { id: 'representative', name: 'Representant', min: 1, max: 2 };

export function campaign(over: Partial<Campaign> = {}): Campaign {
  return {
    id: 'referensgrupp-shvo',
    title: 'Representanter till Referensgrupp SHVO',
    subject: 'Representanter till Referensgrupp SHVO',
    language: 'sv',
    message: 'Utse representanter senast {{deadline}}.',
    requester: { group: 'GITS', chair: { name: 'Krister Bergkvist', email: 'krister@vgregion.example' } },
    replyTo: 'info.samsa@vgregion.example',
    owners: [{ name: 'Krister Bergkvist', email: 'krister@vgregion.example' }],
    timeZone: 'Europe/Stockholm',
    deadline: { kind: 'window', days: 21 },
    roles: [REPRESENTATIVE],
    organisations: [org('fyrbodal'), org('goteborgsomradet'), org('skaraborg'), org('sodra-alvsborg')],
    quotaOverrides: {},
    latePolicy: 'accept',
    ...over,
  };
}
