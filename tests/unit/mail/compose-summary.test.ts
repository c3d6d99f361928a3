import { parse } from 'node-html-parser';
import { composeSummaryMail } from '../../../src/adapters/mail/compose/compose-summary';
import { statusOf } from '../../../src/app/views/status-view';
import { buildSummaryView } from '../../../src/app/views/summary-view';
import type { Delivery } from '../../../src/app/ports/store';
import type { CampaignRecord } from '../../../src/domain/campaign';
import { answer, campaignRecord } from './request-fixture';

const AT = new Date('2025-05-02T07:00:00Z');

function sent(orgId: string): Delivery {
  return {
    key: `request:projektarbete-2025:${orgId}:email`,
    campaignId: 'projektarbete-2025',
    orgId,
    kind: 'request',
    channel: 'email',
    target: `${orgId}@vgregion.example`,
    state: 'sent',
    attempts: 1,
    createdAt: AT,
    updatedAt: AT,
  };
}

/** Närhälsan answered in part; Göteborgsområdet has not answered and was given until 9 May. */
function record(over: Partial<CampaignRecord> = {}): CampaignRecord {
  return { ...campaignRecord(), orgDeadlines: { goteborg: '2025-05-09' }, ...over };
}

const PARTIAL = answer([
  { roleId: 'contact', name: 'Karin Kontakt', email: 'karin@vgregion.example', title: 'Utvecklare' },
]);

describe('the owners’ summary e-mail', () => {
  it('says where the round ended and lists each organisation with the people it named', () => {
    const view = buildSummaryView(
      statusOf(record(), [PARTIAL], [sent('narhalsan'), sent('goteborg')]),
      'deadline',
    );
    const mail = composeSummaryMail(view);

    expect(mail.subject).toBe(
      'Sammanställning efter svarstiden: Förvaltningars kontaktpersoner för projektarbete',
    );
    const lines = mail.text.split('\n').filter((l) => l.trim() !== '');
    expect(lines.slice(0, 6)).toEqual([
      'Samordningsgrupp projektarbete',
      'Förvaltningars kontaktpersoner för projektarbete',
      '================================================',
      'Svarstiden gick ut onsdag 30 april 2025.',
      '0 av 2 har svarat (1 delvis)',
      'Sena svar tas fortfarande emot och markeras som sena.',
    ]);
    expect(mail.text).toContain(
      [
        'Delvis svar (1)',
        '---------------',
        '',
        '- Närhälsan',
        '  Kontaktperson: Karin Kontakt, Utvecklare, karin@vgregion.example',
        '  Det saknas fortfarande: 1 representant.',
      ].join('\n'),
    );
    expect(mail.text).toContain('- Göteborgsområdet\n  Har fått förlängd svarstid till fredag 9 maj 2025.');
    expect(mail.text).not.toContain('Har svarat (');
    const html = parse(mail.html);
    expect(html.querySelectorAll('h2').map((h) => h.textContent)).toEqual([
      'Delvis svar (1)',
      'Har inte svarat (1)',
    ]);
  });

  it('says the round is closed and takes no more answers when it was closed early', () => {
    const closed = record({ state: 'closed', closedAt: new Date('2025-04-24T08:15:00Z'), orgDeadlines: {} });
    const mail = composeSummaryMail(buildSummaryView(statusOf(closed, [], [sent('narhalsan')]), 'closed'));

    expect(mail.subject).toBe('Insamlingen är stängd: Förvaltningars kontaktpersoner för projektarbete');
    expect(mail.text).toContain(
      'Insamlingen stängdes 24 april 2025 kl. 10.15.\n0 av 2 har svarat\n\nInga fler svar tas emot.',
    );
    // Göteborgsområdet's request never went out: the chair should know it was never asked.
    expect(mail.text).toContain('- Göteborgsområdet\n  Förfrågan kom inte fram i någon kanal.');
  });
});
