import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function findVersion(): string {
  // Works from sources (jest) and from dist/ alike: walk up to the repo's package.json.
  for (let dir = __dirname, i = 0; i < 6; i++, dir = join(dir, '..')) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'welness-ai' && pkg.version) return pkg.version;
    } catch {
      // not here; keep walking
    }
  }
  return '0.0.0';
}

export const APP_VERSION = process.env.APP_VERSION ?? findVersion();
