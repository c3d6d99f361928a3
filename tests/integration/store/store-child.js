/**
 * A second process on the same database file, as the CLI is beside the running service. It opens
 * the project's compiled store, says "ready", waits for "go" on stdin so that every child starts
 * its work at the same moment, runs one job and prints the outcome as one JSON line.
 *
 * Usage: node store-child.js <compiled store module> <database path> <job JSON>
 */
const [modulePath, dbPath, jobJson] = process.argv.slice(2);
const { openSqliteStore } = require(modulePath);
const job = JSON.parse(jobJson);
// The `open` job opens the file only on "go", so that several children create a new file at once.
let store = job.kind === 'open' ? undefined : openSqliteStore(dbPath);

const T0 = Date.parse('2025-04-14T08:00:00.000Z');
const at = (minutes) => new Date(T0 + minutes * 60000);

function answer(key, nominees) {
  return {
    campaignId: 'projektarbete-2025',
    orgId: 'narhalsan',
    nominees,
    submittedBy: { kind: 'teams-user', name: 'Anna Andersson', id: 'aad-anna' },
    submittedAt: at(60),
    channel: 'teams',
    late: false,
    idempotencyKey: key,
  };
}

function spec(key) {
  return {
    key,
    campaignId: 'projektarbete-2025',
    orgId: 'narhalsan',
    kind: 'request',
    channel: 'email',
    target: 'narhalsan@vgregion.example',
  };
}

const jobs = {
  open: async () => {
    store = openSqliteStore(dbPath);
    return {};
  },
  sameAnswer: async () => {
    const outcome = await store.saveAnswer(
      answer('double-click', [{ roleId: 'contact', name: 'Anna Andersson', email: 'anna@vgregion.example' }]),
    );
    return { kind: outcome.kind };
  },
  manyAnswers: async () => {
    const versions = [];
    for (let i = 0; i < job.count; i++) {
      const who = `w${job.worker}n${i}`;
      const outcome = await store.saveAnswer(
        answer(`key-${who}`, [
          { roleId: 'contact', name: `Person ${who}`, email: `${who}@vgregion.example` },
        ]),
      );
      versions.push(outcome.kind === 'saved' ? outcome.answer.version : outcome.kind);
    }
    return { versions };
  },
  claimAll: async () => {
    const acquired = [];
    for (const key of job.keys)
      if ((await store.claimDelivery(spec(key), at(10), 60000)).acquired) acquired.push(key);
    return { acquired };
  },
  /** One scheduler's and one owner's work at once: an extension, a shared slot, a slot of its own. */
  extendAndRecord: async () => {
    const actor = { kind: 'cli', id: `worker-${job.worker}` };
    await store.extendDeadline('projektarbete-2025', job.until, job.orgId, actor, at(100 + job.worker));
    await store.recordReminderSlot('projektarbete-2025', 'shared', job.state, at(200 + job.worker));
    await store.recordReminderSlot('projektarbete-2025', `own-${job.worker}`, 'done', at(300));
    return {};
  },
  claimAndDie: async () => {
    await store.claimDelivery(spec(job.key), at(10), 60000);
    process.kill(process.pid, 'SIGKILL');
  },
};

process.stdout.write('ready\n');
// If the test runner goes away, so do we: never linger holding the database open.
process.stdin.on('end', () => process.exit(2));
process.stdin.once('data', async () => {
  try {
    const result = await jobs[job.kind]();
    await store.close();
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  } catch (err) {
    process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
    process.exit(1);
  }
});
