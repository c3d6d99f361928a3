import type { MailNotice } from '../../../src/app/ports/messaging';

/** A request notice: its view is the organisation's request. */
export type RequestNotice = Extract<MailNotice, { kind: 'request' }>;
import { requestKey } from '../../../src/app/use-cases/send-campaign';
import { createGraphClient, DEV_GRAPH_TOKEN, type GraphClient } from '../../../src/adapters/graph';
import { GraphMailer, type GraphMailerOptions } from '../../../src/adapters/mail/graph/graph-mailer';
import { createMailPacer, type PaceTiming } from '../../../src/adapters/mail/pacing/mail-pacer';
import { createLogger } from '../../../src/adapters/logging/pino-logger';
import { startFakeGraph, type FakeGraph, type FakeGraphOptions } from '../../support/fake-graph';
import { requestView, type FixtureOptions } from '../../unit/mail/request-fixture';

export const SENDER = 'intake@vgregion.example';
export const MAILBOXES = ['narhalsan@vgregion.example', 'narhalsan.kansli@vgregion.example'];
export const REPLY_TO = 'projektstyrningsmodell@vgregion.example';
export const ORIGINATOR = '6b0f5a0e-3c1d-4e7a-9f00-5c0ffee0a11d';

export function notice(over: FixtureOptions & Parameters<typeof requestView>[0] = {}): RequestNotice {
  return {
    key: requestKey('projektarbete-2025', 'narhalsan', 'email'),
    kind: 'request',
    to: MAILBOXES,
    replyTo: REPLY_TO,
    view: requestView(over),
  };
}

/**
 * Time for tests that talk real HTTPS: `sleep` does not wait, it moves the clock on and notes the wait,
 * so the pacer's and the mailer's waits are checked, never sat out.
 */
export class SkippingTime implements PaceTiming {
  current = 0;
  readonly waits: number[] = [];
  now(): number {
    return this.current;
  }
  sleep = async (ms: number): Promise<void> => {
    this.waits.push(ms);
    this.current += ms;
  };
}

export interface MailWorld {
  fake: FakeGraph;
  graph: GraphClient;
  /** What the Graph client's retry rules would have waited. */
  clientWaits: number[];
  /** The pacer's and the Sent Items look's waits. */
  time: SkippingTime;
  logs: string[];
  mailer(over?: Partial<GraphMailerOptions>): GraphMailer;
  /** The requests the fake saw for sendMail and for the Sent Items look, in order, as `METHOD status`. */
  mailRequests(): string[];
}

export async function startMailWorld(options: FakeGraphOptions = {}): Promise<MailWorld> {
  const fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, mailboxes: [SENDER], ...options });
  const clientWaits: number[] = [];
  const graph = createGraphClient(
    { baseUrl: fake.baseUrl, auth: { kind: 'dev-token' }, clientOrganisation: 'VGR' },
    { sleep: async (ms) => void clientWaits.push(ms), random: () => 0.5 },
  );
  const time = new SkippingTime();
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(line) });
  const pacer = createMailPacer({ perMinute: 30, concurrency: 4 }, time);
  return {
    fake,
    graph,
    clientWaits,
    time,
    logs,
    mailer: (over = {}) =>
      new GraphMailer({ graph, sender: { address: SENDER }, pacer, logger, sleep: time.sleep, ...over }),
    mailRequests: () =>
      fake.requests
        .filter((r) => /\/(sendMail|messages)$/.test(r.path))
        .map((r) => `${r.method} ${r.path.endsWith('sendMail') ? 'sendMail' : 'sentitems'} ${r.status}`),
  };
}
