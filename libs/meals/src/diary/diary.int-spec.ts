import { TestApp, TestUser, createTestApp, apiCall as api, trackedUser } from '@welness/testing';

interface Entry {
  id: string;
  date: string;
  nutrients: { energyKcal: number; proteinG: number };
}
interface Daily {
  date: string;
  energy: { consumedKcal: number; targetKcal: number | null; burnedKcal: number };
  water: { consumed: number };
  streak: { current: number; longest: number };
  entries: number;
}

const oats = (extra: Record<string, unknown> = {}) => ({
  kind: 'reference',
  foodKey: 'oats',
  quantity: 50,
  unit: 'g',
  slot: 'breakfast',
  ...extra,
});

describe('food diary and summaries (real stores)', () => {
  let t: TestApp;
  let nz: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    nz = await trackedUser(t, 'Pacific/Auckland');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('an entry logged at 23:30 in Pacific/Auckland counts on that local date', async () => {
    // 2026-06-15 23:30 NZST (UTC+12) is 11:30 UTC the same day; 2026-01-15 23:30 NZDT (UTC+13) is 10:30 UTC.
    const winter = await api<Entry>(
      t,
      nz,
      'POST',
      '/diary/entries',
      oats({ loggedAt: '2026-06-15T11:30:00Z' }),
    );
    expect(winter.status).toBe(201);
    expect(winter.body.date).toBe('2026-06-15');
    const summer = await api<Entry>(
      t,
      nz,
      'POST',
      '/diary/entries',
      oats({ loggedAt: '2026-01-15T10:30:00Z' }),
    );
    expect(summer.body.date).toBe('2026-01-15');
    const day = await api<{ slots: { breakfast: Entry[] } }>(t, nz, 'GET', '/diary?date=2026-06-15');
    expect(day.body.slots.breakfast.map((e) => e.id)).toEqual([winter.body.id]);
  });

  it('the same POST retried with one Idempotency-Key creates one entry', async () => {
    const body = oats({ date: '2026-02-01', slot: 'lunch' });
    const headers = { 'idempotency-key': 'retry-test-1' };
    const results = await Promise.all(
      [1, 2, 3].map(() => api<Entry>(t, nz, 'POST', '/diary/entries', body, headers)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const again = await api<Entry>(t, nz, 'POST', '/diary/entries', body, headers);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const day = await api<{ slots: { lunch: Entry[] } }>(t, nz, 'GET', '/diary?date=2026-02-01');
    expect(day.body.slots.lunch).toHaveLength(1);
    const other = await api<{ type: string }>(
      t,
      nz,
      'POST',
      '/diary/entries',
      { ...body, quantity: 70 },
      headers,
    );
    expect(other.status).toBe(422);
  });

  it('stores nutrients at write time and scales them from that basis on edit', async () => {
    const e = await api<Entry>(t, nz, 'POST', '/diary/entries', oats({ date: '2026-02-02' }));
    expect(e.body.nutrients.energyKcal).toBeCloseTo(189.5, 1);
    const patched = await api<Entry>(t, nz, 'PATCH', `/diary/entries/${e.body.id}`, { quantity: 100 });
    expect(patched.body.nutrients.energyKcal).toBeCloseTo(379, 1);
    const bad = await api<{ status: number; errors?: unknown[] }>(
      t,
      nz,
      'PATCH',
      `/diary/entries/${e.body.id}`,
      { unit: 'cup' },
    );
    expect(bad.status).toBe(400);
  });

  it('a streak crossing the NZ DST change (2026-04-05, clocks back) counts every local day', async () => {
    // 23:30 local on Apr 4 (NZDT, UTC+13), Apr 5 and Apr 6 (NZST, UTC+12).
    for (const at of ['2026-04-04T10:30:00Z', '2026-04-05T11:30:00Z', '2026-04-06T11:30:00Z']) {
      expect((await api(t, nz, 'POST', '/diary/entries', oats({ loggedAt: at }))).status).toBe(201);
    }
    const s = await api<Daily>(t, nz, 'GET', '/summary/daily?date=2026-04-06');
    expect(s.body.streak.current).toBe(3);
    expect(s.body.entries).toBe(1);
  });

  it('daily summary is cached and invalidated precisely by writes', async () => {
    const u = await trackedUser(t, 'Europe/Berlin');
    const first = await api<Daily>(t, u, 'GET', '/summary/daily?date=2026-03-10');
    expect(first.body.energy.consumedKcal).toBe(0);
    expect(first.body.energy.targetKcal).toBeGreaterThan(1200);
    await api(t, u, 'POST', '/diary/entries', oats({ date: '2026-03-10' }));
    await api(t, u, 'POST', '/diary/water', { ml: 500, date: '2026-03-10' });
    const after = await api<Daily>(t, u, 'GET', '/summary/daily?date=2026-03-10');
    expect(after.body.energy.consumedKcal).toBeCloseTo(189.5, 1);
    expect(after.body.water.consumed).toBe(500);
    // An entry on an earlier day changes this day's streak, so it must be invalidated too.
    await api(t, u, 'POST', '/diary/entries', oats({ date: '2026-03-09' }));
    const streak = await api<Daily>(t, u, 'GET', '/summary/daily?date=2026-03-10');
    expect(streak.body.streak.current).toBe(2);
    const weekly = await api<{ daysLogged: number; days: { date: string; consumedKcal: number }[] }>(
      t,
      u,
      'GET',
      '/summary/weekly?weekOf=2026-03-10',
    );
    expect(weekly.body.daysLogged).toBe(2);
    expect(weekly.body.days).toHaveLength(7);
  });

  it('exposes business counters for entries and the summary cache', async () => {
    const first = await api<Daily>(t, nz, 'GET', '/summary/daily?date=2026-04-05');
    const again = await api<Daily>(t, nz, 'GET', '/summary/daily?date=2026-04-05');
    expect(again.body).toEqual(first.body);
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toMatch(/diary_entries_logged_total\{[^}]*kind="reference"[^}]*\} [1-9]/);
    expect(text).toMatch(/summary_requests_total\{[^}]*kind="daily",result="hit"[^}]*\} [1-9]/);
    expect(text).toMatch(/summary_requests_total\{[^}]*kind="daily",result="miss"[^}]*\} [1-9]/);
  });

  it("answers 404 for another user's entry", async () => {
    const other = await trackedUser(t);
    const e = await api<Entry>(t, nz, 'POST', '/diary/entries', oats({ date: '2026-02-03' }));
    expect((await api(t, other, 'DELETE', `/diary/entries/${e.body.id}`)).status).toBe(404);
  });
});
