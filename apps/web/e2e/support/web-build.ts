import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../../../..');

/**
 * Builds the SPA once per test file into a private folder, so the browser tests run the
 * code under test and never race a developer's `npm run build:web` over dist/web.
 * E2E_WEB_DIST reuses an existing build (CI builds once before the suite).
 */
export function buildWeb(): string {
  const prebuilt = process.env.E2E_WEB_DIST;
  if (prebuilt && existsSync(join(prebuilt, 'index.html'))) return prebuilt;
  const outDir = mkdtempSync(join(tmpdir(), 'welness-web-'));
  execFileSync(
    process.execPath,
    [resolve(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--outDir', outDir, '--emptyOutDir', '--sourcemap', 'false', '--logLevel', 'error'],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return outDir;
}
