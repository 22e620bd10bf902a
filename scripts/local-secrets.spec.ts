import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEV_ENCRYPTION_KEY, DEV_JWT_SECRET, loadConfig, withLocalSecrets } from '@welness/platform/config';

const script = resolve(__dirname, 'local-secrets.sh');
const KEYS = ['JWT_SECRET', 'ENCRYPTION_LOCAL_KEY', 'ENCRYPTION_PREVIOUS_KEYS'] as const;

/** Sources the script as scripts/start.sh does, in `cwd`, and returns what it exported. */
function source(cwd: string, env: Record<string, string> = {}): Record<string, string> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !(KEYS as readonly string[]).includes(k)));
  const out = execFileSync('bash', ['-c', `set -euo pipefail; . "${script}"; for k in ${KEYS.join(' ')}; do printf '%s=%s\\n' "$k" "\${!k:-}"; done`], {
    cwd,
    env: { ...base, ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return Object.fromEntries(out.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

describe('scripts/local-secrets.sh (npm start without configured secrets)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'welness-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates random secrets once, in a 0600 file, and keeps them across restarts', () => {
    const first = source(dir);
    const file = join(dir, '.local/secrets.env');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.JWT_SECRET.length).toBeGreaterThanOrEqual(48);
    expect(Buffer.from(first.ENCRYPTION_LOCAL_KEY, 'base64')).toHaveLength(32);
    expect(first.JWT_SECRET).not.toBe(DEV_JWT_SECRET);
    expect(first.ENCRYPTION_LOCAL_KEY).not.toBe(DEV_ENCRYPTION_KEY);
    expect(first.ENCRYPTION_PREVIOUS_KEYS).toBe(''); // a fresh checkout has no old data

    const second = source(dir);
    expect(second).toEqual(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const other = mkdtempSync(join(tmpdir(), 'welness-secrets-'));
    try {
      expect(source(other).JWT_SECRET).not.toBe(first.JWT_SECRET); // random per install
    } finally {
      rmSync(other, { recursive: true, force: true });
    }

    // What `npm start` then boots with is a valid development configuration.
    const config = loadConfig({ NODE_ENV: 'development', ...second });
    expect(config.JWT_SECRET).toBe(first.JWT_SECRET);
  });

  it('lets secrets from the environment or .env win over the generated ones', () => {
    const mine = 'm'.repeat(40);
    expect(source(dir, { JWT_SECRET: mine }).JWT_SECRET).toBe(mine);
  });

  it('tightens a file left readable by others back to 0600', () => {
    source(dir);
    const file = join(dir, '.local/secrets.env');
    execFileSync('chmod', ['644', file]);
    source(dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('on an install that already ran, keeps the old published key for decryption only', () => {
    mkdirSync(join(dir, 'dist/apps/api/src'), { recursive: true });
    writeFileSync(join(dir, 'dist/apps/api/src/main.js'), '');
    const env = source(dir);
    expect(env.ENCRYPTION_PREVIOUS_KEYS).toBe(DEV_ENCRYPTION_KEY);
    expect(env.ENCRYPTION_LOCAL_KEY).not.toBe(DEV_ENCRYPTION_KEY);
    expect(loadConfig({ NODE_ENV: 'development', ...env }).ENCRYPTION_PREVIOUS_KEYS).toEqual([DEV_ENCRYPTION_KEY]);
  });

  it('the CLIs read the same file when the environment lacks the secrets (not in test or production)', () => {
    const generated = source(dir);
    const file = join(dir, '.local/secrets.env');
    expect(withLocalSecrets({ NODE_ENV: 'development' }, file).JWT_SECRET).toBe(generated.JWT_SECRET);
    expect(withLocalSecrets({ JWT_SECRET: 'x'.repeat(40) }, file).JWT_SECRET).toBe('x'.repeat(40));
    expect(withLocalSecrets({ NODE_ENV: 'production' }, file).JWT_SECRET).toBeUndefined();
    expect(withLocalSecrets({}, join(dir, 'missing.env')).JWT_SECRET).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toContain(`JWT_SECRET=${generated.JWT_SECRET}`);
  });
});
