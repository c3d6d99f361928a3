import { loadConfig } from '../../../src/config/config';

/** TEAMS_ADMIN_AAD_OBJECT_IDS: who besides campaign owners may approve a Teams channel's link. */

const A = '0F0F0F0F-1111-4222-8333-444444444444';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';

function admins(value: string | undefined): string[] {
  const result = loadConfig(value === undefined ? {} : { TEAMS_ADMIN_AAD_OBJECT_IDS: value }, '/srv');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config.bot.adminObjectIds;
}

function problems(value: string): string[] {
  const result = loadConfig({ TEAMS_ADMIN_AAD_OBJECT_IDS: value }, '/srv');
  if (result.ok) throw new Error('expected the value to be refused');
  return result.problems;
}

describe('TEAMS_ADMIN_AAD_OBJECT_IDS', () => {
  it('is empty unless set: then only campaign owners approve links', () => {
    expect(admins(undefined)).toEqual([]);
    expect(admins('')).toEqual([]);
    expect(admins(' , ')).toEqual([]);
  });

  it('reads Entra object ids separated by commas, lower-cased, each once', () => {
    expect(admins(`${A}, ${B},${A.toLowerCase()}, `)).toEqual([A.toLowerCase(), B]);
  });

  it('names the entry that is not an object id, without repeating what was written there', () => {
    const found = problems(`${A}, maria.sekreterare@vgregion.example, not-a-guid`);
    expect(found).toEqual([
      expect.stringMatching(
        /^TEAMS_ADMIN_AAD_OBJECT_IDS: entry 2 of 3 is an e-mail address; give each person's Entra object id/,
      ),
      expect.stringMatching(/^TEAMS_ADMIN_AAD_OBJECT_IDS: entry 3 of 3 is not a GUID;/),
    ]);
    expect(found.join('\n')).not.toContain('maria.sekreterare');
    expect(found.join('\n')).not.toContain('not-a-guid');
  });

  it('refuses ids separated by semicolons or spaces instead of commas', () => {
    expect(problems(`${A};${B}`)).toEqual([expect.stringContaining('entry 1 of 1 is not a GUID')]);
    expect(problems(`${A} ${B}`)).toHaveLength(1);
  });
});
