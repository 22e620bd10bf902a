import { TcpRelay, TestApp, TestUser, createTestApp, logIn, signUp } from '@welness/testing';
import { Probe, ProbeResult, idempotent, isProblem, probe, quickEntry, until, withProfile } from './fault-probe.int-helpers';

/**
 * Redis holds queues, caches, agent memory, rate limits and the session deny-list. Where it is
 * only a cache or an optimisation the app must keep answering without it; where it carries a
 * guarantee that cannot hold without it (the sign-in brute-force limits, enqueueing background
 * work, job schedules) the answer is 503 with Retry-After — never a 500, never a hang.
 */
describe('Redis outage under traffic', () => {
  const relay = new TcpRelay({ host: '127.0.0.1', port: 6379 });
  const DAY = '2026-03-02';
  let t: TestApp;
  let user: TestUser;
  let conversationId: string;

  beforeAll(async () => {
    await relay.start();
    t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${relay.port}/0` });
    user = await signUp(t);
    await withProfile(t, user);
    const conv = await fetch(`${t.url}/api/v1/agents/conversations`, { method: 'POST', headers: user.headers, body: '{}' });
    conversationId = ((await conv.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await t?.close();
    await relay.stop();
  });

  /** Routes that must keep working: Redis is a cache, a lock or a fail-open deny-list for them. */
  const working = (): Probe[] => [
    { name: 'GET /me', method: 'GET', path: '/api/v1/me' },
    { name: 'GET /targets', method: 'GET', path: '/api/v1/targets' },
    { name: 'GET /summary/daily', method: 'GET', path: `/api/v1/summary/daily?date=${DAY}` },
    { name: 'GET /diary', method: 'GET', path: `/api/v1/diary?date=${DAY}` },
    { name: 'POST /diary/entries', method: 'POST', path: '/api/v1/diary/entries', body: () => quickEntry(DAY), headers: idempotent },
    {
      name: 'POST /activities',
      method: 'POST',
      path: '/api/v1/activities',
      body: () => ({ type: 'running_6mph', startedAt: `${DAY}T07:00:00Z`, durationMin: 30 }),
    },
    { name: 'GET /products/{barcode}', method: 'GET', path: '/api/v1/products/3017620422003' },
    { name: 'GET /products?q=', method: 'GET', path: '/api/v1/products?q=nutella' },
    { name: 'POST chat message', method: 'POST', path: `/api/v1/agents/conversations/${conversationId}/messages`, body: () => ({ text: 'how am I doing today?' }) },
    { name: 'POST /plans/generate', method: 'POST', path: '/api/v1/plans/generate', body: () => ({}) },
  ];
  /** Routes whose guarantee lives in Redis. */
  const essential = (): Probe[] => [
    { name: 'POST /auth/login', method: 'POST', path: '/api/v1/auth/login', anonymous: true, body: () => ({ email: user.email, password: user.password }) },
    {
      name: 'POST /auth/register',
      method: 'POST',
      path: '/api/v1/auth/register',
      anonymous: true,
      body: () => ({ email: `late-${Math.random().toString(36).slice(2)}@example.test`, password: 'a-long-enough-password-1' }),
    },
    {
      name: 'POST /activities/imports/csv',
      method: 'POST',
      path: '/api/v1/activities/imports/csv',
      body: () => ({ csv: 'started_at,type,duration_min\n2026-03-02T07:00:00Z,walking_brisk,20\n' }),
    },
    { name: 'PUT /agents/checkins', method: 'PUT', path: '/api/v1/agents/checkins', body: () => ({ dailyTime: '08:00', weeklyDay: 1, weeklyTime: '18:00' }) },
  ];
  const ok = (r: ProbeResult) => r.status >= 200 && r.status < 300;
  const entries = async () =>
    ((await (await fetch(`${t.url}/api/v1/diary?date=${DAY}`, { headers: user.auth })).json()) as { slots: { breakfast: unknown[] } })
      .slots.breakfast.length;
  const summaryEntries = async () =>
    ((await (await fetch(`${t.url}/api/v1/summary/daily?date=${DAY}`, { headers: user.auth })).json()) as { entries: number }).entries;

  const importList = async () =>
    (await (await fetch(`${t.url}/api/v1/activities/imports`, { headers: user.auth })).json()) as { id: string; status: string }[];

  it('answers 503 + Retry-After only where Redis is essential, loses nothing, and resumes the queues', async () => {
    // Before: everything answers, and the day's summary is cached.
    for (const p of [...working(), ...essential()]) {
      const r = await probe(t, user, p);
      expect(r.status === 404 || ok(r), `${r.name} before the outage: ${r.status} ${JSON.stringify(r.body)}`).toBe(true);
    }
    const entriesBefore = await entries();
    expect(await summaryEntries()).toBe(entriesBefore); // computed and cached
    expect(await summaryEntries()).toBe(entriesBefore); // served from the cache
    const second = await logIn(t, user.email, user.password); // a fresh refresh token for after the outage
    const importsBefore = (await importList()).length;

    await relay.stop();
    await until(async () => (await fetch(`${t.url}/health/ready`)).status === 503, 20_000);

    // Under traffic: three concurrent copies of every request.
    const rounds = await Promise.all([1, 2, 3].map(() => Promise.all([...working(), ...essential()].map((p) => probe(t, user, p)))));
    const results = rounds.flat();
    const byStatus: Record<number, number> = {};
    for (const r of results) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    console.log(`during the Redis outage: ${results.length} requests, by status ${JSON.stringify(byStatus)}`);
    // No 500 storm, and nothing hangs (status 0 = aborted after 30 s).
    expect(results.filter((r) => r.status >= 500 && r.status !== 503 || r.status === 0).map((r) => `${r.name}: ${r.status}`)).toEqual([]);
    const workingNames = new Set(working().map((p) => p.name));
    for (const r of results) {
      if (workingNames.has(r.name)) {
        expect(r.status === 404 || ok(r), `${r.name} during the outage: ${r.status} ${JSON.stringify(r.body)}`).toBe(true);
      } else {
        expect(r.status, `${r.name} during the outage`).toBe(503);
        expect(isProblem(r)).toBe(true);
        expect(Number(r.retryAfter)).toBeGreaterThan(0);
      }
    }
    const written = results.filter((r) => r.name === 'POST /diary/entries' && r.status === 201).length;
    expect(written).toBe(3);

    await relay.start(relay.port);
    const signInMs = await until(async () => (await probe(t, user, essential()[0])).status === 200, 30_000);
    // The queues resume: an import enqueued now is picked up and completed by the in-process worker.
    let importId = '';
    const enqueueMs = await until(async () => {
      const r = await probe(t, user, essential()[2]);
      importId = (r.body as { id: string }).id;
      return r.status === 202;
    }, 30_000);
    console.log(`after Redis came back: sign-in answered in ${signInMs} ms, the queue accepted jobs ${enqueueMs} ms later`);

    // Nothing lost, nothing doubled, and no summary cached before the outage is served after it.
    expect(await entries()).toBe(entriesBefore + written);
    expect(await summaryEntries()).toBe(entriesBefore + written);
    // The import requests that got 503 left no orphan import (queued forever, no job behind it).
    expect((await importList()).length).toBe(importsBefore + 1);
    // The session from before the outage still refreshes.
    const refreshed = await fetch(`${t.url}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: second.refreshToken }),
    });
    expect(refreshed.status).toBe(200);

    await until(async () => {
      const r = (await (await fetch(`${t.url}/api/v1/activities/imports/${importId}`, { headers: user.auth })).json()) as { status: string };
      return r.status === 'completed';
    }, 30_000);
  });
});
