import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export type ToFakeGraph = { type: 'stats' } | { type: 'stop' };
export interface FakeGraphReady {
  type: 'ready';
  baseUrl: string;
}
export interface FakeGraphStats {
  type: 'stats';
  /** Requests the fake has answered since it started ($batch sub-requests counted too). */
  requests: number;
  /** Messages sendMail accepted for the service mailbox. */
  sentMail: number;
  /** CPU time the fake's process has used. */
  cpuMs: number;
}

export interface FakeGraphChild {
  baseUrl: string;
  stats(): Promise<FakeGraphStats>;
  stop(): Promise<void>;
}

/** Starts bench/fake-graph-process.js (compiled next to this file) for one site and one service mailbox. */
export async function startFakeGraphChild(siteId: string, mailbox: string): Promise<FakeGraphChild> {
  const child: ChildProcess = fork(join(__dirname, 'fake-graph-process.js'), [siteId, mailbox], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends FakeGraphReady | FakeGraphStats>(type: T['type']): Promise<T> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: FakeGraphReady | FakeGraphStats) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as T);
      };
      const onExit = (code: number | null) => {
        child.off('message', onMessage);
        reject(new Error(`the fake Graph process exited (${code}) before answering '${type}'`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const { baseUrl } = await next<FakeGraphReady>('ready');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    baseUrl,
    stats: () => {
      const answer = next<FakeGraphStats>('stats');
      child.send({ type: 'stats' } satisfies ToFakeGraph);
      return answer;
    },
    stop: async () => {
      if (child.exitCode === null) child.send({ type: 'stop' } satisfies ToFakeGraph);
      await exited;
    },
  };
}
