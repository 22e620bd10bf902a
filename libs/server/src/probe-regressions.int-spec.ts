import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';

/*
 * Regression tests for the outside probe's findings (issue 12, items 3 and 4): each input that
 * answered 500 (or was wrongly accepted) now answers a 4xx problem+json. Every test signs up its
 * own user, so none depends on another's state.
 */
describe('probe regressions: malformed input answers 4xx problem+json', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const raw = async (method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) => {
    const res = await fetch(`${t.url}${path}`, { method, headers: init.headers, body: init.body });
    return { status: res.status, type: res.headers.get('content-type') ?? '', headers: res.headers, body: (await res.text()) || 'null' };
  };
  const expectProblem = (res: { status: number; type: string }, status = 400) => {
    expect(res.status).toBe(status);
    expect(res.type).toContain('application/problem+json');
  };
  const json = async (user: TestUser | null, method: string, path: string, body: unknown) =>
    raw(method, `/api/v1${path}`, {
      headers: { 'content-type': 'application/json', ...(user?.auth ?? {}) },
      body: JSON.stringify(body),
    });

  it('a NUL byte in a text field or a query is a 400 naming the field', async () => {
    const u = await signUp(t);
    const cases: [string, string, unknown][] = [
      ['PATCH', '/me', { displayName: 'a\u0000b' }],
      ['POST', '/workouts/exercises', { name: 'Row\u0000', primaryMuscle: 'back', equipment: 'barbell' }],
      ['POST', '/foods', { name: 'x\u0000', per100: { energyKcal: 1 } }],
      ['POST', '/auth/register', { email: 'nul@example.test', password: 'long-enough-pw-1', displayName: '\u0000' }],
    ];
    for (const [method, path, body] of cases) {
      const res = await json(u, method, path, body);
      expectProblem(res);
      expect(res.body, path).toMatch(/NUL/);
    }
    for (const query of ['q', 'brand', 'name']) {
      for (const path of ['/api/v1/products', '/api/v1/workouts/exercises', '/api/v1/body/measurements']) {
        const res = await raw('GET', `${path}?${query}=a%00b`, { headers: u.auth });
        expect(res.status, `${path}?${query}`).toBeLessThan(500);
      }
    }
    expectProblem(await raw('GET', '/api/v1/products?brand=a%00b', { headers: u.auth }));
    expectProblem(await raw('GET', '/api/v1/products/30%0017', { headers: u.auth }));
  });

  it('a lone UTF-16 surrogate in an e-mail is a 400 on login, register, reset and invitations', async () => {
    const coach = await signUp(t, { roles: ['coach'] });
    const email = '\ud800probe@example.test';
    expectProblem(await json(null, 'POST', '/auth/login', { email, password: 'whatever-pw-1' }));
    expectProblem(await json(null, 'POST', '/auth/register', { email, password: 'long-enough-pw-1' }));
    expectProblem(await json(null, 'POST', '/auth/password/reset-request', { email }));
    expectProblem(await json(coach, 'POST', '/coach/invitations', { email }));
  });

  it('null is refused where the contract does not allow it, accepted where it does', async () => {
    const u = await signUp(t);
    for (const [method, path, body, field] of [
      ['PATCH', '/me', { timeZone: null }, 'timeZone'],
      ['PUT', '/goals', { direction: null }, 'direction'],
      ['PUT', '/goals', { rateKgPerWeek: null }, 'rateKgPerWeek'],
    ] as const) {
      const res = await json(u, method, path, body);
      expectProblem(res);
      expect(JSON.parse(res.body)).toMatchObject({ errors: [{ path: field }] });
    }
    expect((await apiCall(t, u, 'PATCH', '/me', { displayName: null })).status).toBe(200);
  });

  it('an array where one object is declared is a 400 (quick, per100, fatRule)', async () => {
    const u = await signUp(t);
    const quick = await json(u, 'POST', '/diary/entries', { kind: 'quick', quick: [], quantity: 1, unit: 'serving', slot: 'lunch', date: '2026-01-15' });
    expectProblem(quick);
    expect(quick.body).toMatch(/quick/);
    expectProblem(await json(u, 'POST', '/foods', { name: 'Oats', per100: [] }));
    const fat = await json(u, 'PUT', '/goals', { fatRule: [] });
    expectProblem(fat);
    expect(fat.body).toMatch(/fatRule/);
  });

  it('a quick diary entry refuses a barcode (a megabyte of text or a query operator)', async () => {
    const u = await signUp(t);
    const entry = { kind: 'quick', quick: { name: 'Paella', energyKcal: 640 }, quantity: 1, unit: 'serving', slot: 'lunch', date: '2026-01-15' };
    for (const barcode of [{ $gt: '' }, '7'.repeat(900_000)]) {
      const res = await json(u, 'POST', '/diary/entries', { ...entry, barcode });
      expectProblem(res);
      expect(res.body).toMatch(/barcode must be absent/);
    }
    expect((await apiCall(t, u, 'POST', '/diary/entries', entry)).status).toBe(201);
  });

  it('malformed paging cursors on agent conversations and messages are 400 invalid-cursor', async () => {
    const u = await signUp(t);
    const conv = await apiCall<{ id: string }>(t, u, 'POST', '/agents/conversations', {});
    expect(conv.status).toBe(201);
    for (const cursor of ['NaN', '-1', 'bm9wZQ']) {
      for (const path of ['/api/v1/agents/conversations', `/api/v1/agents/conversations/${conv.body.id}/messages`]) {
        const res = await raw('GET', `${path}?cursor=${cursor}`, { headers: u.auth });
        expectProblem(res);
        expect(res.body, `${path}?cursor=${cursor}`).toMatch(/invalid-cursor/);
      }
    }
  });

  it('JSON nested 5,000 deep is a 400 before it is parsed', async () => {
    const u = await signUp(t);
    const res = await raw('PATCH', '/api/v1/me', {
      headers: { ...u.auth, 'content-type': 'application/json' },
      body: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
    });
    expectProblem(res);
    expect(res.body).toMatch(/nested deeper/);
    // Ordinary nesting still parses.
    expect((await apiCall(t, u, 'PATCH', '/me', { displayName: 'Ana' })).status).toBe(200);
  });

  it('a multipart body without a boundary, or truncated, is a 400 on scan and Apple Health upload', async () => {
    const u = await signUp(t);
    const part = '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="export.xml"\r\nContent-Type: text/xml\r\n\r\n<HealthData>';
    for (const path of ['/api/v1/products/scan', '/api/v1/activities/imports/apple-health']) {
      const noBoundary = await raw('POST', path, { headers: { ...u.auth, 'content-type': 'multipart/form-data' }, body: `${part}\r\n--b0undary--\r\n` });
      expectProblem(noBoundary);
      const truncated = await raw('POST', path, { headers: { ...u.auth, 'content-type': 'multipart/form-data; boundary=b0undary' }, body: part });
      expectProblem(truncated);
    }
  });

  it('a 414 (over-long path parameter) is problem+json', async () => {
    const res = await raw('GET', `/api/v1/products/${'1'.repeat(300)}`);
    expectProblem(res, 414);
    expect(JSON.parse(res.body)).toMatchObject({ status: 414, title: 'URI too long' });
  });

  it('authenticated answers and token answers carry Cache-Control: no-store; public ones do not', async () => {
    const u = await signUp(t);
    expect((await raw('GET', '/api/v1/me', { headers: u.auth })).headers.get('cache-control')).toBe('no-store');
    expect((await raw('GET', '/api/v1/diary?date=2026-01-15', { headers: u.auth })).headers.get('cache-control')).toBe('no-store');
    const login = await json(null, 'POST', '/auth/login', { email: u.email, password: u.password });
    expect(login.status).toBe(200);
    expect(login.headers.get('cache-control')).toBe('no-store');
    expect((await raw('GET', '/api/v1/meta')).headers.get('cache-control')).not.toBe('no-store');
  });
});
