import type { Texts } from '../../app/i18n/lang';

/** One information page: a title and its sections (heading + paragraphs or list items). */
export interface InfoPage {
  title: string;
  sections: { heading?: string; paragraphs?: string[]; items?: string[] }[];
}

export interface InfoTexts {
  start: InfoPage;
  privacy: InfoPage;
  terms: InfoPage;
  links: { start: string; privacy: string; terms: string };
}

/** The pages the Teams app's manifest links to (developer.websiteUrl, privacyUrl, termsOfUseUrl). */
export const INFO_TEXTS: Texts<InfoTexts> = {
  sv: {
    links: { start: 'Om tjänsten', privacy: 'Personuppgifter', terms: 'Användarvillkor' },
    start: {
      title: 'Insamling av kontaktpersoner',
      sections: [
        {
          paragraphs: [
            'Kontaktinsamling hjälper Västra Götalandsregionens samordningsgrupper att samla in kontaktpersoner från förvaltningarna. Gruppen skickar en förfrågan till varje förvaltnings myndighetsbrevlåda och Teams-kanal, och förvaltningen svarar i Teams eller på en svarssida.',
          ],
        },
        {
          heading: 'Har du fått en förfrågan?',
          paragraphs: [
            'Använd länken i e-postmeddelandet, eller kortet i förvaltningens Teams-kanal. Länken är personlig för er förvaltning: skicka den inte vidare utanför förvaltningen.',
            'Frågor om en förfrågan besvaras av den grupp som skickade den; adressen står i meddelandet.',
          ],
        },
      ],
    },
    privacy: {
      title: 'Så hanteras personuppgifter',
      sections: [
        {
          heading: 'Vilka uppgifter',
          items: [
            'Namn, e-postadress och, om ni anger dem, telefonnummer och titel för de personer som förvaltningen anmäler.',
            'Vem som lämnade svaret: i Teams namnet och användar-id från Teams, på svarssidan det namn personen själv skriver.',
            'När svaret lämnades och genom vilken kanal, och tidigare versioner av svaret.',
          ],
        },
        {
          heading: 'Varför',
          paragraphs: [
            'Samordningsgruppen behöver kunna nå förvaltningarnas kontaktpersoner. Uppgifterna används bara för gruppens uppdrag.',
          ],
        },
        {
          heading: 'Var och hur länge',
          paragraphs: [
            'Uppgifterna sparas i Västra Götalandsregionens Microsoft 365, i en lista som gruppens medlemmar kan öppna. Tjänstens loggar innehåller inga namn eller e-postadresser.',
            'Uppgifterna sparas så länge uppdraget pågår och gallras enligt regionens dokumenthanteringsplan.',
          ],
        },
        {
          heading: 'Dina rättigheter',
          paragraphs: [
            'Västra Götalandsregionen är personuppgiftsansvarig. Du har rätt att få veta vilka uppgifter som finns om dig och att få dem rättade eller raderade. Ett svar kan ändras fram till svarstiden; kontakta annars gruppen på adressen i förfrågan. Frågor om dina rättigheter besvaras av regionens dataskyddsombud.',
          ],
        },
      ],
    },
    terms: {
      title: 'Användarvillkor',
      sections: [
        {
          items: [
            'Tjänsten är till för anställda i Västra Götalandsregionen som svarar för sin förvaltning.',
            'Svara bara för den förvaltning som förfrågan gäller, och anmäl bara personer som vet om att de anmäls.',
            'Svaret kan ses av samordningsgruppen och av alla som har tillgång till gruppens lista.',
            'Skriv inga känsliga personuppgifter i fälten.',
          ],
        },
      ],
    },
  },
  en: {
    links: { start: 'About', privacy: 'Personal data', terms: 'Terms of use' },
    start: {
      title: 'Collecting contact persons',
      sections: [
        {
          paragraphs: [
            "Kontaktinsamling helps Västra Götalandsregionen's coordination groups collect contact persons from the administrations. The group sends a request to each administration's authority mailbox and Teams channel, and the administration answers in Teams or on a response page.",
          ],
        },
        {
          heading: 'Have you received a request?',
          paragraphs: [
            "Use the link in the e-mail, or the card in your administration's Teams channel. The link belongs to your administration: do not pass it on outside it.",
            'Questions about a request are answered by the group that sent it; the address is in the message.',
          ],
        },
      ],
    },
    privacy: {
      title: 'How personal data is handled',
      sections: [
        {
          heading: 'What is kept',
          items: [
            'Name, e-mail address and, if given, phone number and title of the people the administration names.',
            'Who gave the answer: in Teams the name and user id from Teams, on the response page the name the person types.',
            'When the answer was given and through which channel, and earlier versions of the answer.',
          ],
        },
        {
          heading: 'Why',
          paragraphs: [
            "The coordination group needs to reach the administrations' contact persons. The data is used only for the group's work.",
          ],
        },
        {
          heading: 'Where and for how long',
          paragraphs: [
            "The data is kept in Västra Götalandsregionen's Microsoft 365, in a list the group's members can open. The service's logs hold no names or e-mail addresses.",
            "The data is kept while the group's work goes on and disposed of according to the region's records management plan.",
          ],
        },
        {
          heading: 'Your rights',
          paragraphs: [
            "Västra Götalandsregionen is the controller. You may find out what data is kept about you and have it corrected or erased. An answer can be changed until the deadline; otherwise contact the group at the address in the request. Questions about your rights are answered by the region's data protection officer.",
          ],
        },
      ],
    },
    terms: {
      title: 'Terms of use',
      sections: [
        {
          items: [
            'The service is for staff of Västra Götalandsregionen answering for their administration.',
            'Answer only for the administration the request is for, and name only people who know they are named.',
            "The answer can be seen by the coordination group and by everyone with access to the group's list.",
            'Do not write sensitive personal data in the fields.',
          ],
        },
      ],
    },
  },
};
