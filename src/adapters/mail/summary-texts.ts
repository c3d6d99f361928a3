import type { Texts } from '../../app/i18n/lang';

/** The summary e-mail's own words; what the Teams card says too is in src/app/i18n/summary-texts.ts. */
export interface SummaryMailTexts {
  subject: { deadline(title: string): string; closed(title: string): string };
  footer(group: string): string;
}

export const SUMMARY_MAIL_TEXTS: Texts<SummaryMailTexts> = {
  sv: {
    subject: {
      deadline: (title) => `Sammanställning efter svarstiden: ${title}`,
      closed: (title) => `Insamlingen är stängd: ${title}`,
    },
    footer: (group) =>
      `Sammanställningen skickades av tjänsten contact-intake till ägarna av insamlingen i ${group}.`,
  },
  en: {
    subject: {
      deadline: (title) => `Summary after the deadline: ${title}`,
      closed: (title) => `Round closed: ${title}`,
    },
    footer: (group) =>
      `This summary was sent by the contact-intake service to the owners of the round in ${group}.`,
  },
};
