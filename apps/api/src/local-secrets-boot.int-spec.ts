import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSecretKey } from 'node:crypto';
import { DEV_JWT_SECRET } from '@welness/platform';
import { IsolatedStores, createIsolatedStores } from '@welness/testing';
import { SignJWT } from 'jose';

const root = resolve(__dirname, '../../..');
const main = resolve(root, 'dist/apps/api/src/main.js');
const script = resolve(root, 'scripts/local-secrets.sh');

const token = (secret: string, sub: string) =>
  new SignJWT({ roles: ['user', 'admin'], typ: 'access' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(createSecretKey(Buffer.from(secret, 'utf8')));

/**
 * The API as `npm start` runs it (NODE_ENV unset = development, no secret in the environment),
 * from an install directory: without generated secrets it refuses to boot; with them (and
 * across restarts) it never accepts a token signed with the published default.
 */
describe('npm start without configured secrets', () => {
  let install: string;
  let stores: IsolatedStores;
  const baseEnv = () => ({ PATH: process.env.PATH, ...stores.env, SERVE_WEB: 'false', LOG_LEVEL: 'warn', HOST: '127.0.0.1', FACTS_SEED_SAMPLE: 'false' });

  beforeAll(async () => {
    install = mkdtempSync(join(tmpdir(), 'welness-install-'));
    stores = await createIsolatedStores();
  });
  afterAll(async () => {
    rmSync(install, { recursive: true, force: true });
    await stores.drop();
  });

  it('refuses to boot on the published defaults, naming JWT_SECRET', () => {
    const run = spawnSync(process.execPath, [main], { cwd: install, env: baseEnv(), encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(78);
    expect(run.stderr).toMatch(/JWT_SECRET is the published development default/);
  }, 60_000);

  it('boots on the generated secrets, keeps them across restarts, and refuses a default-signed token', async () => {
    const generate = () => spawnSync('bash', [script], { cwd: install, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect(generate().status).toBe(0);
    const file = join(install, '.local/secrets.env');
    const first = readFileSync(file, 'utf8');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const jwtSecret = /^JWT_SECRET=(.+)$/m.exec(first)?.[1] ?? '';

    for (let boot = 0; boot < 2; boot++) {
      expect(generate().status).toBe(0); // what every `npm start` runs first
      expect(readFileSync(file, 'utf8')).toBe(first);
      const port = 20000 + Math.floor(Math.random() * 20000);
      const child = spawn(process.execPath, [main], { cwd: install, env: { ...baseEnv(), PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      try {
        const url = `http://127.0.0.1:${port}`;
        for (let i = 0; i < 1200 && child.exitCode === null; i++) {
          if (await fetch(`${url}/health/live`).then((r) => r.ok, () => false)) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        expect(child.exitCode, stderr).toBeNull();
        const email = `boot-${boot}-${Date.now()}@example.test`;
        const post = (path: string, body: unknown) =>
          fetch(`${url}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        expect((await post('/auth/register', { email, password: 'long-enough-pw-1' })).status).toBe(202);
        const login = (await (await post('/auth/login', { email, password: 'long-enough-pw-1' })).json()) as { user: { id: string } };
        const me = async (jwt: string) => (await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${jwt}` } })).status;
        expect(await me(await token(DEV_JWT_SECRET, login.user.id))).toBe(401);
        expect(await me(await token(jwtSecret, login.user.id))).toBe(200);
      } finally {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    }
  }, 300_000);
});
