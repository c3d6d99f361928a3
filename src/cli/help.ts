export const HELP = `contact-intake – insamling av kontaktpersoner från förvaltningar

Användning: contact-intake <kommando>

  serve [--demo]                         starta tjänsten (--demo: ladda och skicka exempelkampanjen)
  campaign validate <fil> [--lang en]    kontrollera en kampanjfil och visa alla fel
  campaign create <fil>                  spara en kampanj från en fil
  campaign send <id>                     skicka förfrågan till alla organisationer (säkert att köra igen)
  campaign status <id> [--json]          visa vilka som har svarat
  campaign export <id> --format csv [--out fil]
                                         exportera svaren till en CSV-fil för Excel
  campaign close <id>                    stäng insamlingen; inga fler svar tas emot
  campaign extend <id> --until <ÅÅÅÅ-MM-DD> [--org <id>]
                                         ge hela insamlingen, eller en organisation, längre svarstid
  reminders run                          skicka de påminnelser och sammanställningar som ska gå ut nu
                                         (för en extern timer; tjänsten gör det själv var
                                         REMINDER_INTERVAL_SECONDS:e sekund)
  reminders run --now <tid> [--send]     visa vad som SKULLE gå ut vid en viss tidpunkt, t.ex.
                                         --now 2025-04-28T09:00 (svensk tid) eller …T07:00:00Z (UTC).
                                         Inget skickas utan --send: prova en påminnelsepolicy utan
                                         att mejla alla förvaltningar av misstag.
                                         --json ger samma sak för skript.
  sharepoint provision                   skapa SharePoint-listorna tjänsten behöver (STORE=sharepoint;
                                         säkert att köra igen, ändrar inget som redan finns)
  help                                   visa den här texten

Miljövariabler: se README.md (PORT, STORE, SQLITE_PATH, SHAREPOINT_SITE_ID, MAIL, OUTBOX_DIR,
REMINDER_INTERVAL_SECONDS, …).
Slutkoder: 0 klart, 2 felaktig indata eller användning, 1 annat fel.`;
