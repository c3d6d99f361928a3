import { execFileSync } from 'node:child_process';

export interface NetworkNamespaceState {
  /** Interface names as `ip -o link` lists them (netlink sees the current namespace; /sys/class/net may not). */
  interfaces: string[];
  loopbackOnly: boolean;
  loopbackUp: boolean;
}

export function readNetworkNamespace(): NetworkNamespaceState {
  let listing: string;
  try {
    listing = execFileSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error('cannot list network interfaces with `ip -o link`; is iproute2 installed?', {
      cause: error,
    });
  }
  const lines = listing.split('\n').filter((line) => line.trim() !== '');
  const interfaces = lines.map((line) => (line.split(': ')[1] ?? '').split('@')[0] ?? '');
  const loopbackLine = lines.find((line) => line.split(': ')[1] === 'lo') ?? '';
  return {
    interfaces,
    loopbackOnly: interfaces.length > 0 && interfaces.every((name) => name === 'lo'),
    loopbackUp: /<[^>]*\bUP\b[^>]*>/.test(loopbackLine),
  };
}

/**
 * The playground's telemetry probes 169.254.169.254 unless it is switched off, and a test must never reach
 * anything but loopback: so the playground (and the browser) only start inside a loopback-only namespace.
 */
export function assertLoopbackOnly(what = 'Agents Playground'): void {
  const state = readNetworkNamespace();
  if (!state.loopbackOnly) {
    throw new Error(
      `${what} refuses to start: this process can reach network interfaces other than loopback ` +
        `(${state.interfaces.filter((name) => name !== 'lo').join(', ')}). Run the tests inside a loopback-only ` +
        `network namespace: unshare -n bash -c 'ip link set lo up && npx jest tests/e2e'`,
    );
  }
  if (!state.loopbackUp) {
    throw new Error(
      `${what} refuses to start: loopback is down in this namespace; run \`ip link set lo up\` first.`,
    );
  }
}
