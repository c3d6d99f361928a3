import { DateTime } from 'luxon';
import { formatDeadline } from '../../app/i18n/dates';
import type { ReminderResult } from '../../app/use-cases/reminders';
import type { DeliveryChannel } from '../../app/ports/store';
import { allResults, type OrgReminder, type PlannedCampaign, type ReminderPlan } from './reminder-plan';

/** `reminders run` for a person: what goes (or went) to whom, by name, in Swedish. */

const CHANNEL: Record<DeliveryChannel, string> = { email: 'e-post', teams: 'Teams' };

/** What happened to one message; a planned one (`due`) says nothing more than its channel. */
const RESULT: Record<ReminderResult, string> = {
  due: '',
  sent: 'skickad',
  already_sent: 'redan skickad',
  failed: 'misslyckades (försöks igen vid nästa körning)',
  waiting: 'väntar på att Teams-appen installeras',
  busy: 'skickas just nu av en annan process',
  given_up: 'gavs upp efter upprepade fel',
  answered: 'inte skickad: organisationen svarade nyss',
  pending: 'inte skickad ännu',
  sending: 'skickas',
};

const ZONE_DEFAULT = 'Europe/Stockholm';

/** "onsdag 23 april 2025 kl. 09.00" in the campaign's time zone. */
export function localMoment(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone })
    .setLocale('sv-SE')
    .toFormat("cccc d LLLL yyyy 'kl.' HH.mm");
}

/** "7 dagar före svarstiden", "sista svarsdagen", "1 arbetsdag efter svarstiden". */
export function slotLabel(slotId: string): string {
  const before = /^before-(\d+)$/.exec(slotId);
  if (before) return `${before[1]} ${before[1] === '1' ? 'dag' : 'dagar'} före svarstiden`;
  if (slotId === 'deadline-day') return 'sista svarsdagen';
  const overdue = /^overdue-(\d+)$/.exec(slotId);
  if (overdue) return `${overdue[1]} ${overdue[1] === '1' ? 'arbetsdag' : 'arbetsdagar'} efter svarstiden`;
  return slotId;
}

function channelText(ch: { channel: DeliveryChannel; result: ReminderResult; escalated?: boolean }): string {
  const copy = ch.escalated ? ' med kopia till eskaleringsadressen' : '';
  const result = RESULT[ch.result];
  return `${CHANNEL[ch.channel]}${copy}${result ? ` ${result}` : ''}`;
}

function orgLine(o: OrgReminder): string {
  const partial = o.status === 'partial' ? ', delvis svar' : '';
  return `    ${o.orgName} (${o.channels.map(channelText).join(', ')}${partial}): ${o.line}`;
}

function campaignBlock(c: PlannedCampaign): string[] {
  const out = [`${c.title} (${c.id})`];
  for (const r of c.rounds) {
    const what = r.kind === 'overdue' ? 'Påminnelse om försenat svar' : 'Påminnelse';
    out.push(
      `  ${what} ${slotLabel(r.slotId)}, ${localMoment(r.at, c.timeZone)} ` +
        `(svarstid ${formatDeadline(r.deadlineDate, 'sv')})`,
    );
    if (r.reminders.length === 0) out.push('    Ingen att påminna.');
    for (const o of r.reminders) out.push(orgLine(o));
    if (r.answered.length > 0)
      out.push(`    Har svarat, får ingen påminnelse: ${r.answered.map((a) => a.orgName).join(', ')}`);
    if (r.unreachable.length > 0) {
      out.push(
        `    Nås inte (förfrågan gick inte ut i någon kanal): ${r.unreachable.map((a) => a.orgName).join(', ')}`,
      );
    }
  }
  for (const s of c.skipped) {
    out.push(
      `  Hoppas över (en senare påminnelse har redan sin tid): ${slotLabel(s.slotId)} ` +
        `(svarstid ${formatDeadline(s.deadlineDate, 'sv')})`,
    );
  }
  if (c.summary) {
    const why = c.summary.reason === 'closed' ? 'insamlingen är stängd' : 'svarstiden har gått ut';
    out.push(`  Sammanställning till ägarna (${why}):`);
    for (const o of c.summary.owners) {
      const noChat = o.withoutTeamsChat ? '; ingen Teams-chatt med boten' : '';
      out.push(`    ${o.name} (${o.channels.map(channelText).join(', ')}${noChat})`);
    }
  }
  return out;
}

function totals(plan: ReminderPlan): string {
  const reminders = plan.campaigns.flatMap((c) => c.rounds.flatMap((r) => r.reminders));
  const lines = reminders.flatMap((o) => o.channels);
  const count = (channel: DeliveryChannel) => lines.filter((l) => l.channel === channel).length;
  const summaries = plan.campaigns.flatMap((c) => c.summary?.owners.flatMap((o) => o.channels) ?? []);
  const skipped = plan.campaigns.reduce((n, c) => n + c.skipped.length, 0);
  const parts = [
    `${lines.length} ${lines.length === 1 ? 'påminnelse' : 'påminnelser'} till ${reminders.length} ` +
      `${reminders.length === 1 ? 'organisation' : 'organisationer'} (${count('email')} e-post, ${count('teams')} Teams)`,
    `${summaries.length} ${summaries.length === 1 ? 'sammanställning' : 'sammanställningar'}`,
    `${skipped} ${skipped === 1 ? 'överhoppad påminnelse' : 'överhoppade påminnelser'}`,
  ];
  const out = [`Totalt: ${parts.join(', ')}.`];
  if (!plan.dryRun) {
    const results = allResults(plan);
    const n = (r: ReminderResult) => results.filter((x) => x.result === r).length;
    const done = [
      `${n('sent')} skickade`,
      `${n('already_sent')} redan skickade`,
      `${n('failed')} misslyckade`,
      `${n('waiting')} väntar på Teams-appen`,
      `${n('busy')} hos en annan process`,
    ];
    out.push(`Utfall: ${done.join(', ')}.`);
  }
  return out.join('\n');
}

export function renderReminderText(plan: ReminderPlan, opts: { clockGiven: boolean }): string {
  const zone = plan.campaigns[0]?.timeZone ?? ZONE_DEFAULT;
  const out = [`Påminnelser ${localMoment(plan.now, zone)} (${zone}; ${plan.now.toISOString()})`];
  if (plan.dryRun) {
    out.push('PROVKÖRNING: inget skickas och inget sparas. Lägg till --send för att skicka på riktigt.');
  } else if (opts.clockGiven) {
    out.push('Skickat som om klockan vore den angivna tiden (--send).');
  }
  out.push('');
  if (plan.campaigns.length === 0) {
    out.push(
      plan.dryRun
        ? 'Inget skulle gå ut vid den tiden.'
        : `Inget att skicka ${opts.clockGiven ? 'vid den tiden' : 'just nu'}.`,
    );
    return out.join('\n');
  }
  for (const c of plan.campaigns) out.push(...campaignBlock(c), '');
  out.push(totals(plan));
  return out.join('\n');
}
