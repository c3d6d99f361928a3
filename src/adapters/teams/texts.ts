import type { Texts } from '../../app/i18n/lang';

/** What the bot itself says. Card texts live in src/adapters/cards; these are the bot's own words. */
export interface BotTexts {
  invalidCardHeading: string;
  invalidCardText: string;
  wrongChannelHeading: string;
  wrongChannelText(org: string): string;
  notTeamsText: string;
  otherTenantText: string;
  notOwner: string;
  statusOnlyInPersonalChat: string;
  unknownCommand: string;
  /** `bot` is the name Teams shows for the app, which is what people type after @. */
  greeting(bot: string): string;
  apology: string;
  unknownUser: string;
  requestOnlyInChannel(bot: string): string;
  noRequestsHere: string;
}

export const BOT_TEXTS: Texts<BotTexts> = {
  sv: {
    invalidCardHeading: 'Kortet kan inte användas',
    invalidCardText:
      'Kortet är inte giltigt, eller så har innehållet ändrats. Använd det senaste kortet i kanalen eller svarslänken i e-postmeddelandet.',
    wrongChannelHeading: 'Fel kanal',
    wrongChannelText: (org) => `Det här kortet kan bara besvaras i kanalen som är registrerad för ${org}.`,
    notTeamsText:
      'Det här kortet kan bara besvaras i Teams-kanalen det skickades till, eller via svarslänken i e-postmeddelandet.',
    otherTenantText:
      'Det här kortet kan bara besvaras inom organisationen som skickade förfrågan. Använd svarslänken i e-postmeddelandet.',
    notOwner:
      'Läget i en insamling visas bara för dem som äger den, och du står inte som ägare till någon pågående insamling. Kontakta ordföranden i gruppen om du behöver se läget.',
    statusOnlyInPersonalChat:
      'Skriv status till mig i en personlig chatt. Läget innehåller alla förvaltningars svar och visas därför inte i kanaler.',
    unknownCommand: 'Jag förstår kommandona förfrågan, koppla, kopplingar, status och hjälp.',
    greeting: (bot) =>
      `${bot} är installerad i teamet. Jag samlar in kontaktpersoner från förvaltningarna åt Västra Götalandsregionens samordningsgrupper. Förfrågningarna kommer som kort i förvaltningens kanal, och alla i kanalen kan svara på dem.\n\n` +
      `En kanal blir en organisations kanal på ett av två sätt: den är angiven för organisationen i registret som insamlingen utgår från, eller så skriver någon i kanalen @${bot} koppla «organisationens namn eller id» och en ägare av insamlingen eller en administratör godkänner kopplingen. Tills kopplingen är godkänd kan kanalen inte svara för organisationen.\n\n` +
      `Skriv @${bot} hjälp om du vill veta mer.`,
    apology: 'Något gick fel hos contact-intake. Försök igen om en stund.',
    unknownUser: 'okänd användare',
    requestOnlyInChannel: (bot) =>
      `Skriv @${bot} förfrågan i den kanal som tillhör din förvaltning, så visar jag förfrågan där.`,
    noRequestsHere: 'Den här kanalen har inga pågående förfrågningar om kontaktpersoner.',
  },
  en: {
    invalidCardHeading: 'This card cannot be used',
    invalidCardText:
      'The card is not valid, or its content has been changed. Use the latest card in the channel or the response link in the e-mail.',
    wrongChannelHeading: 'Wrong channel',
    wrongChannelText: (org) => `This card can only be answered in the channel registered for ${org}.`,
    notTeamsText:
      'This card can only be answered in the Teams channel it was sent to, or through the response link in the e-mail.',
    otherTenantText:
      'This card can only be answered within the organisation that sent the request. Use the response link in the e-mail.',
    notOwner:
      'Where a round stands is only shown to its owners, and you are not an owner of any open round. Contact the chair of the group if you need to see it.',
    statusOnlyInPersonalChat:
      'Write status to me in a personal chat. It holds every administration’s answers, so it is not shown in channels.',
    unknownCommand: 'I understand the commands request, link, links, status and help.',
    greeting: (bot) =>
      `${bot} is installed in this team. I collect contact persons from the administrations for the coordination groups of Västra Götalandsregionen. The requests arrive as cards in the administration's channel, and anyone in the channel can answer them.\n\n` +
      `A channel becomes an organisation's channel in one of two ways: the register the round is based on names it for the organisation, or someone in the channel writes @${bot} link «organisation name or id» and an owner of the round or an administrator approves the link. Until the link is approved the channel cannot answer for the organisation.\n\n` +
      `Write @${bot} help to learn more.`,
    apology: 'Something went wrong in contact-intake. Please try again in a moment.',
    unknownUser: 'unknown user',
    requestOnlyInChannel: (bot) =>
      `Write @${bot} request in your administration's channel and I will show the request there.`,
    noRequestsHere: 'This channel has no open requests for contact persons.',
  },
};
