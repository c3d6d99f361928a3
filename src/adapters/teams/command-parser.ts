/** What a message to the bot asks for, read from its words alone (never who wrote it). */
export type Command =
  | { name: 'status'; campaignId?: string }
  | { name: 'request' }
  | { name: 'help' }
  /** `koppla <organisation>`: the rest of the message as written (empty when nothing followed). */
  | { name: 'link'; query: string }
  | { name: 'links' }
  | { name: 'unknown' };

export type CommandName = Command['name'];

/** Longer than any organisation's name or id: the rest is not read. */
const MAX_QUERY = 200;

/**
 * Reads a message as a command. In channels the @mention is removed first, so only the words remain.
 * Swedish words first; the English ones are the manifest's English command titles.
 */
export function parseCommand(text: string): Command {
  const words = plain(text).trim().split(/\s+/);
  const word = (words[0] ?? '').toLowerCase();
  const rest = words.slice(1).filter((w) => w !== '');
  const [arg] = rest;
  if (word === 'status' && rest.length <= 1)
    return { name: 'status', ...(arg ? { campaignId: arg.toLowerCase() } : {}) };
  if (['hjälp', 'hjalp', 'help', '?'].includes(word) && rest.length === 0) return { name: 'help' };
  if (['förfrågan', 'forfragan', 'request'].includes(word) && rest.length === 0) return { name: 'request' };
  if (['koppla', 'link'].includes(word)) return { name: 'link', query: rest.join(' ').slice(0, MAX_QUERY) };
  if (['kopplingar', 'links'].includes(word) && rest.length === 0) return { name: 'links' };
  return { name: 'unknown' };
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
};

/** Teams sends a channel message's text with HTML entities (`&nbsp;` after a mention, between words). */
function plain(text: string): string {
  return text.replace(
    /&(nbsp|amp|lt|gt|quot|apos|#39);/gi,
    (_, name: string) => ENTITIES[name.toLowerCase()]!,
  );
}
