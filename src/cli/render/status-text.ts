import { roleName } from '../../domain/campaign';
import { STATUS_LABEL, progressText, shortfallText } from '../../app/i18n/answer-texts';
import { formatDeadline, formatInstantShort } from '../../app/i18n/dates';
import type { CampaignStatus } from '../../app/use-cases/campaign-status';

const STATE_LABEL = { draft: 'utkast (inte skickad)', open: 'öppen', closed: 'stängd' } as const;
const CHANNEL_LABEL: Record<string, string> = { teams: 'Teams', web: 'webbsidan', outlook: 'Outlook' };
const DELIVERY_LABEL: Record<string, string> = {
  sent: 'skickad',
  failed: 'misslyckades',
  waiting: 'väntar på att appen installeras i teamet',
  pending: 'inte skickad',
  sending: 'skickas',
};

/** The chair's overview as text: progress first, then one block per organisation, the unanswered ones first. */
export function renderStatusText(s: CampaignStatus): string {
  const c = s.record.campaign;
  const lines: string[] = [];
  lines.push(`${c.title} (${c.id})`);
  const deadline = s.record.deadlineDate
    ? `svara senast ${formatDeadline(s.record.deadlineDate, 'sv')}`
    : `svarstid ${c.deadline.kind === 'window' ? `${c.deadline.days} dagar från utskick` : c.deadline.date}`;
  lines.push(`Status: ${STATE_LABEL[s.record.state]} · ${deadline}`);
  lines.push(
    progressText(s.progress, 'sv') + (s.progress.missing ? `, ${s.progress.missing} har inte svarat` : ''),
  );
  lines.push('');
  const order = { missing: 0, partial: 1, answered: 2 } as const;
  const sorted = [...s.organisations].sort(
    (a, b) =>
      order[a.status] - order[b.status] || a.organisation.name.localeCompare(b.organisation.name, 'sv'),
  );
  const width = Math.max(...sorted.map((o) => o.organisation.name.length));
  const nameOf = (id: string) => {
    const role = c.roles.find((r) => r.id === id);
    return role ? roleName(role, 'sv') : id;
  };
  for (const o of sorted) {
    lines.push(`${o.organisation.name.padEnd(width)}  ${STATUS_LABEL.sv[o.status]}`);
    for (const n of o.answer?.nominees ?? []) {
      const extra = [n.title, n.phone].filter(Boolean).join(', ');
      lines.push(`    ${nameOf(n.roleId)}: ${n.name} <${n.email}>${extra ? ` (${extra})` : ''}`);
    }
    if (o.answer) {
      const a = o.answer;
      lines.push(
        `    Version ${a.version}, ${formatInstantShort(a.submittedAt, c.timeZone)} via ${CHANNEL_LABEL[a.channel] ?? a.channel}` +
          ` av ${a.submittedBy.name}${a.late ? ' – SENT SVAR' : ''}`,
      );
    }
    if (o.status === 'partial') lines.push(`    ${shortfallText(o.shortfalls, 'sv', nameOf)}`);
    if (!o.answer) {
      const sent = o.deliveries
        .filter((d) => d.kind === 'request')
        .map((d) => `${d.channel === 'email' ? 'e-post' : 'Teams'} ${DELIVERY_LABEL[d.state] ?? d.state}`);
      lines.push(`    Förfrågan: ${sent.length ? sent.join(', ') : 'inte skickad'}`);
    }
  }
  return lines.join('\n');
}
