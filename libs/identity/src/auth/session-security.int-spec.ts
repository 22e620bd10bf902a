import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DEV_ENCRYPTION_KEY, DEV_JWT_SECRET, LocalKeyProvider, rotateLocalEncryption } from '@welness/platform';
import { TestApp, createTestApp, logIn, signUp } from '@welness/testing';
import { SignJWT } from 'jose';
import { createSecretKey } from 'node:crypto';
import { generate } from 'otplib';
import { DataSource } from 'typeorm';

/** What `npm start` generates for an install (scripts/local-secrets.sh run in an empty directory). */
function generatedSecrets(): { JWT_SECRET: string; ENCRYPTION_LOCAL_KEY: string } {
  const dir = mkdtempSync(join(tmpdir(), 'welness-install-'));
  try {
    const script = resolve(__dirname, '../../../../scripts/local-secrets.sh');
    const out = execFileSync('bash', ['-c', `unset JWT_SECRET ENCRYPTION_LOCAL_KEY; . "${script}"; echo "$JWT_SECRET"; echo "$ENCRYPTION_LOCAL_KEY"`], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [JWT_SECRET, ENCRYPTION_LOCAL_KEY] = out.trim().split('\n');
    return { JWT_SECRET, ENCRYPTION_LOCAL_KEY };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const forge = (secret: string, sub: string) =>
  new SignJWT({ roles: ['user', 'admin'], typ: 'access' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(createSecretKey(Buffer.from(secret, 'utf8')));

describe('identity: an install on generated secrets, session deny-list, key rotation', () => {
  let t: TestApp;
  const secrets = generatedSecrets();

  beforeAll(async () => {
    t = await createTestApp(secrets);
  });
  afterAll(async () => {
    await t?.close();
  });

  const me = (token: string) => fetch(`${t.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('refuses a token signed with the published default JWT_SECRET, accepts its own', async () => {
    const u = await signUp(t);
    expect((await me(await forge(DEV_JWT_SECRET, u.id))).status).toBe(401);
    expect((await me(await forge(secrets.JWT_SECRET, u.id))).status).toBe(200);
    expect((await me(u.accessToken)).status).toBe(200);
  });

  it('an access token stops working at logout; other sessions keep theirs', async () => {
    const u = await signUp(t);
    const other = await logIn(t, u.email, u.password);
    expect((await me(u.accessToken)).status).toBe(200);
    expect((await post('/auth/logout', { refreshToken: u.refreshToken })).status).toBe(204);
    const res = await me(u.accessToken);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/session has ended/);
    expect((await me(other.accessToken)).status).toBe(200);
  });

  it('a logout carrying only the access token ends that session too', async () => {
    const u = await signUp(t);
    const res = await fetch(`${t.url}/api/v1/auth/logout`, { method: 'POST', headers: u.headers, body: '{}' });
    expect(res.status).toBe(204);
    expect((await me(u.accessToken)).status).toBe(401);
    expect((await post('/auth/refresh', { refreshToken: u.refreshToken })).status).toBe(401);
  });

  it('a password change ends every session at once, access tokens included', async () => {
    const u = await signUp(t);
    const other = await logIn(t, u.email, u.password);
    const change = await post('/auth/password/change', { currentPassword: u.password, newPassword: 'a-brand-new-pw-42' }, u.auth);
    expect(change.status).toBe(204);
    expect((await me(u.accessToken)).status).toBe(401);
    expect((await me(other.accessToken)).status).toBe(401);
    const fresh = await logIn(t, u.email, 'a-brand-new-pw-42');
    expect((await me(fresh.accessToken)).status).toBe(200);
  });

  it('after moving off the published encryption key, TOTP secrets written under it still open', async () => {
    // The "old install": data written under the published default key (allowed in tests only).
    const old = await createTestApp({ ENCRYPTION_LOCAL_KEY: DEV_ENCRYPTION_KEY });
    let upgraded: TestApp | undefined;
    try {
      const u = await signUp(old);
      const enroll = await fetch(`${old.url}/api/v1/auth/mfa/enroll`, { method: 'POST', headers: u.auth });
      const { secret } = (await enroll.json()) as { secret: string };
      const now = Math.floor(Date.now() / 1000);
      const confirm = await fetch(`${old.url}/api/v1/auth/mfa/confirm`, {
        method: 'POST',
        headers: u.headers,
        body: JSON.stringify({ totp: await generate({ secret, epoch: now - 30 }) }),
      });
      expect(confirm.status).toBe(200);

      // Re-wrap under the new key, the old one readable only as a previous key.
      const ds = old.app.get<DataSource>(getDataSourceToken());
      const report = await rotateLocalEncryption(ds, new LocalKeyProvider(secrets.ENCRYPTION_LOCAL_KEY, [DEV_ENCRYPTION_KEY]));
      expect(report.columns).toContain('users.mfa_secret_enc');
      expect(report).toMatchObject({ rewrapped: 1, unreadable: 0 });
      const again = await rotateLocalEncryption(ds, new LocalKeyProvider(secrets.ENCRYPTION_LOCAL_KEY, [DEV_ENCRYPTION_KEY]));
      expect(again).toMatchObject({ rewrapped: 0, current: 1 });

      // The same data, served by an app that knows only the new key: the second factor still checks.
      upgraded = await createTestApp({ ...old.stores.env, ENCRYPTION_LOCAL_KEY: secrets.ENCRYPTION_LOCAL_KEY });
      const login = await fetch(`${upgraded.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: u.email, password: u.password, totp: await generate({ secret, epoch: now + 30 }) }),
      });
      expect(login.status).toBe(200);
    } finally {
      await upgraded?.close();
      await old.close();
    }
  });
});
