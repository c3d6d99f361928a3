import { campaignFileSchema, type CampaignFile } from '../../../src/domain/campaign-file';
import { resolveRecipients } from '../../../src/domain/recipients';
import { org, validCampaignData } from './builders';

const REGISTER = [org('narhalsan'), org('folktandvarden'), org('regionhalsan'), org('koncernkontoret')];

function file(recipients: unknown, extra: Record<string, unknown> = {}): CampaignFile {
  return campaignFileSchema.parse({ ...validCampaignData(), recipients, ...extra });
}

describe('resolveRecipients', () => {
  it('takes the whole register when nothing is included or excluded', () => {
    const r = resolveRecipients(file({ register: 'r.yaml' }), REGISTER);
    expect(r.problems).toEqual([]);
    expect(r.organisations.map((o) => o.id)).toEqual([
      'narhalsan',
      'folktandvarden',
      'regionhalsan',
      'koncernkontoret',
    ]);
  });

  it('keeps only the included ids, in the order given, minus the excluded ones, plus inline organisations', () => {
    const r = resolveRecipients(
      file({
        register: 'r.yaml',
        include: ['regionhalsan', 'narhalsan', 'folktandvarden'],
        exclude: ['folktandvarden'],
        organisations: [org('delregion-extra')],
      }),
      REGISTER,
    );
    expect(r.problems).toEqual([]);
    expect(r.organisations.map((o) => o.id)).toEqual(['regionhalsan', 'narhalsan', 'delregion-extra']);
  });

  it('reports ids that are not in the register, at their place in the list', () => {
    const r = resolveRecipients(
      file({ register: 'r.yaml', include: ['narhalsan', 'narhalsn'], exclude: ['vastarvet'] }),
      REGISTER,
    );
    expect(r.problems).toEqual([
      { path: ['recipients', 'include', 1], code: 'org_unknown', params: { id: 'narhalsn' } },
      { path: ['recipients', 'exclude', 0], code: 'org_unknown', params: { id: 'vastarvet' } },
    ]);
  });

  it('reports an organisation included twice at the repeat, and counts it once', () => {
    const r = resolveRecipients(file({ register: 'r.yaml', include: ['narhalsan', 'narhalsan'] }), REGISTER);
    expect(r.problems).toEqual([
      { path: ['recipients', 'include', 1], code: 'org_duplicate', params: { id: 'narhalsan' } },
    ]);
    expect(r.organisations.map((o) => o.id)).toEqual(['narhalsan']);
  });

  it('reports an inline organisation that repeats a register one at the inline entry', () => {
    const r = resolveRecipients(
      file({
        register: 'r.yaml',
        include: ['narhalsan'],
        organisations: [org('regionhalsan'), org('narhalsan')],
      }),
      REGISTER,
    );
    expect(r.problems).toEqual([
      { path: ['recipients', 'organisations', 1, 'id'], code: 'org_duplicate', params: { id: 'narhalsan' } },
    ]);
  });

  it('refuses one Teams channel answering for two organisations', () => {
    const shared = { channelId: '19:delad-kanal' };
    const r = resolveRecipients(
      file({
        organisations: [org('narhalsan', { teams: shared }), org('folktandvarden', { teams: shared })],
      }),
      undefined,
    );
    expect(r.problems).toEqual([
      { path: ['recipients'], code: 'channel_shared', params: { id: 'folktandvarden', other: 'narhalsan' } },
    ]);
  });

  it('reports overrides for organisations that are not recipients', () => {
    const r = resolveRecipients(
      file(
        { register: 'r.yaml', include: ['narhalsan'] },
        { overrides: { regionhalsan: { roles: { contact: { max: 2 } } } } },
      ),
      REGISTER,
    );
    expect(r.problems).toEqual([
      { path: ['overrides', 'regionhalsan'], code: 'override_unknown_org', params: { id: 'regionhalsan' } },
    ]);
  });

  it('reports an override that makes a role minimum exceed its maximum', () => {
    const r = resolveRecipients(
      file({ register: 'r.yaml' }, { overrides: { narhalsan: { roles: { contact: { min: 2 } } } } }),
      REGISTER,
    );
    expect(r.problems).toEqual([
      { path: ['overrides', 'narhalsan', 'roles', 'contact'], code: 'quota_min_over_max' },
    ]);
  });

  it('reports that nobody is left when every organisation is excluded', () => {
    const r = resolveRecipients(file({ register: 'r.yaml', exclude: REGISTER.map((o) => o.id) }), REGISTER);
    expect(r.problems).toEqual([{ path: ['recipients'], code: 'recipients_empty' }]);
  });
});
