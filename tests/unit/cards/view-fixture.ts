import type { AnswerVersion } from '../../../src/domain/answer-record';
import type { Campaign, CampaignRecord } from '../../../src/domain/campaign';
import type { Nominee } from '../../../src/domain/answer';
import { Links } from '../../../src/app/security/links';
import { TokenSigner } from '../../../src/app/security/signed-token';
import { buildRequestView, type RequestView } from '../../../src/app/views/request-view';
import { campaignFixture, DEPUTY, org, REPRESENTATIVE } from '../../support/campaign-fixture';

/** Request views as the use cases build them, for the card builders. Addresses use .example only. */

export const ON_TIME = new Date('2025-04-22T12:30:00.000Z');
export const LATE = new Date('2025-05-02T08:00:00.000Z');

export const LETTER = `Som informerats till funktionsgrupperna för kansli och digitalisering ombeds förvaltningen anmäla kontaktperson.

Kontaktpersonens namn och e-postadress skickas senast {{deadline}}.

Med vänliga hälsningar
Sven Tåpptorp`;

/** Referensgrupp SHVO with a deputy, where Göteborgsområdet may name more representatives. */
export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    ...campaignFixture({
      id: 'shvo-2025',
      title: 'Representanter till Referensgrupp SHVO',
      subject: 'Representanter till Referensgrupp SHVO',
      message: LETTER,
      group: 'Referensgrupp SHVO',
      replyTo: 'shvo@vgregion.example',
      roles: [
        { ...REPRESENTATIVE, nameEn: 'Representative' },
        { ...DEPUTY, description: 'Vid förhinder.' },
      ],
      organisations: [org('goteborg'), org('fyrbodal')],
      overrides: { goteborg: { representative: { max: 4 } } },
    }),
    ...overrides,
  };
}

export function record(c: Campaign = campaign(), state: CampaignRecord['state'] = 'open'): CampaignRecord {
  return {
    campaign: c,
    state,
    createdAt: new Date('2025-04-14T07:00:00.000Z'),
    sentAt: new Date('2025-04-14T08:00:00.000Z'),
    deadlineDate: '2025-04-30',
  };
}

export const links = new Links(new TokenSigner(Buffer.alloc(32, 1)), 'https://intake.vgregion.example');

export function answer(nominees: Nominee[], extra: Partial<AnswerVersion> = {}): AnswerVersion {
  return {
    campaignId: 'shvo-2025',
    orgId: 'fyrbodal',
    version: 3,
    nominees,
    submittedBy: { kind: 'teams-user', name: 'Anna Andersson', id: '29:anna' },
    submittedAt: ON_TIME,
    channel: 'teams',
    late: false,
    ...extra,
  };
}

export function view(
  opts: { r?: CampaignRecord; orgId?: string; answer?: AnswerVersion; at?: Date } = {},
): RequestView {
  return buildRequestView(
    opts.r ?? record(),
    opts.orgId ?? 'fyrbodal',
    opts.answer,
    opts.at ?? ON_TIME,
    links,
  );
}
