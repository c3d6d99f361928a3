import { campaignFromFile } from '../../../src/domain/campaign';
import { campaignFileSchema } from '../../../src/domain/campaign-file';
import { quotasFor } from '../../../src/domain/quota';
import { campaign, CONTACT, DEPUTY, org, REPRESENTATIVE } from './builders';

const limits = (c: ReturnType<typeof campaign>, orgId: string) =>
  quotasFor(c, orgId).map((q) => `${q.role.id} ${q.min}-${q.max}`);

describe('quotasFor', () => {
  it('gives every organisation the role limits when it has no override', () => {
    expect(limits(campaign({ roles: [CONTACT, DEPUTY] }), 'fyrbodal')).toEqual(['contact 1-1', 'deputy 0-1']);
  });

  it('lets Göteborgsområdet name up to four representatives while the others keep 1-2 (SHVO)', () => {
    const c = campaign({ quotaOverrides: { goteborgsomradet: { representative: { max: 4 } } } });
    expect(limits(c, 'goteborgsomradet')).toEqual(['representative 1-4']);
    expect(limits(c, 'fyrbodal')).toEqual(['representative 1-2']);
  });

  it('overrides only the limit it names and only the role it names', () => {
    const c = campaign({
      roles: [CONTACT, DEPUTY],
      quotaOverrides: { skaraborg: { deputy: { min: 1 } } },
    });
    expect(limits(c, 'skaraborg')).toEqual(['contact 1-1', 'deputy 1-1']);
  });

  it('carries overrides from the campaign file into the campaign', () => {
    const file = campaignFileSchema.parse({
      id: 'referensgrupp-shvo',
      title: 'Referensgrupp SHVO',
      message: 'Utse representanter senast {{deadline}}.',
      requester: { group: 'GITS', chair: { name: 'Krister Bergkvist', email: 'krister@vgregion.example' } },
      replyTo: 'info.samsa@vgregion.example',
      owners: [{ name: 'Krister Bergkvist', email: 'krister@vgregion.example' }],
      answerWindowDays: 21,
      roles: [REPRESENTATIVE],
      recipients: { organisations: [org('goteborgsomradet'), org('fyrbodal')] },
      overrides: { goteborgsomradet: { roles: { representative: { max: 4 } } } },
    });
    const c = campaignFromFile(file, [org('goteborgsomradet'), org('fyrbodal')]);
    expect(c.deadline).toEqual({ kind: 'window', days: 21 });
    expect(limits(c, 'goteborgsomradet')).toEqual(['representative 1-4']);
    expect(limits(c, 'fyrbodal')).toEqual(['representative 1-2']);
  });
});
