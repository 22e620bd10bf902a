import { connect } from 'node:net';
import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';

/*
 * The defects the OpenAPI fuzzer (openapi-fuzz.int-spec.ts) found, one regression each.
 */
describe('fuzz regressions', () => {
  let t: TestApp;
  let user: TestUser;
  let admin: TestUser;

  const send = (method: string, path: string, body: string, contentType: string, who: TestUser = user) =>
    fetch(`${t.url}/api/v1${path}`, { method, headers: { ...who.auth, 'content-type': contentType }, body });
  const expectProblem = async (res: Response, status: number): Promise<Record<string, unknown>> => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
    return problem;
  };
  const displayName = async () =>
    (await apiCall<{ displayName: string }>(t, user, 'GET', '/me')).body.displayName;

  beforeAll(async () => {
    t = await createTestApp();
    user = await signUp(t, { displayName: 'Before' });
    admin = await signUp(t, { roles: ['admin'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('headers over the size limit, or a request that is not HTTP, answer problem+json (not Fastify JSON)', async () => {
    await expectProblem(await fetch(`${t.url}/api/v1/products?q=${'é'.repeat(4000)}`), 431);
    const raw = await new Promise<string>((resolve) => {
      const { port } = new URL(t.url);
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('NOT-HTTP \u0001\r\n\r\n'));
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw.toLowerCase()).toContain('content-type: application/problem+json');
    expect(JSON.parse(raw.slice(raw.indexOf('{')))).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it('prototype and constructor keys are refused at any depth, in bodies and queries, and change nothing', async () => {
    const problem = await expectProblem(
      await send('PATCH', '/me', '{"prototype":{"a":1},"displayName":"Changed"}', 'application/json'),
      400,
    );
    expect(problem.errors).toEqual([
      { path: 'prototype', message: expect.stringContaining('__proto__, constructor or prototype') },
    ]);
    await expectProblem(
      await send('PATCH', '/me', '{"displayName":"Changed","constructor":{"x":1}}', 'application/json'),
      400,
    );
    await expectProblem(
      await send(
        'POST',
        '/diary/entries',
        '{"kind":"quick","quick":{"constructor":1,"name":"x","energyKcal":1}}',
        'application/json',
      ),
      400,
    );
    await expectProblem(
      await fetch(`${t.url}/api/v1/summary/daily?constructor=x`, { headers: user.auth }),
      400,
    );
    expect(await displayName()).toBe('Before');
  });

  it('form-encoded and text/plain bodies are 415, on JSON routes and on routes that take no body', async () => {
    const mails = async () =>
      (
        await apiCall<{ items: unknown[] }>(
          t,
          admin,
          'GET',
          `/admin/mail-outbox?to=${encodeURIComponent(user.email)}`,
        )
      ).body.items.length;
    const mailsBefore = await mails();
    await expectProblem(
      await send('PATCH', '/me', 'displayName=Changed', 'application/x-www-form-urlencoded'),
      415,
    );
    await expectProblem(await send('PATCH', '/me', '{"displayName":"Changed"}', 'text/plain'), 415);
    expect(await displayName()).toBe('Before');
    await expectProblem(
      await send('POST', '/auth/mfa/enroll', 'a=1', 'application/x-www-form-urlencoded'),
      415,
    );
    await expectProblem(await send('POST', '/auth/email/verify-request', 'x', 'text/plain'), 415);
    expect(await mails()).toBe(mailsBefore);
  });

  it('PUT /agents/checkins needs every field the contract requires (null turns one off)', async () => {
    expect(
      (await apiCall(t, user, 'PUT', '/agents/checkins', { weeklyDay: 7, weeklyTime: '18:00' })).status,
    ).toBe(400);
    expect((await apiCall(t, user, 'GET', '/agents/checkins')).body).toEqual({
      dailyTime: null,
      weeklyDay: null,
      weeklyTime: null,
    });
    expect(
      (
        await apiCall(t, user, 'PUT', '/agents/checkins', {
          dailyTime: null,
          weeklyDay: 7,
          weeklyTime: '18:00',
        })
      ).status,
    ).toBe(200);
  });

  it('the data export names no server file path of activity imports', async () => {
    expect(
      (await apiCall(t, user, 'POST', '/activities/imports/csv', { csv: 'date,steps\n2026-01-02,4000\n' }))
        .status,
    ).toBeLessThan(300);
    const text = await (await fetch(`${t.url}/api/v1/me/export`, { headers: user.auth })).text();
    expect(text).toContain('"imports"');
    expect(text).not.toContain('filePath');
    expect(text).not.toContain(t.config.IMPORTS_DIR);
  });

  it('a birth date in the future is a 400; a date before the first birthday gives no targets instead of a 500', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect((await apiCall(t, user, 'PATCH', '/me', { birthDate: tomorrow })).status).toBe(400);
    expect((await apiCall(t, user, 'PATCH', '/me', { birthDate: '1899-12-31' })).status).toBe(400);
    expect(
      (await apiCall(t, user, 'PATCH', '/me', { birthDate: '2020-06-01', sex: 'female', heightCm: 100 }))
        .status,
    ).toBe(200);
    expect(
      (await apiCall(t, user, 'POST', '/body/weights', { date: '2020-07-01', weightKg: 20 })).status,
    ).toBe(201);
    const summary = await apiCall<{ targetsAvailable: boolean }>(
      t,
      user,
      'GET',
      '/summary/daily?date=2020-07-01',
    );
    expect(summary.status).toBe(200);
    expect(summary.body.targetsAvailable).toBe(false);
    await expectProblem(await fetch(`${t.url}/api/v1/targets?date=2020-07-01`, { headers: user.auth }), 409);
  });

  it('the mail outbox pages by cursor and refuses a cursor it did not issue', async () => {
    for (let i = 0; i < 3; i++) {
      await fetch(`${t.url}/api/v1/auth/password/reset-request`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email }),
      });
    }
    const first = await apiCall<{ items: { id: string }[]; nextCursor: string | null }>(
      t,
      admin,
      'GET',
      `/admin/mail-outbox?limit=2&to=${encodeURIComponent(user.email)}`,
    );
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const rest = await apiCall<{ items: { id: string }[]; nextCursor: string | null }>(
      t,
      admin,
      'GET',
      `/admin/mail-outbox?limit=2&to=${encodeURIComponent(user.email)}&cursor=${first.body.nextCursor}`,
    );
    expect(rest.body.items.length).toBeGreaterThanOrEqual(1);
    expect(rest.body.items.map((m) => m.id)).not.toContain(first.body.items[0].id);
    for (const bad of ['-1', 'NaN', Buffer.from('x|y').toString('base64url')]) {
      await expectProblem(
        await fetch(`${t.url}/api/v1/admin/mail-outbox?cursor=${bad}`, { headers: admin.auth }),
        400,
      );
    }
  });
});
