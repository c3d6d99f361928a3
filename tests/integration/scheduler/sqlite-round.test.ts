import { readdir } from 'node:fs/promises';
import { readMail } from '../../integration/mail/reminder-fixture';
import {
  EXPECTED_REMINDERS,
  EXPECTED_TIMELINE,
  ID,
  ORGS,
  OWNERS,
  playRound,
  reportedTimeline,
  startRoundWorld,
  storedTimeline,
  type RoundWorld,
  type TickJson,
} from './example-round';

/**
 * The whole spring round of examples/projektarbete-2025.yaml on the embedded back end (SQLite and the
 * outbox), run by an external timer: `contact-intake reminders run --now <tick> --send` twice a day for
 * six weeks, answers arriving on some days, an extension, the deadline and the owners' summary. And
 * what an operator sees with `reminders run --now` alone: exactly what the tick then sends, with nothing
 * sent by looking.
 */

let world: RoundWorld | undefined;
afterEach(async () => {
  await world?.app.stop();
  world = undefined;
});

const sorted = (lines: string[]) => [...lines].sort();

async function outboxFiles(dir: string, prefix: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.startsWith(prefix)).sort();
}

describe('a spring round from the example campaign file, ticked by reminders run (SQLite, outbox)', () => {
  it('reminds exactly the organisations without an answer, on the policy’s days, once each, and sums up once', async () => {
    world = await startRoundWorld();
    const { app } = world;
    const runs = await playRound(world);

    expect(sorted(reportedTimeline(runs))).toEqual(sorted(EXPECTED_TIMELINE));
    expect(await storedTimeline(app.store)).toEqual(sorted(EXPECTED_TIMELINE));
    const reminders = (await app.store.deliveries(ID)).filter((d) => d.kind === 'reminder');
    expect(reminders).toHaveLength(EXPECTED_REMINDERS);
    expect(reminders.every((d) => d.channel === 'email' && d.state === 'sent' && d.attempts === 1)).toBe(
      true,
    );

    // One e-mail per reminder in the outbox, dated when its tick ran.
    const files = await outboxFiles(app.outboxDir, 'reminder_');
    expect(files).toHaveLength(EXPECTED_REMINDERS);
    const overdue = await readMail(app.outboxDir, `reminder:${ID}:nu-sjukvarden:2025-04-30:overdue-1:email`);
    expect(overdue.date).toBe('2025-05-02T07:00:00.000Z');
    expect(overdue.to).toEqual([{ address: 'nu-sjukvarden@vgregion.example', name: 'NU-sjukvården' }]);
    expect(overdue.text!.split('\n')[0]).toBe('Svarstiden gick ut onsdag 30 april 2025');
    const extended = await readMail(
      app.outboxDir,
      `reminder:${ID}:skaraborgs-sjukhus:2025-05-09:before-2:email`,
    );
    expect(extended.text!.split('\n')[0]).toBe('2 dagar kvar – svara senast fredag 9 maj 2025');

    // Ticks with nothing due said so and sent nothing; the summary went once, on Friday 2 May.
    const quiet = runs.filter((r) => r.json.campaigns.length === 0);
    expect(quiet.length).toBe(runs.length - 7);
    const withSummary = runs.filter((r) => r.json.campaigns.some((c) => c.summary));
    expect(withSummary.map((r) => r.at.toISOString())).toEqual(['2025-05-02T07:00:00.000Z']);
    expect(withSummary[0]!.json.campaigns[0]!.summary).toEqual({
      reason: 'deadline',
      done: true,
      owners: OWNERS.map((name) => ({
        name,
        withoutTeamsChat: true,
        channels: [expect.objectContaining({ channel: 'email', result: 'sent' })],
      })),
    });
    expect(await outboxFiles(app.outboxDir, 'summary_')).toEqual([
      `summary_${ID}_2025-04-30_owner-1_email.eml`,
      `summary_${ID}_2025-04-30_owner-2_email.eml`,
    ]);
    const summary = await readMail(app.outboxDir, `summary:${ID}:2025-04-30:owner-2:email`);
    expect(summary.to).toEqual([{ address: 'maria.lindqvist@vgregion.example', name: '' }]);
    expect(summary.date).toBe('2025-05-02T07:00:00.000Z');
    expect(summary.text).toContain(`4 av ${ORGS.length} har svarat`);
    expect(summary.text).toContain('- Koncernkontoret\n  Kontaktperson: Karin Kontakt');
    expect(summary.text).toContain(
      '- Skaraborgs Sjukhus\n  Har fått förlängd svarstid till fredag 9 maj 2025.',
    );
    expect(summary.text).toContain('- Regionhälsan');

    // A tick run again at a time already handled sends nothing more.
    const again = await world.cli('reminders', 'run', '--now', '2025-05-02T07:00:00Z', '--send', '--json');
    expect((JSON.parse(again.out) as TickJson).campaigns).toEqual([]);
    expect(await outboxFiles(app.outboxDir, 'reminder_')).toHaveLength(EXPECTED_REMINDERS);
    expect(app.logs.join('')).not.toMatch(/vgregion\.example|Karin|Lindqvist/);
  });

  it('shows with --now exactly what the tick at that moment then sends, and sends and records nothing itself', async () => {
    world = await startRoundWorld();
    const { app } = world;
    let shown: { text: string; json: TickJson } | undefined;
    let before: { files: string[]; deliveries: number; slots: unknown } | undefined;
    const runs = await playRound(world, async (at) => {
      if (at.toISOString() !== '2025-04-28T07:00:00.000Z') return;
      before = {
        files: await readdir(app.outboxDir),
        deliveries: (await app.store.deliveries(ID)).length,
        slots: (await app.store.getCampaign(ID))?.reminderSlots,
      };
      // Swedish local time, as an operator trying the policy on that morning writes it.
      const text = await world!.cli('reminders', 'run', '--now', '2025-04-28T09:00');
      const json = await world!.cli('reminders', 'run', '--now', '2025-04-28T09:00', '--json');
      expect([text.code, json.code]).toEqual([0, 0]);
      shown = { text: text.out, json: JSON.parse(json.out) as TickJson };
      expect(await readdir(app.outboxDir)).toEqual(before.files);
      expect((await app.store.deliveries(ID)).length).toBe(before.deliveries);
      expect((await app.store.getCampaign(ID))?.reminderSlots).toEqual(before.slots);
    });

    const tick = runs.find((r) => r.at.toISOString() === '2025-04-28T07:00:00.000Z')!;
    const plannedOrgs = shown!.json.campaigns[0]!.rounds[0]!.reminders.map((o) => o.orgId);
    const sentOrgs = tick.json.campaigns[0]!.rounds[0]!.reminders.filter((o) =>
      o.channels.every((c) => c.result === 'sent'),
    ).map((o) => o.orgId);
    expect(shown!.json.dryRun).toBe(true);
    expect(plannedOrgs).toEqual(sentOrgs);
    expect(plannedOrgs).toEqual(ORGS.filter((o) => o !== 'sahlgrenska' && o !== 'narhalsan'));
    expect(shown!.json.campaigns[0]!.rounds[0]!.reminders.every((o) => o.channels[0]!.result === 'due')).toBe(
      true,
    );

    const lines = shown!.text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Påminnelser måndag 28 april 2025 kl. 09.00 (Europe/Stockholm; 2025-04-28T07:00:00.000Z)',
      'PROVKÖRNING: inget skickas och inget sparas. Lägg till --send för att skicka på riktigt.',
      '',
      'Förvaltningars kontaktpersoner för regionalt stöd till och samordning av projektarbete (projektarbete-2025)',
    ]);
    expect(lines).toContain(
      '  Påminnelse 2 dagar före svarstiden, måndag 28 april 2025 kl. 09.00 (svarstid onsdag 30 april 2025)',
    );
    expect(lines).toContain('    Koncernkontoret (e-post): 2 dagar kvar – svara senast onsdag 30 april 2025');
    expect(lines.filter((l) => l.startsWith('    Närhälsan'))).toEqual([]);
    expect(lines).toContain(
      '    Har svarat, får ingen påminnelse: Sahlgrenska Universitetssjukhuset, Närhälsan',
    );
    expect(lines[lines.length - 1]).toBe(
      'Totalt: 14 påminnelser till 14 organisationer (14 e-post, 0 Teams), 0 sammanställningar, 0 överhoppade påminnelser.',
    );
  });
});

describe('campaign extend on the command line', () => {
  it('confirms the new deadline in words, for one organisation by name and for the whole campaign', async () => {
    world = await startRoundWorld();
    const one = await world.cli(
      'campaign',
      'extend',
      ID,
      '--until',
      '2030-05-10',
      '--org',
      'skaraborgs-sjukhus',
    );
    expect(one).toMatchObject({ code: 0, err: '' });
    expect(one.out).toBe(
      'Skaraborgs Sjukhus har fått förlängd svarstid i "Förvaltningars kontaktpersoner för regionalt stöd till ' +
        'och samordning av projektarbete" (projektarbete-2025): svara senast fredag 10 maj 2030.\n' +
        'Påminnelserna räknas från den nya svarstiden.',
    );
    const all = await world.cli('campaign', 'extend', ID, '--until', '2030-05-08');
    expect(all.code).toBe(0);
    expect(all.out.split('\n')[0]).toBe(
      'Ny svarstid för "Förvaltningars kontaktpersoner för regionalt stöd till och samordning av projektarbete" ' +
        '(projektarbete-2025): svara senast onsdag 8 maj 2030. 15 organisationer fick mer tid ' +
        '(1 har redan en senare egen svarstid).',
    );
    const record = await world.app.store.getCampaign(ID);
    expect(record?.deadlineDate).toBe('2030-05-08');
    expect(record?.orgDeadlines).toEqual({ 'skaraborgs-sjukhus': '2030-05-10' });
  });
});

describe('reminders run and campaign extend refuse bad input', () => {
  it('exits 2 naming the problem', async () => {
    world = await startRoundWorld();
    const bad = await world.cli('reminders', 'run', '--now', 'i morgon');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--now "i morgon" är inte en tidpunkt');
    const invalid = await world.cli('reminders', 'run', '--now', '2025-02-30T09:00');
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain('ingen giltig tidpunkt');
    const dateOnly = await world.cli('reminders', 'run', '--now', '2025-04-28');
    expect(dateOnly.code).toBe(2);
    expect((await world.cli('reminders', 'run', 'extra')).code).toBe(2);

    const noUntil = await world.cli('campaign', 'extend', ID);
    expect(noUntil.code).toBe(2);
    expect(noUntil.err).toContain('--until');
    const unknownOrg = await world.cli('campaign', 'extend', ID, '--until', '2030-05-09', '--org', 'okand');
    expect(unknownOrg).toMatchObject({ code: 2 });
    expect(unknownOrg.err).toBe('Organisationen "okand" är inte mottagare i kampanjen "projektarbete-2025".');
    const passed = await world.cli('campaign', 'extend', ID, '--until', '2025-05-09');
    expect(passed.code).toBe(2);
    expect(passed.err).toBe('Datumet 2025-05-09 har redan passerat.');
    const notADate = await world.cli('campaign', 'extend', ID, '--until', '9 maj');
    expect(notADate.err).toContain('"9 maj" är inte ett datum');
    expect((await world.cli('campaign', 'extend', 'finns-inte', '--until', '2030-01-01')).code).toBe(2);
  });
});
