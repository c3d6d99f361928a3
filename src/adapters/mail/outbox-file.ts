import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { keyDigest } from './mime/message-id';

/**
 * `request:proj-2025:narhalsan:email` -> `request_proj-2025_narhalsan_email.eml`. Ids never contain
 * "_", so for keys made of ids the mapping is one-to-one; any other key gets a digest suffix so two
 * keys can never share a file.
 */
export function outboxFileName(key: string): string {
  const readable = key.replace(/[^a-z0-9-]+/g, '_').slice(0, 150);
  const lossless = /^[a-z0-9:-]+$/.test(key) && key.length <= 150 && !key.includes('::');
  return `${readable}${lossless ? '' : `_${keyDigest(key).slice(0, 12)}`}.eml`;
}

/**
 * Writes beside the target and renames over it: a reader sees the old file or the new one, never
 * half of one, and a resend replaces the earlier file. The temporary name starts with "." and
 * does not end in .eml, so tools watching for *.eml ignore it.
 */
export async function writeFileAtomically(dir: string, name: string, content: string): Promise<string> {
  const target = join(dir, name);
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o640);
  try {
    await handle.writeFile(content, 'utf8');
    // Without the flush, a crash right after the rename can leave an empty file under the final name.
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(temp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  return target;
}
