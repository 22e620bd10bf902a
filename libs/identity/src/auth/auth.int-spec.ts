import { TestApp, createTestApp, grantRole, logIn, signUp } from '@welness/testing';

const json = { 'content-type': 'application/json' };

describe('identity: accounts, tokens, profile', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: 'POST',
      headers: { ...json, ...headers },
      body: JSON.stringify(body),
    });

  it('registers, logs in and reads /me', async () => {
    const u = await signUp(t, { displayName: 'Ana' });
    const me = await fetch(`${t.url}/api/v1/me`, { headers: u.headers });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      id: u.id,
      email: u.email,
      displayName: 'Ana',
      roles: ['user'],
      timeZone: 'UTC',
    });

    const login = await post('/auth/login', { email: u.email.toUpperCase(), password: u.password });
    expect(login.status).toBe(200);
    const body = (await login.json()) as { accessToken: string; refreshToken: string; expiresIn: number };
    expect(body.expiresIn).toBe(900);
    expect(body.refreshToken.length).toBeGreaterThan(30);
  });

  it('registering a taken address answers exactly as a new one and mails the owner instead', async () => {
    const admin = await signUp(t, { roles: ['admin'] });
    const u = await signUp(t);
    const fresh = `fresh-${Date.now()}@example.test`;
    const taken = await post('/auth/register', { email: u.email.toUpperCase(), password: 'another-password' });
    const created = await post('/auth/register', { email: fresh, password: 'another-password' });
    expect(taken.status).toBe(202);
    expect(created.status).toBe(202);
    expect(await taken.json()).toEqual(await created.json());
    expect(taken.headers.get('content-type')).toBe(created.headers.get('content-type'));
    const outbox = async (to: string) =>
      ((await (await fetch(`${t.url}/api/v1/admin/mail-outbox?to=${encodeURIComponent(to)}`, { headers: admin.auth })).json()) as {
        items: { subject: string }[];
      }).items.map((m) => m.subject);
    // The owner's outbox: the confirmation from their own sign-up, then the warning.
    expect(await outbox(u.email)).toContainEqual(expect.stringMatching(/tried to create .* account with your address/));
    expect(await outbox(fresh)).toEqual([expect.stringMatching(/Confirm your email/)]);
    // The owner's password is untouched; the new account signs in with its own.
    expect((await post('/auth/login', { email: u.email, password: 'another-password' })).status).toBe(401);
    expect((await post('/auth/login', { email: fresh, password: 'another-password' })).status).toBe(200);
  });

  it('refuses a wrong password with 401', async () => {
    const u = await signUp(t);
    const bad = await post('/auth/login', { email: u.email, password: 'wrong-password' });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });

  it('validates registration input', async () => {
    const res = await post('/auth/register', { email: 'not-an-email', password: 'short' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { path: string }[] };
    expect(body.errors.map((e) => e.path).sort()).toEqual(['email', 'password']);
  });

  it('PATCH /me updates the profile and validates time zone, locale and height', async () => {
    const u = await signUp(t);
    const ok = await fetch(`${t.url}/api/v1/me`, {
      method: 'PATCH',
      headers: u.headers,
      body: JSON.stringify({
        timeZone: 'Europe/Madrid',
        locale: 'es',
        heightCm: 172.5,
        sex: 'female',
        birthDate: '1990-04-02',
        activityLevel: 'moderate',
      }),
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      timeZone: 'Europe/Madrid',
      locale: 'es',
      heightCm: 172.5,
      sex: 'female',
      birthDate: '1990-04-02',
    });
    const bad = await fetch(`${t.url}/api/v1/me`, {
      method: 'PATCH',
      headers: u.headers,
      body: JSON.stringify({ timeZone: 'Mars/Base', locale: 'fr', heightCm: 9 }),
    });
    expect(bad.status).toBe(400);
    const cleared = await fetch(`${t.url}/api/v1/me`, {
      method: 'PATCH',
      headers: u.headers,
      body: JSON.stringify({ heightCm: null }),
    });
    expect(((await cleared.json()) as { heightCm: number | null }).heightCm).toBeNull();
  });

  it('rejects missing, malformed and forged tokens with 401', async () => {
    expect((await fetch(`${t.url}/api/v1/me`)).status).toBe(401);
    expect((await fetch(`${t.url}/api/v1/me`, { headers: { authorization: 'Bearer nope' } })).status).toBe(
      401,
    );
    const u = await signUp(t);
    const [h, p] = u.accessToken.split('.');
    const forged = `${h}.${p}.${Buffer.from('x'.repeat(32)).toString('base64url')}`;
    expect(
      (await fetch(`${t.url}/api/v1/me`, { headers: { authorization: `Bearer ${forged}` } })).status,
    ).toBe(401);
  });

  it('rotates refresh tokens, and reuse of a spent one revokes the whole family', async () => {
    const u = await signUp(t);
    const r1 = await post('/auth/refresh', { refreshToken: u.refreshToken });
    expect(r1.status).toBe(200);
    const t1 = (await r1.json()) as { refreshToken: string; accessToken: string };
    expect(t1.refreshToken).not.toBe(u.refreshToken);

    // Replaying the first token: refused, and the family (including t1's token) dies.
    expect((await post('/auth/refresh', { refreshToken: u.refreshToken })).status).toBe(401);
    expect((await post('/auth/refresh', { refreshToken: t1.refreshToken })).status).toBe(401);

    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/^auth_refresh_reuse_total 1$/m);
    expect(metrics).toMatch(/^auth_logins_total\{method="password",result="success"\} \d+$/m);
    expect(metrics).toMatch(/^auth_logins_total\{method="password",result="invalid"\} \d+$/m);

    // The family's access tokens died with it (session deny-list); a new sign-in reads the audit.
    const stale = await fetch(`${t.url}/api/v1/me`, { headers: { authorization: `Bearer ${t1.accessToken}` } });
    expect(stale.status).toBe(401);
    const fresh = await logIn(t, u.email, u.password);
    const audit = await fetch(`${t.url}/api/v1/me/audit`, { headers: fresh.headers });
    const actions = ((await audit.json()) as { items: { action: string }[] }).items.map((i) => i.action);
    expect(actions).toContain('auth.refresh_reuse');
  });

  it('delivers the refresh token as an httpOnly SameSite=Strict cookie when asked, and refreshes from it', async () => {
    const u = await signUp(t);
    const res = await post('/auth/login', { email: u.email, password: u.password, useCookie: true });
    const body = (await res.json()) as { refreshToken?: string };
    expect(body.refreshToken).toBeUndefined();
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/welness_refresh=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Secure/i);
    const refreshed = await post('/auth/refresh', {}, { cookie: cookie.split(';')[0] });
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get('set-cookie')).toMatch(/welness_refresh=/);
  });

  it('logout revokes the refresh token', async () => {
    const u = await signUp(t);
    expect((await post('/auth/logout', { refreshToken: u.refreshToken })).status).toBe(204);
    expect((await post('/auth/refresh', { refreshToken: u.refreshToken })).status).toBe(401);
  });

  it('grantRole takes effect on an existing token', async () => {
    const u = await signUp(t);
    await grantRole(t, u.id, 'coach');
    const me = (await (await fetch(`${t.url}/api/v1/me`, { headers: u.headers })).json()) as {
      roles: string[];
    };
    expect(me.roles.sort()).toEqual(['coach', 'user']);
  });

  it('API keys: created once, authenticate with scopes, revocable', async () => {
    const u = await signUp(t);
    const created = await post('/me/api-keys', { name: 'script', scopes: ['read'] }, u.headers);
    expect(created.status).toBe(201);
    const { key, id } = (await created.json()) as { key: string; id: string };
    expect((await fetch(`${t.url}/api/v1/me`, { headers: { 'x-api-key': key } })).status).toBe(200);
    // read-only key cannot write
    const write = await fetch(`${t.url}/api/v1/me`, {
      method: 'PATCH',
      headers: { 'x-api-key': key, ...json },
      body: '{}',
    });
    expect(write.status).toBe(403);
    const list = (await (await fetch(`${t.url}/api/v1/me/api-keys`, { headers: u.headers })).json()) as {
      items: { id: string; key?: string; lastUsedAt: string | null }[];
    };
    expect(list.items[0].key).toBeUndefined();
    expect(list.items[0].lastUsedAt).not.toBeNull();
    expect(
      (await fetch(`${t.url}/api/v1/me/api-keys/${id}`, { method: 'DELETE', headers: u.auth })).status,
    ).toBe(204);
    expect((await fetch(`${t.url}/api/v1/me`, { headers: { 'x-api-key': key } })).status).toBe(401);
  });
});
