import { TestApp, TestUser, createTestApp, logIn, signUp } from '@welness/testing';

describe('identity: password change and reset, email verification, lockout', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '5', LOGIN_LOCKOUT_BASE_SECONDS: '60' });
    admin = await signUp(t, { roles: ['admin'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const outbox = async (to: string) =>
    (
      (await (
        await fetch(`${t.url}/api/v1/admin/mail-outbox?to=${encodeURIComponent(to)}`, { headers: admin.auth })
      ).json()) as { items: { subject: string; text: string }[] }
    ).items;

  it('changing the password needs the current one and signs out refresh tokens', async () => {
    const u = await signUp(t);
    expect(
      (
        await post(
          '/auth/password/change',
          { currentPassword: 'not-it', newPassword: 'a-new-password-1' },
          u.auth,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await post(
          '/auth/password/change',
          { currentPassword: u.password, newPassword: 'a-new-password-1' },
          u.auth,
        )
      ).status,
    ).toBe(204);
    expect((await post('/auth/refresh', { refreshToken: u.refreshToken })).status).toBe(401);
    await expect(logIn(t, u.email, u.password)).rejects.toThrow(/401/);
    await logIn(t, u.email, 'a-new-password-1');
    expect((await outbox(u.email)).map((m) => m.subject)).toContain('Your Welness AI password was changed');
  });

  it('reset: same answer for unknown addresses; the emailed token works once', async () => {
    const u = await signUp(t);
    expect((await post('/auth/password/reset-request', { email: 'nobody@example.test' })).status).toBe(202);
    expect((await post('/auth/password/reset-request', { email: u.email })).status).toBe(202);
    const [mail] = await outbox(u.email);
    const token = /Token: (\S+)/.exec(mail.text)?.[1] as string;
    expect(mail.text).toContain(`/reset-password?token=`);
    expect((await post('/auth/password/reset', { token, newPassword: 'reset-password-2' })).status).toBe(204);
    expect((await post('/auth/password/reset', { token, newPassword: 'reset-password-3' })).status).toBe(400);
    await logIn(t, u.email, 'reset-password-2');
  });

  it('verifies the email address through an emailed token', async () => {
    const u = await signUp(t);
    expect((await post('/auth/email/verify-request', {}, u.auth)).status).toBe(202);
    const [mail] = await outbox(u.email);
    const token = /Token: (\S+)/.exec(mail.text)?.[1] as string;
    expect((await post('/auth/email/verify', { token })).status).toBe(204);
    const me = (await (await fetch(`${t.url}/api/v1/me`, { headers: u.auth })).json()) as {
      emailVerified: boolean;
    };
    expect(me.emailVerified).toBe(true);
  });

  it('the sixth failed login within the window gets 429 with Retry-After, even with the right password', async () => {
    const u = await signUp(t);
    for (let i = 1; i <= 5; i++) {
      expect((await post('/auth/login', { email: u.email, password: `wrong-${i}` })).status).toBe(401);
    }
    const sixth = await post('/auth/login', { email: u.email, password: 'wrong-6' });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(sixth.headers.get('content-type')).toContain('application/problem+json');
    const right = await post('/auth/login', { email: u.email, password: u.password });
    expect(right.status).toBe(429);
    // another account from the same IP is unaffected
    const other = await signUp(t);
    await logIn(t, other.email, other.password);
  });
});

describe('identity: per-IP rate limit on auth routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 429 with Retry-After past the per-minute limit', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${t.url}/api/v1/auth/password/reset-request`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `probe-${i}@example.test` }),
      });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});

describe('identity: lockout backs off exponentially', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '2', LOGIN_LOCKOUT_BASE_SECONDS: '1' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const attempt = (email: string) =>
    fetch(`${t.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'wrong-password' }),
    });
  const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000 + 150));

  it('each failure after a lockout doubles the next one', async () => {
    const u = await signUp(t);
    expect((await attempt(u.email)).status).toBe(401);
    expect((await attempt(u.email)).status).toBe(401); // 2nd failure: locked for 1 s
    const first = await attempt(u.email);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('1');
    await sleep(1);
    expect((await attempt(u.email)).status).toBe(401); // 3rd failure: locked for 2 s
    const second = await attempt(u.email);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('2');
    await sleep(2);
    expect((await attempt(u.email)).status).toBe(401); // 4th: 4 s
    expect((await attempt(u.email)).headers.get('retry-after')).toBe('4');
  });
});
