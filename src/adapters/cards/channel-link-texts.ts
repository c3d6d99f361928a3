import type { Texts } from '../../app/i18n/lang';

/** Texts of a channel link's card and of the notice its channel gets; `org` is the organisation's name. */
export interface ChannelLinkTexts {
  headingPending(org: string): string;
  headingDecided(org: string): string;
  intro(org: string): string;
  organisation: string;
  team: string;
  channel: string;
  requestedBy: string;
  unknown: string;
  replaces(org: string): string;
  approve: string;
  reject: string;
  approved(by: string, at: string, org: string): string;
  delivered(count: number): string;
  rejected(by: string, at: string, org: string): string;
  superseded(org: string): string;
  replaced(org: string): string;
  notAllowed(org: string): string;
  channelTaken(other: string): string;
  channelApproved(org: string, by: string): string;
  channelRejected(org: string, by: string): string;
}

export const CHANNEL_LINK_TEXTS: Texts<ChannelLinkTexts> = {
  sv: {
    headingPending: (org) => `Koppla en kanal till ${org}?`,
    headingDecided: (org) => `Kanalkoppling för ${org}`,
    intro: (org) =>
      `Någon i en Teams-kanal har bett att kanalen ska bli kanal för ${org}: förfrågningarna om kontaktpersoner till ${org} kommer då dit, och alla i kanalen kan svara för ${org}. Godkänn bara om kanalen hör till ${org}.`,
    organisation: 'Organisation: ',
    team: 'Team: ',
    channel: 'Kanal: ',
    requestedBy: 'Begärd av: ',
    unknown: 'okänd',
    replaces: (org) =>
      `${org} svarar i dag i en annan kanal. Om du godkänner slutar den kanalen att kunna svara för ${org}.`,
    approve: 'Godkänn',
    reject: 'Avvisa',
    approved: (by, at, org) => `Godkänd av ${by} ${at}. Kanalen svarar nu för ${org}.`,
    delivered: (n) =>
      n === 1 ? ' En förfrågan har lagts i kanalen.' : ` ${n} förfrågningar har lagts i kanalen.`,
    rejected: (by, at, org) => `Avvisad av ${by} ${at}. Kanalen är inte kopplad till ${org}.`,
    superseded: (org) => `En nyare begäran för ${org} har kommit in. Den här gäller inte längre.`,
    replaced: (org) => `Kopplingen har ersatts av en nyare för ${org} eller för kanalen.`,
    notAllowed: (org) =>
      `Du kan inte besluta om den här kopplingen. Det kan bara den som äger en pågående insamling till ${org}, eller en administratör för tjänsten. Ingenting har ändrats.`,
    channelTaken: (other) =>
      `Kanalen svarar redan för ${other}, och en kanal kan bara svara för en organisation. Kopplingen godkändes inte.`,
    channelApproved: (org, by) =>
      `Den här kanalen är nu kopplad till ${org} (godkänt av ${by}). Förfrågningar om kontaktpersoner till ${org} kommer hit, och alla i kanalen kan svara på dem.`,
    channelRejected: (org, by) =>
      `Begäran att koppla den här kanalen till ${org} avvisades av ${by}. Kanalen får inga förfrågningar till ${org}.`,
  },
  en: {
    headingPending: (org) => `Link a channel to ${org}?`,
    headingDecided: (org) => `Channel link for ${org}`,
    intro: (org) =>
      `Someone in a Teams channel asked for it to become the channel of ${org}: the requests for contact persons to ${org} then go there, and anyone in the channel can answer for ${org}. Approve only if the channel belongs to ${org}.`,
    organisation: 'Organisation: ',
    team: 'Team: ',
    channel: 'Channel: ',
    requestedBy: 'Asked by: ',
    unknown: 'unknown',
    replaces: (org) =>
      `${org} answers in another channel today. If you approve, that channel can no longer answer for ${org}.`,
    approve: 'Approve',
    reject: 'Reject',
    approved: (by, at, org) => `Approved by ${by} ${at}. The channel now answers for ${org}.`,
    delivered: (n) =>
      n === 1 ? ' One request was posted in the channel.' : ` ${n} requests were posted in the channel.`,
    rejected: (by, at, org) => `Rejected by ${by} ${at}. The channel is not linked to ${org}.`,
    superseded: (org) => `A newer request for ${org} has come in. This one no longer applies.`,
    replaced: (org) => `The link has been replaced by a newer one for ${org} or for the channel.`,
    notAllowed: (org) =>
      `You cannot decide on this link. Only an owner of an open round that asks ${org}, or an administrator of the service, can. Nothing has changed.`,
    channelTaken: (other) =>
      `The channel already answers for ${other}, and a channel can answer for one organisation only. The link was not approved.`,
    channelApproved: (org, by) =>
      `This channel is now linked to ${org} (approved by ${by}). Requests for contact persons to ${org} come here, and anyone in the channel can answer them.`,
    channelRejected: (org, by) =>
      `The request to link this channel to ${org} was rejected by ${by}. The channel gets no requests for ${org}.`,
  },
};
