import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const main = resolve(root, 'dist/apps/api/src/main.js');

describe('api entry point configuration check', () => {
  it('exits non-zero with one line naming DATABASE_URL when it is nonsense', () => {
    expect(existsSync(main)).toBe(true); // npm test builds first
    const started = Date.now();
    const run = spawnSync(process.execPath, [main], {
      cwd: root,
      env: { PATH: process.env.PATH, DATABASE_URL: 'nonsense' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull();
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
