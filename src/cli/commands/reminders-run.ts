import { DateTime } from 'luxon';
import type { Clock } from '../../app/ports/clock';
import { requireCampaign } from '../../app/use-cases/get-campaign';
import { runReminders } from '../../app/use-cases/reminders';
import type { CampaignRecord } from '../../domain/campaign';
import { ManualClock } from '../../adapters/clock/system-clock';
import { parse } from '../args';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIo } from '../io';
import { reminderJson } from '../render/reminder-json';
import { allResults, reminderPlan } from '../render/reminder-plan';
import { renderReminderText } from '../render/reminder-text';
import { withServices } from '../services';

/** A time without an offset is read in the campaigns' usual zone, as an operator in Sweden means it. */
const LOCAL_ZONE = 'Europe/Stockholm';

/**
 * `reminders run [--now <ISO time>] [--send] [--json]`. Without --now: the scheduler's tick on the real
 * clock, sending what is due (for an external timer). With --now: what a tick at that moment WOULD send,
 * nothing sent or recorded, unless --send is given too; then it sends as if it were that moment.
 * Exit 1 when a message failed, so a timer notices; the next run tries it again.
 */
export async function remindersRunCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(
    'reminders run',
    args,
    { now: { type: 'string' }, send: { type: 'boolean' }, json: { type: 'boolean' } },
    0,
  );
  const given = values.now === undefined ? undefined : parseNow(values.now);
  const dryRun = given !== undefined && !values.send;
  // The given moment is the whole run's clock: leases, e-mail dates and the reminders' "days left".
  const clock: Clock | undefined = given ? new ManualClock(given) : undefined;
  const { report, records } = await withServices(
    io,
    async (s) => {
      const now = s.ctx.clock.now();
      const report = await runReminders(s.ctx, now, { dryRun });
      const records = new Map<string, CampaignRecord>();
      for (const c of report.campaigns)
        records.set(c.campaignId, await requireCampaign(s.ctx.store, c.campaignId));
      return { report, records };
    },
    clock ? { clock } : {},
  );
  const plan = reminderPlan(report, records);
  io.out(
    values.json
      ? JSON.stringify(reminderJson(plan), null, 2)
      : renderReminderText(plan, { clockGiven: given !== undefined }),
  );
  return allResults(plan).some((r) => r.result === 'failed') ? EXIT_FAILURE : EXIT_OK;
}

/** An ISO 8601 date and time; without an offset, Swedish local time. */
export function parseNow(text: string): Date {
  const value = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) {
    throw new UsageError(
      `reminders run: --now "${text}" är inte en tidpunkt. Skriv datum och klockslag enligt ISO 8601, ` +
        `till exempel 2025-04-23T09:00 (svensk tid) eller 2025-04-23T07:00:00Z (UTC).`,
    );
  }
  const at = DateTime.fromISO(value.replace(' ', 'T'), { zone: LOCAL_ZONE, setZone: true });
  if (!at.isValid) {
    throw new UsageError(
      `reminders run: --now "${text}" är ingen giltig tidpunkt (${at.invalidExplanation ?? at.invalidReason}).`,
    );
  }
  return at.toJSDate();
}
