import type { SendReport } from '../../app/use-cases/send-campaign';
import { formatDeadline } from '../../app/i18n/dates';

const NEEDS_ATTENTION: Record<string, string> = {
  failed: 'misslyckades (försöks igen vid nästa utskick)',
  busy: 'skickas just nu av en annan process',
};

export function renderSendReport(r: SendReport): string {
  const n = (channel: string, result: string) =>
    r.lines.filter((l) => l.channel === channel && l.result === result).length;
  const lines = [
    `Kampanj ${r.campaignId}: svara senast ${formatDeadline(r.deadlineDate, 'sv')}`,
    `E-post: ${n('email', 'sent')} skickade, ${n('email', 'already_sent')} redan skickade, ${n('email', 'failed')} misslyckade`,
    `Teams: ${n('teams', 'sent')} skickade, ${n('teams', 'already_sent')} redan skickade, ` +
      `${n('teams', 'waiting')} väntar på att appen installeras, ${n('teams', 'failed')} misslyckade`,
  ];
  for (const l of r.lines.filter((x) => x.result in NEEDS_ATTENTION)) {
    lines.push(`  ${l.orgId} (${l.channel}): ${NEEDS_ATTENTION[l.result]}`);
  }
  return lines.join('\n');
}
