import { campaignFileSchema } from '../../../src/domain/campaign-file';
import { organisationRegisterSchema } from '../../../src/domain/organisation';
import { validCampaignData } from './builders';

type Data = Record<string, unknown>;

/** The problems a file would get, as `path: message` so a test names what the author sees. */
function problemsOf(change: (d: Data) => void): string[] {
  const data = validCampaignData();
  change(data);
  const r = campaignFileSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const roles = (d: Data) => d.roles as Data[];

describe('campaign file schema', () => {
  it('accepts the valid file and fills defaults the letter leaves out', () => {
    const r = campaignFileSchema.parse(validCampaignData());
    expect(r.timeZone).toBe('Europe/Stockholm');
    expect(r.language).toBe('sv');
    expect(r.latePolicy).toBe('accept');
  });

  it('takes an unquoted YAML date (a Date) as the date it names', () => {
    const r = campaignFileSchema.parse({
      ...validCampaignData(),
      deadline: new Date('2025-04-30T00:00:00Z'),
    });
    expect(r.deadline).toBe('2025-04-30');
  });

  it('lower-cases e-mail addresses so the same person is recognised however it is typed', () => {
    const r = campaignFileSchema.parse({ ...validCampaignData(), replyTo: ' Projekt@VGRegion.Example ' });
    expect(r.replyTo).toBe('projekt@vgregion.example');
  });

  it.each([
    ['id_format', (d: Data) => (d.id = 'Projekt 2025'), 'id: id_format'],
    [
      'email_format',
      (d: Data) => (d.replyTo = 'Projekt <projekt@vgregion.example>'),
      'replyTo: email_format',
    ],
    ['date_format', (d: Data) => (d.deadline = '30/4 2025'), 'deadline: date_format'],
    ['date_invalid', (d: Data) => (d.deadline = '2025-02-30'), 'deadline: date_invalid'],
    ['time_zone_unknown', (d: Data) => (d.timeZone = 'Europe/Göteborg'), 'timeZone: time_zone_unknown'],
    [
      'quota_min_over_max',
      (d: Data) => Object.assign(roles(d)[0]!, { min: 3, max: 2 }),
      'roles.0.min: quota_min_over_max',
    ],
    [
      'override_empty',
      (d: Data) => (d.overrides = { narhalsan: { roles: { contact: {} } } }),
      'overrides.narhalsan.roles.contact: override_empty',
    ],
    ['recipients_empty', (d: Data) => (d.recipients = { organisations: [] }), 'recipients: recipients_empty'],
    [
      'recipients_filter_without_register',
      (d: Data) => ((d.recipients as Data).include = ['narhalsan']),
      'recipients.register: recipients_filter_without_register',
    ],
    ['deadline_xor_window (both)', (d: Data) => (d.answerWindowDays = 14), 'deadline: deadline_xor_window'],
    ['deadline_xor_window (neither)', (d: Data) => delete d.deadline, 'deadline: deadline_xor_window'],
    ['role_duplicate', (d: Data) => (roles(d)[1]!.id = 'contact'), 'roles.1.id: role_duplicate'],
    ['roles_all_optional', (d: Data) => (roles(d)[0]!.min = 0), 'roles: roles_all_optional'],
    [
      'override_unknown_role',
      (d: Data) => (d.overrides = { narhalsan: { roles: { ersattare: { max: 2 } } } }),
      'overrides.narhalsan.roles.ersattare: override_unknown_role',
    ],
    [
      'message_placeholder_unknown',
      (d: Data) => (d.message = 'Svara senast {{sista_dag}}.'),
      'message: message_placeholder_unknown',
    ],
  ])('reports %s at the path of the offending value', (_code, change, expected) => {
    expect(problemsOf(change)).toEqual([expected]);
  });

  it('names the unknown placeholder so the author can find it', () => {
    const r = campaignFileSchema.safeParse({
      ...validCampaignData(),
      message: 'Hej {{namn}}, svara {{deadline}}.',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ params: { placeholder: '{{namn}}' } });
  });

  it('reports a misspelt key instead of ignoring it', () => {
    const data = validCampaignData();
    data.titel = data.title;
    delete data.title;
    const r = campaignFileSchema.safeParse(data);
    expect(r.error?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unrecognized_keys', keys: ['titel'], path: [] }),
        expect.objectContaining({ code: 'invalid_type', path: ['title'] }),
      ]),
    );
  });

  it('still checks the rules across fields when single fields are wrong, so one run shows every problem', () => {
    const problems = problemsOf((d) => {
      d.title = 'x';
      d.answerWindowDays = 14;
      roles(d)[1]!.id = 'contact';
      roles(d)[1]!.name = '';
      roles(d)[0]!.min = 5;
      d.message = 'Svara {{sista_dag}} tack.';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^title: /),
        'roles.0.min: quota_min_over_max',
        expect.stringMatching(/^roles\.1\.name: /),
        'deadline: deadline_xor_window',
        'roles.1.id: role_duplicate',
        'message: message_placeholder_unknown',
      ]),
    );
  });

  it('does not trip over values of the wrong shape when checking across fields', () => {
    expect(problemsOf((d) => (d.roles = 'contact'))).toEqual([
      'roles: Invalid input: expected array, received string',
    ]);
    expect(problemsOf((d) => (d.overrides = { narhalsan: 'max 4' }))).toHaveLength(1);
  });
});

describe('organisation register schema', () => {
  it('reports an id used twice, at the second one', () => {
    const r = organisationRegisterSchema.safeParse({
      organisations: [
        { id: 'narhalsan', name: 'Närhälsan', mailboxes: ['narhalsan@vgregion.example'] },
        { id: 'narhalsan', name: 'Närhälsan igen', mailboxes: ['narhalsan2@vgregion.example'] },
      ],
    });
    expect(r.error?.issues).toEqual([
      expect.objectContaining({
        message: 'org_duplicate',
        path: ['organisations', 1, 'id'],
        params: { id: 'narhalsan' },
      }),
    ]);
  });
});
