import type { Texts } from '../../app/i18n/lang';

/** What the bot says about channel links (`koppla`, `kopplingar`). `bot` is the app's name in Teams. */
export interface LinkBotTexts {
  onlyInChannel(bot: string): string;
  usage(bot: string): string;
  noIdentity: string;
  otherTenant: string;
  requested(org: string): string;
  notified(count: number): string;
  nobodyNotified(bot: string): string;
  unknownOrganisation(query: string): string;
  suggestions(choices: string[], bot: string, example: string): string;
  noSuggestions: string;
  alreadyLinked(org: string): string;
  channelTaken(other: string): string;
  listOnlyInPersonalChat(bot: string): string;
  noPendingLinks: string;
  moreLinks(count: number): string;
}

/** "a, b eller c" */
function either(items: string[], or: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

export const LINK_BOT_TEXTS: Texts<LinkBotTexts> = {
  sv: {
    onlyInChannel: (bot) =>
      `Skriv @${bot} koppla «organisationens namn eller id» i den kanal som ska bli organisationens kanal. Kopplingen gäller först när en ägare av en pågående insamling eller en administratör har godkänt den.`,
    usage: (bot) =>
      `Skriv vilken organisation kanalen ska kopplas till, till exempel @${bot} koppla Närhälsan. Du kan skriva organisationens namn eller id.`,
    noIdentity: 'Teams talade inte om vem du är, så jag kan inte ta emot begäran. Försök igen från Teams.',
    otherTenant: 'Kanaler kan bara kopplas inom organisationen som tjänsten tillhör.',
    requested: (org) =>
      `Begäran är registrerad. Kanalen blir kanal för ${org} först när en ägare av en pågående insamling eller en administratör har godkänt det. Fram till dess får kanalen inga förfrågningar till ${org} och kan inte svara för ${org}.`,
    notified: (n) =>
      n === 1
        ? 'En person som kan godkänna har fått frågan i sin chatt med mig.'
        : `${n} personer som kan godkänna har fått frågan i sin chatt med mig.`,
    nobodyNotified: (bot) =>
      `Jag kunde inte nå någon som kan godkänna just nu. En ägare av insamlingen eller en administratör ser begäran genom att skriva kopplingar till ${bot} i en personlig chatt, så berätta gärna för dem.`,
    unknownOrganisation: (query) => `Jag hittar ingen organisation ”${query}” i de insamlingar som pågår.`,
    suggestions: (choices, bot, example) =>
      `Menade du ${either(choices, 'eller')}? Skriv i så fall till exempel @${bot} koppla ${example}.`,
    noSuggestions: 'Skriv organisationens namn eller id så som det står i insamlingen.',
    alreadyLinked: (org) =>
      `Den här kanalen är redan kanal för ${org}. Förfrågningar till ${org} kommer hit, och alla i kanalen kan svara på dem.`,
    channelTaken: (other) =>
      `Den här kanalen svarar redan för ${other}, och en kanal kan bara svara för en organisation. Använd en annan kanal.`,
    listOnlyInPersonalChat: (bot) =>
      `Skriv kopplingar till ${bot} i en personlig chatt. Där visar jag de kanalkopplingar som väntar på ditt beslut.`,
    noPendingLinks: 'Inga kanalkopplingar väntar på ditt beslut.',
    moreLinks: (n) =>
      `${n === 1 ? 'En koppling till väntar' : `${n} kopplingar till väntar`}. Skriv kopplingar igen när du har beslutat om dessa.`,
  },
  en: {
    onlyInChannel: (bot) =>
      `Write @${bot} link «organisation name or id» in the channel that is to become the organisation's channel. The link applies only once an owner of an open round or an administrator has approved it.`,
    usage: (bot) =>
      `Say which organisation to link the channel to, for example @${bot} link Närhälsan. You can write the organisation's name or id.`,
    noIdentity: 'Teams did not say who you are, so I cannot take the request. Please try again from Teams.',
    otherTenant: 'Channels can only be linked within the organisation the service belongs to.',
    requested: (org) =>
      `The request is registered. The channel becomes the channel of ${org} only once an owner of an open round or an administrator has approved it. Until then it gets no requests for ${org} and cannot answer for ${org}.`,
    notified: (n) =>
      n === 1
        ? 'One person who can approve has been asked in their chat with me.'
        : `${n} people who can approve have been asked in their chat with me.`,
    nobodyNotified: (bot) =>
      `I could not reach anyone who can approve right now. An owner of the round or an administrator sees the request by writing links to ${bot} in a personal chat, so do tell them.`,
    unknownOrganisation: (query) => `I find no organisation “${query}” in the open rounds.`,
    suggestions: (choices, bot, example) =>
      `Did you mean ${either(choices, 'or')}? Then write, for example, @${bot} link ${example}.`,
    noSuggestions: "Write the organisation's name or id as the round gives it.",
    alreadyLinked: (org) =>
      `This channel already is the channel of ${org}. Requests for ${org} come here, and anyone in the channel can answer them.`,
    channelTaken: (other) =>
      `This channel already answers for ${other}, and a channel can answer for one organisation only. Use another channel.`,
    listOnlyInPersonalChat: (bot) =>
      `Write links to ${bot} in a personal chat. There I show the channel links waiting for your decision.`,
    noPendingLinks: 'No channel links are waiting for your decision.',
    moreLinks: (n) =>
      `${n === 1 ? 'One more link is waiting' : `${n} more links are waiting`}. Write links again once you have decided on these.`,
  },
};
