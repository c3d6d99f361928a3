/** Data for `help.template.json`: what the bot does and which commands it understands. */
export interface HelpCardData {
  lang: string;
  heading: string;
  paragraphs: { text: string }[];
  commandsHeading: string;
  commands: { command: string; description: string }[];
}
