import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCommand } from '../../../src/adapters/teams/commands';
import { MANIFEST_DIR } from './packager';

interface CommandList {
  scopes: string[];
  commands: { title: string; description: string }[];
}

const template = JSON.parse(readFileSync(path.join(MANIFEST_DIR, 'manifest.template.json'), 'utf8'));
const english: Record<string, string> = JSON.parse(readFileSync(path.join(MANIFEST_DIR, 'en.json'), 'utf8'));
const lists: CommandList[] = template.bots[0].commandLists;

/** What the bot does when a user picks the command from the menu: the title is sent as the message. */
function understood(list: number): { sv: string[]; en: string[] } {
  const commands = lists[list]?.commands ?? [];
  return {
    sv: commands.map((c) => parseCommand(c.title).name),
    en: commands.map(
      (_, i) => parseCommand(english[`bots[0].commandLists[${list}].commands[${i}].title`] ?? '').name,
    ),
  };
}

describe('the command menus in the manifest', () => {
  it('offer förfrågan, koppla and hjälp in channels, and status, kopplingar and hjälp in the personal chat', () => {
    expect(lists.map((l) => l.scopes)).toEqual([['team'], ['personal']]);
    expect(lists.map((l) => l.commands.map((c) => c.title))).toEqual([
      ['förfrågan', 'koppla', 'hjälp'],
      ['status', 'kopplingar', 'hjälp'],
    ]);
  });

  it('are commands the bot understands, in Swedish and in English alike', () => {
    expect(understood(0)).toEqual({ sv: ['request', 'link', 'help'], en: ['request', 'link', 'help'] });
    expect(understood(1)).toEqual({ sv: ['status', 'links', 'help'], en: ['status', 'links', 'help'] });
  });
});
