import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config';

const FILE = 'signing-secret';

/**
 * The HMAC key for links and card tokens. Production takes it from SIGNING_SECRET (config has
 * already refused a missing or short one). Local mode keeps a generated key in the data folder so
 * links in the outbox stay valid across restarts.
 */
export function signingKey(config: Config): Buffer {
  if (config.signingSecret) return Buffer.from(config.signingSecret, 'utf8');
  if (config.mode === 'production') throw new Error('SIGNING_SECRET is required in production');
  const file = path.join(config.dataDir, FILE);
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 64) return Buffer.from(existing, 'hex');
  } catch {
    // first start: generate below
  }
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  // 'wx' fails if another process created it meanwhile; then use theirs.
  try {
    writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
    return Buffer.from(key, 'hex');
  } catch {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  }
}
