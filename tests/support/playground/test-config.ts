import type { PlaygroundConfigOptions } from './config-file';

/** Ids of the standard test tenant; channel ids have the Teams shape so parsing code sees realistic input. */
export const TEST_IDS = {
  tenantId: '00000000-0000-4000-8000-00000000a001',
  botId: '28:00000000-0000-4000-8000-00000000b001',
  botName: 'contact-intake (test)',
  chairId: '29:test-chair',
  chairAadObjectId: '00000000-0000-4000-8000-00000000c001',
  staffId: '29:test-staff-1',
  staffAadObjectId: '00000000-0000-4000-8000-00000000c011',
  personalChatId: 'a:test-personal-chat',
  groupChatId: '19:test-group',
  teamId: '19:test-general',
  channelId: '19:test-channel',
  teamName: 'Testteam',
  channelName: 'Testkanal',
} as const;

const staff = (n: number, name: string) => ({
  id: `29:test-staff-${n}`,
  name,
  email: `staff${n}@vgregion.example`,
  aadObjectId: `00000000-0000-4000-8000-00000000c0${10 + n}`,
});

/** A complete, valid config for the standard test tenant; override parts as needed. */
export function testPlaygroundConfig(
  overrides: Partial<PlaygroundConfigOptions> = {},
): PlaygroundConfigOptions {
  return {
    tenantId: TEST_IDS.tenantId,
    bot: { id: TEST_IDS.botId, name: TEST_IDS.botName },
    currentUser: {
      id: TEST_IDS.chairId,
      name: 'Test Ordförande',
      email: 'chair@vgregion.example',
      aadObjectId: TEST_IDS.chairAadObjectId,
    },
    users: [
      staff(1, 'Kim Andersson'),
      staff(2, 'Alex Berg'),
      staff(3, 'Robin Carlsson'),
      staff(4, 'Sam Dahl'),
      staff(5, 'Kim Ek'),
    ],
    personalChatId: TEST_IDS.personalChatId,
    groupChat: { id: TEST_IDS.groupChatId, name: 'Testgrupp' },
    team: {
      id: TEST_IDS.teamId,
      name: TEST_IDS.teamName,
      aadGroupId: '00000000-0000-4000-8000-00000000d001',
      channel: { id: TEST_IDS.channelId, name: TEST_IDS.channelName },
    },
    ...overrides,
  };
}
