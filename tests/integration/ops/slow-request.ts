import { request } from 'node:http';
import { connect } from 'node:net';

/**
 * A request whose body the client holds back: sent with `Expect: 100-continue`, so the server says
 * "100 Continue" once it has read the headers and started on the request. From then on the request
 * is in flight for as long as the test likes, with no waiting on time.
 */
export interface SlowRequest {
  /** Resolves when the server has taken the request (100 Continue). */
  taken: Promise<void>;
  /** Sends the body; resolves with the answer. */
  finish(): Promise<Answer>;
  /** Settles when the answer arrives or the connection is lost. */
  outcome: Promise<Answer | { lost: string }>;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function slowRequest(url: string, body: string, headers: Record<string, string> = {}): SlowRequest {
  const target = new URL(url);
  const req = request({
    host: target.hostname,
    port: target.port,
    method: 'POST',
    path: `${target.pathname}${target.search}`,
    agent: false,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      expect: '100-continue',
      ...headers,
    },
  });
  const taken = new Promise<void>((resolve) => req.once('continue', () => resolve()));
  const outcome = new Promise<Answer | { lost: string }>((resolve) => {
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => void (text += chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      res.once('error', (err) => resolve({ lost: err.message }));
    });
    req.once('error', (err: NodeJS.ErrnoException) => resolve({ lost: err.code ?? err.message }));
  });
  req.flushHeaders();
  return {
    taken,
    outcome,
    async finish() {
      req.end(body);
      const settled = await outcome;
      if ('lost' in settled) throw new Error(`the request was cut off: ${settled.lost}`);
      return settled;
    },
  };
}

/** Whether a new TCP connection to the port is accepted right now. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
