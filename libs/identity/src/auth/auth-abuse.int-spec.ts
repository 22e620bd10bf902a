import { randomBytes } from 'node:crypto';
import { TestApp, createTestApp } from '@welness/testing';
import { Client } from 'pg';

/*
 * Abuse of the sign-in surface from one client address, bounded by AUTH_RATE_LIMIT_PER_MINUTE
 * (5 here): password spraying across accounts, mass registration, concurrent refresh-token
 * replay, and API-key guessing and misuse. Every client gets its own X-Forwarded-For address
 * (the app trusts the loopback proxy), so the cases do not share a throttle window.
 */
const LIMIT = 5;

describe('abuse of authentication, bounded by AUTH_RATE_LIMIT_PER_MINUTE', () => {
  let t: TestApp;
  let pg: Client;
  let client = 0;
  const address = () => `198.51.100.${++client}`;

  const post = (path: string, body: unknown, ip: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers },
      body: JSON.stringify(body),
    });

  /** An account made from an address of its own, signed in once. */
  async function account(): Promise<{
    email: string;
    password: string;
    accessToken: string;
    refreshToken: string;
  }> {
    const ip = address();
    const email = `abuse-${randomBytes(5).toString('hex')}@example.test`;
    const password = `pw-${randomBytes(9).toString('base64url')}`;
    expect((await post('/auth/register', { email, password }, ip)).status).toBe(202);
    const res = await post('/auth/login', { email, password }, ip);
    expect(res.status).toBe(200);
    return { email, password, ...((await res.json()) as { accessToken: string; refreshToken: string }) };
  }

  async function expectThrottled(res: Response): Promise<void> {
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 429, type: expect.stringContaining('rate-limited') });
  }

  beforeAll(async () => {
    t = await createTestApp({
      AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      TRUSTED_PROXIES: '127.0.0.1/32,::1',
    });
    pg = new Client({ connectionString: t.stores.env.DATABASE_URL });
    await pg.connect();
  });
  afterAll(async () => {
    await pg?.end();
    await t?.close();
  });

  it('password spraying: past the per-address limit every sign-in is 429, the right password included; others sign in', async () => {
    const victims = await Promise.all(Array.from({ length: LIMIT + 2 }, () => account()));
    const attacker = address();
    const statuses: number[] = [];
    for (const v of victims)
      statuses.push(
        (await post('/auth/login', { email: v.email, password: 'Winter2026!' }, attacker)).status,
      );
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(401), 429, 429]);
    await expectThrottled(
      await post('/auth/login', { email: victims[0].email, password: victims[0].password }, attacker),
    );
    // The victims themselves, from their own addresses, are not locked out by the spray.
    expect(
      (
        await post(
          '/auth/login',
          { email: victims[LIMIT].email, password: victims[LIMIT].password },
          address(),
        )
      ).status,
    ).toBe(200);
  });

  it('mass registration from one client: past the limit, 429 and no account is created', async () => {
    const ip = address();
    const tag = randomBytes(4).toString('hex');
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      statuses.push(
        (
          await post(
            '/auth/register',
            { email: `bulk-${tag}-${i}@example.test`, password: `pw-${tag}-long-enough` },
            ip,
          )
        ).status,
      );
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(202), 429, 429, 429]);
    const { rows } = await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE email LIKE $1`,
      [`bulk-${tag}-%`],
    );
    expect(rows[0].n).toBe(LIMIT);
    await expectThrottled(
      await post(
        '/auth/register',
        { email: `bulk-${tag}-x@example.test`, password: `pw-${tag}-long-enough` },
        ip,
      ),
    );
  });

  it('a refresh token replayed concurrently: at most one answer succeeds, and its family is dead afterwards', async () => {
    for (let round = 0; round < 6; round++) {
      const u = await account();
      const ip = address();
      const answers = await Promise.all(
        [0, 1].map(() => post('/auth/refresh', { refreshToken: u.refreshToken }, ip)),
      );
      const ok = answers.filter((a) => a.status === 200);
      expect(ok.length).toBeLessThanOrEqual(1);
      expect(answers.filter((a) => a.status !== 200).map((a) => a.status)).toEqual(
        Array<number>(2 - ok.length).fill(401),
      );
      for (const a of ok) {
        // The winner's new tokens belong to a family whose token was replayed: none may live on.
        const fresh = (await a.json()) as { refreshToken: string; accessToken: string };
        expect((await post('/auth/refresh', { refreshToken: fresh.refreshToken }, ip)).status).toBe(401);
        expect(
          (await fetch(`${t.url}/api/v1/me`, { headers: { authorization: `Bearer ${fresh.accessToken}` } }))
            .status,
        ).toBe(401);
      }
      expect(
        (await fetch(`${t.url}/api/v1/me`, { headers: { authorization: `Bearer ${u.accessToken}` } })).status,
      ).toBe(401);
    }
  });

  it('API keys: revoked, unscoped and admin uses are refused; guessing from one address is cut off with 429', async () => {
    const owner = await account();
    const auth = { authorization: `Bearer ${owner.accessToken}` };
    const created = await post('/me/api-keys', { name: 'integration', scopes: ['read'] }, address(), auth);
    const { key, id } = (await created.json()) as { key: string; id: string };
    const asKey = (k: string, ip: string, init: RequestInit = {}) =>
      fetch(`${t.url}/api/v1/me`, {
        ...init,
        headers: { 'x-api-key': k, 'x-forwarded-for': ip, 'content-type': 'application/json' },
      });

    const user = address();
    expect((await asKey(key, user)).status).toBe(200);
    // A key without the scope, or on an admin route, is a 403 however often it is tried.
    for (let i = 0; i < LIMIT + 2; i++)
      expect((await asKey(key, user, { method: 'PATCH', body: '{}' })).status).toBe(403);
    expect(
      (await fetch(`${t.url}/api/v1/admin/users`, { headers: { 'x-api-key': key, 'x-forwarded-for': user } }))
        .status,
    ).toBe(403);

    const guesser = address();
    const guesses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++)
      guesses.push((await asKey(`wk_${randomBytes(32).toString('base64url')}`, guesser)).status);
    expect(guesses).toEqual([...Array<number>(LIMIT).fill(401), 429, 429]);
    await expectThrottled(await asKey('not-even-a-key', guesser));
    // The valid key still works from its own address, and a new guesser starts from zero.
    expect((await asKey(key, user)).status).toBe(200);
    expect((await asKey(`wk_${randomBytes(32).toString('base64url')}`, address())).status).toBe(401);

    expect(
      (await fetch(`${t.url}/api/v1/me/api-keys/${id}`, { method: 'DELETE', headers: auth })).status,
    ).toBe(204);
    expect((await asKey(key, user)).status).toBe(401);
  });
});
