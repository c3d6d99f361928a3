import type { AnswerVersion } from '../../../src/domain/answer-record';
import { campaignFileSchema } from '../../../src/domain/campaign-file';
import { campaignFromFile, type CampaignRecord } from '../../../src/domain/campaign';
import { resolveRecipients } from '../../../src/domain/recipients';
import { Links } from '../../../src/app/security/links';
import { TokenSigner } from '../../../src/app/security/signed-token';
import { buildRequestView, type RequestView } from '../../../src/app/views/request-view';

/** The e-mail of seeds/000 ("Formulering av e-post"), as a chair would paste it into a campaign file. */
export const SEED_LETTER = `Som informerats till funktionsgrupperna för kansli och digitalisering samt samordnande grupp för utveckling inom hälso- och sjukvård ombeds förvaltningen anmäla kontaktperson för dialog om stöd till och samordning av projektarbete. Syftet med dialogen är att fånga dels förvaltningens behov av stöd till och samordning av projektarbete, dels förvaltningens synpunkter på stöd och samordning som tillhandahålls. Dialogen kommer företrädesvis skötas via mejl och webb-formulär samt något eller några möten per år. Erbjudande om ytterligare engagemang i arbetet kommer att ges i dialogen.

Kontaktpersonens namn och e-postadress skickas till projektstyrningsmodell@vgregion.example senast {{deadline}}.

Bakgrund

Samordningsgrupp projektarbete arbetar med stöd till och samordning av projektarbete i VGR. Arbetet omfattar bland annat:

- VGR:s modell för projektstyrning, [Projektilen](#)
- VGR:s stödsystem till projektarbete, [VGR projekthantering](#)
- generella [utbildningar i projektarbete](#)
- information om projektarbete på Insidan, [Projekt](#)

I samordningsgruppen finns representanter för ansvaret för Projektilen; projektledare på kompetenscentrum; projektledare inom KsD; samt funktioner som på olika sätt arbetar med projekt på olika nivåer från några av VGR:s förvaltningar. Arbetet baseras på frivilligt engagemang och utgår från att direktören för kansli och säkerhet ansvarar för Projektilen.

Samordningsgruppen inhämtar och bedömer regionens behov av och synpunkter på lösningar stöd inom området efter bästa förmåga men saknar formell tydlig kanal för dialog med VGR:s verksamheter.`;

export const SIGNING_KEY = Buffer.alloc(32, 7);
export const BASE_URL = 'https://intake.vgregion.example';
/** 10 April 2025, 14:32 in Stockholm: before the deadline of 30 April. */
export const NOW = new Date('2025-04-10T12:32:00Z');

export interface FixtureOptions {
  language?: 'sv' | 'en';
  message?: string;
  orgName?: string;
  title?: string;
  subject?: string;
  chairName?: string;
  group?: string;
  state?: CampaignRecord['state'];
  latePolicy?: 'accept' | 'refuse';
}

export function campaignRecord(o: FixtureOptions = {}): CampaignRecord {
  const file = campaignFileSchema.parse({
    id: 'projektarbete-2025',
    title: o.title ?? 'Förvaltningars kontaktpersoner för projektarbete',
    subject: o.subject ?? 'Anmälan av kontaktperson för dialog om stöd till och samordning av projektarbete',
    language: o.language ?? 'sv',
    message: o.message ?? SEED_LETTER,
    requester: {
      group: o.group ?? 'Samordningsgrupp projektarbete',
      chair: {
        name: o.chairName ?? 'Sven Tåpptorp',
        email: 'sven.tapptorp@vgregion.example',
        title: 'ordförande',
      },
    },
    replyTo: 'projektstyrningsmodell@vgregion.example',
    owners: [{ name: 'Sven Tåpptorp', email: 'sven.tapptorp@vgregion.example' }],
    deadline: '2025-04-30',
    latePolicy: o.latePolicy ?? 'accept',
    roles: [
      {
        id: 'contact',
        name: 'Kontaktperson',
        nameEn: 'Contact person',
        description: 'Tar emot frågor om projektarbete och för dem vidare i förvaltningen.',
        min: 1,
        max: 1,
      },
      { id: 'representative', name: 'Representant', nameEn: 'Representative', min: 1, max: 2 },
      { id: 'deputy', name: 'Ersättare', nameEn: 'Deputy', min: 0, max: 1 },
    ],
    recipients: {
      organisations: [
        {
          id: 'narhalsan',
          name: o.orgName ?? 'Närhälsan',
          mailboxes: ['narhalsan@vgregion.example', 'narhalsan.kansli@vgregion.example'],
        },
        { id: 'goteborg', name: 'Göteborgsområdet', mailboxes: ['goteborg@vgregion.example'] },
      ],
    },
    overrides: { goteborg: { roles: { representative: { max: 4 } } } },
  });
  const { organisations, problems } = resolveRecipients(file, undefined);
  if (problems.length) throw new Error(`fixture campaign is invalid: ${JSON.stringify(problems)}`);
  return {
    campaign: campaignFromFile(file, organisations),
    state: o.state ?? 'open',
    createdAt: new Date('2025-04-01T08:00:00Z'),
    sentAt: new Date('2025-04-04T08:00:00Z'),
    deadlineDate: '2025-04-30',
    ...(o.state === 'closed' ? { closedAt: new Date('2025-05-05T08:00:00Z') } : {}),
  };
}

export function links(): Links {
  return new Links(new TokenSigner(SIGNING_KEY), BASE_URL);
}

export function answer(nominees: AnswerVersion['nominees'], submitter = 'Anna Berg'): AnswerVersion {
  return {
    campaignId: 'projektarbete-2025',
    orgId: 'narhalsan',
    version: 2,
    nominees,
    submittedBy: { kind: 'web-declared', name: submitter },
    submittedAt: new Date('2025-04-08T07:05:00Z'),
    channel: 'web',
    late: false,
  };
}

export function requestView(
  o: FixtureOptions & { orgId?: string; answer?: AnswerVersion; now?: Date } = {},
): RequestView {
  return buildRequestView(campaignRecord(o), o.orgId ?? 'narhalsan', o.answer, o.now ?? NOW, links());
}
