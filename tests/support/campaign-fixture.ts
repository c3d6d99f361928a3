import { campaignFileSchema, type Language, type LatePolicy } from '../../src/domain/campaign-file';
import {
  campaignFromFile,
  type Campaign,
  type Owner,
  type Person,
  type Role,
} from '../../src/domain/campaign';
import type { Organisation } from '../../src/domain/organisation';

/**
 * The one campaign builder of the test suite: a campaign file as plain data, valid as it stands, read
 * the way the service reads a file (schema defaults, then `campaignFromFile`). Every suite states only
 * what its tests depend on. Addresses use the reserved `.example` domain only.
 */

export const CHAIR: Person = { name: 'Sven Tåpptorp', email: 'sven.tapptorp@vgregion.example' };

export const CONTACT: Role = {
  id: 'contact',
  name: 'Kontaktperson',
  nameEn: 'Contact person',
  min: 1,
  max: 1,
};
export const DEPUTY: Role = { id: 'deputy', name: 'Ersättare', nameEn: 'Deputy', min: 0, max: 1 };
export const REPRESENTATIVE: Role = { id: 'representative', name: 'Representant', min: 1, max: 2 };

/** The seed letter's e-mail (seeds/000), shortened, with its list, its "(#)" links and a "<VGR>" to escape. */
export const SEED_LETTER_SHORT = `Som informerats till funktionsgrupperna för kansli och digitalisering ombeds förvaltningen anmäla kontaktperson för dialog om stöd till och samordning av projektarbete.

Kontaktpersonens namn och e-postadress skickas senast {{deadline}}.

Samordningsgrupp projektarbete arbetar med stöd till och samordning av projektarbete i VGR. Arbetet omfattar bland annat:

- VGR:s modell för projektstyrning, [Projektilen](#)
- VGR:s stödsystem till projektarbete, [VGR projekthantering](#)
- generella [utbildningar i projektarbete](#)

Med vänliga hälsningar
Sven Tåpptorp
Samordningsgrupp projektarbete <VGR>`;

/** Names of the administrations the suites use; any other id gets a made-up name. */
const ORGANISATION_NAMES: Record<string, string> = {
  narhalsan: 'Närhälsan',
  folktandvarden: 'Folktandvården',
  sahlgrenska: 'Sahlgrenska Universitetssjukhuset',
  skaraborg: 'Skaraborgs Sjukhus',
  goteborg: 'Göteborgsområdet',
  fyrbodal: 'Fyrbodal',
};

/** An administration with one authority mailbox, `<id>@vgregion.example`. */
export function org(id: string, extra: Partial<Organisation> = {}): Organisation {
  return {
    id,
    name: ORGANISATION_NAMES[id] ?? `Förvaltning ${id}`,
    mailboxes: [`${id}@vgregion.example`],
    ...extra,
  };
}

export interface CampaignFixtureOptions {
  id?: string;
  title?: string;
  subject?: string;
  language?: Language;
  message?: string;
  group?: string;
  chair?: Person;
  replyTo?: string;
  owners?: Owner[];
  /** A date (`YYYY-MM-DD`) fixed in the letter, or an answer window counted from sending. */
  deadline?: string | { windowDays: number };
  roles?: Role[];
  organisations?: Organisation[];
  /** Quota overrides per organisation and role, as the campaign file's `overrides` states them. */
  overrides?: Record<string, Record<string, { min?: number; max?: number }>>;
  latePolicy?: LatePolicy;
}

/** The campaign file's content as a plain object, a fresh copy each time so a test may break a part of it. */
export function campaignFileData(o: CampaignFixtureOptions = {}): Record<string, unknown> {
  const deadline = o.deadline ?? '2025-04-30';
  const data: Record<string, unknown> = {
    id: o.id ?? 'projektarbete-2025',
    title: o.title ?? 'Kontaktperson för projektarbete',
    message: o.message ?? SEED_LETTER_SHORT,
    requester: { group: o.group ?? 'Samordningsgrupp projektarbete', chair: { ...(o.chair ?? CHAIR) } },
    replyTo: o.replyTo ?? 'projektstyrningsmodell@vgregion.example',
    owners: (o.owners ?? [CHAIR]).map((owner) => ({ ...owner })),
    ...(typeof deadline === 'string' ? { deadline } : { answerWindowDays: deadline.windowDays }),
    roles: (o.roles ?? [CONTACT, { ...DEPUTY, max: 2 }]).map((role) => ({ ...role })),
    recipients: { organisations: (o.organisations ?? [org('narhalsan'), org('sahlgrenska')]).map(copyOrg) },
  };
  if (o.subject !== undefined) data.subject = o.subject;
  if (o.language !== undefined) data.language = o.language;
  if (o.latePolicy !== undefined) data.latePolicy = o.latePolicy;
  if (o.overrides !== undefined) {
    data.overrides = Object.fromEntries(Object.entries(o.overrides).map(([id, roles]) => [id, { roles }]));
  }
  return data;
}

/** The campaign as the service builds it from that file; throws with the schema's problems if it is not valid. */
export function campaignFixture(o: CampaignFixtureOptions = {}): Campaign {
  const file = campaignFileSchema.parse(campaignFileData(o));
  return campaignFromFile(file, file.recipients.organisations ?? []);
}

function copyOrg(o: Organisation): Organisation {
  return { ...o, mailboxes: [...o.mailboxes], ...(o.teams ? { teams: { ...o.teams } } : {}) };
}
