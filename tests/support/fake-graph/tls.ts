import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The throwaway certificate the fake Graph serves (made by scripts/test-tls.sh). The Graph client
 * sends its token only over https, and Node trusts the CA only through NODE_EXTRA_CA_CERTS, read
 * when node starts.
 */

const ROOT = resolve(__dirname, '../../..');
const DIR = join(ROOT, 'tests', 'artifacts', 'tls');
export const TLS_CA_PATH = join(DIR, 'ca.pem');

export function serverTls(): { key: Buffer; cert: Buffer } {
  if (!existsSync(join(DIR, 'server.pem')) || !existsSync(join(DIR, 'server.key'))) {
    execFileSync(join(ROOT, 'scripts', 'test-tls.sh'), { stdio: 'ignore' });
  }
  return { key: readFileSync(join(DIR, 'server.key')), cert: readFileSync(join(DIR, 'server.pem')) };
}
