import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * contact-intake's version from its package.json, for the User-Agent. Found by walking up from this file,
 * because it runs both from src (tests, ts-node) and from dist (the built service).
 */
export function packageVersion(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'contact-intake' && typeof pkg.version === 'string') return pkg.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`contact-intake's package.json not found above ${from}`);
    dir = parent;
  }
}
