import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime, { type Email } from 'postal-mime';
import type { AppContext } from '../../../src/app/context';
import { submitAnswer } from '../../../src/app/use-cases/submit-answer';
import { runReminders } from '../../../src/app/use-cases/reminders';
import type { ReminderReport } from '../../../src/app/use-cases/reminders';
import type { Campaign } from '../../../src/domain/campaign';
import { DEFAULT_REMINDER_POLICY, reminderPolicy } from '../../../src/domain/reminders/policy';
import type { ManualClock } from '../../../src/adapters/clock/system-clock';
import { campaignFixture, CHAIR, org } from '../../support/campaign-fixture';

/** The 2025 spring round of seeds/000 on the e-mail channel: sent Friday 4 April, deadline 30 April. */
export const ID = 'projektarbete-2025';
export const SENT = new Date('2025-04-04T08:00:00Z');
export const SECRETARY = { name: 'Maria Sekreterare', email: 'maria.sekreterare@vgregion.example' };
export const ESCALATION = 'skaraborg.direktor@vgregion.example';

export function springCampaign(): Campaign {
  const c = campaignFixture({
    id: ID,
    subject: 'Anmälan av kontaktperson för projektarbete',
    owners: [CHAIR, SECRETARY],
    organisations: [
      org('narhalsan'),
      org('sahlgrenska'),
      org('skaraborg', { escalation: ESCALATION }),
      org('folktandvarden'),
    ],
  });
  return { ...c, reminders: reminderPolicy({ ...DEFAULT_REMINDER_POLICY, escalateAfterOverdue: true }) };
}

export async function answerAs(ctx: AppContext, orgId: string, roles: Record<string, [string, string][]>) {
  const draft = Object.fromEntries(
    Object.entries(roles).map(([role, people]) => [role, people.map(([name, email]) => ({ name, email }))]),
  );
  const result = await submitAnswer(ctx, {
    campaignId: ID,
    orgId,
    draft,
    submitter: { kind: 'web-declared', name: 'Anna Andersson' },
    channel: 'web',
    nonce: `${orgId}-${ctx.clock.now().toISOString()}`,
  });
  if (result.kind !== 'saved') throw new Error(`answer for ${orgId} not saved: ${result.kind}`);
}

/** Runs the tick every hour on the hour, as the service's interval would, moving the clock along. */
export async function tickHourly(
  ctx: AppContext,
  clock: ManualClock,
  from: string,
  to: string,
): Promise<ReminderReport[]> {
  const reports: ReminderReport[] = [];
  for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += 3_600_000) {
    clock.set(new Date(t));
    const report = await runReminders(ctx, new Date(t));
    if (report.campaigns.length > 0) reports.push(report);
  }
  return reports;
}

/** `<org> <slot>` per reminder e-mail in the outbox, sorted; the deadline date only when it is not the campaign's. */
export async function reminderFiles(outboxDir: string): Promise<string[]> {
  return (await readdir(outboxDir))
    .filter((f) => f.startsWith('reminder_'))
    .map((f) => {
      const [, , orgId, deadline, slot] = f.replace(/\.eml$/, '').split('_');
      return `${orgId} ${slot}${deadline === '2025-04-30' ? '' : ` (${deadline})`}`;
    })
    .sort();
}

export async function readMail(outboxDir: string, key: string): Promise<Email> {
  const file = `${key.replace(/:/g, '_')}.eml`;
  return PostalMime.parse(await readFile(join(outboxDir, file)));
}
