import { DEV_GRAPH_TOKEN } from '../src/adapters/graph';
import { startFakeGraph } from '../tests/support/fake-graph';
import type { FakeGraphReady, FakeGraphStats, ToFakeGraph } from './fake-graph-child';

/**
 * The fake Microsoft Graph of the benchmark, in a process of its own: its CPU (filters scan every
 * item of a list) then runs on another core and never sits in the event loop whose wall time is measured.
 * Started by fake-graph-child.ts; answers on its IPC channel.
 */
async function main(): Promise<void> {
  const siteId = process.argv[2]!;
  const mailbox = process.argv[3]!;
  // Pages as large as the store's $top (999): the fake's default of 100 would count pages the store
  // never asks for. A tenant that pages smaller costs more pages, never a request per organisation.
  const fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, siteId, mailboxes: [mailbox], pageSize: 999 });
  const send = (message: FakeGraphReady | FakeGraphStats) => process.send!(message);
  process.on('message', (message: ToFakeGraph) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      send({
        type: 'stats',
        requests: fake.requests.length,
        sentMail: fake.sentMail(mailbox).length,
        cpuMs: (cpu.user + cpu.system) / 1000,
      });
    } else if (message.type === 'stop') {
      void fake.stop().finally(() => process.exit(0));
    }
  });
  // The benchmark died without saying stop: do not outlive it.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', baseUrl: fake.baseUrl });
}

main().catch((err: unknown) => {
  console.error('fake Graph process failed:', err);
  process.exit(1);
});
