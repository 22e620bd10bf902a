import { TestApp, createTestApp, apiCall as api, trackedUser } from '@welness/testing';

describe('weekly adherence (real stores)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is the share of logged days on target, not of every day of the week', async () => {
    const u = await trackedUser(t);
    const day1 = '2026-03-03';
    const day2 = '2026-03-04';
    const target = (await api<{ energyKcal: number }>(t, u, 'GET', `/targets?date=${day1}`)).body.energyKcal;
    expect(target).toBeGreaterThan(1000);
    const quick = (date: string, energyKcal: number) =>
      api(t, u, 'POST', '/diary/entries', {
        kind: 'quick',
        quantity: 1,
        unit: 'serving',
        slot: 'lunch',
        date,
        quick: { name: 'Day', energyKcal },
      });
    expect((await quick(day1, Math.round(target))).status).toBe(201);
    expect((await quick(day2, Math.round(target * 0.5))).status).toBe(201);
    const week = await api<{ daysLogged: number; adherencePercent: number | null }>(
      t,
      u,
      'GET',
      `/summary/weekly?weekOf=${day1}`,
    );
    expect(week.body.daysLogged).toBe(2);
    expect(week.body.adherencePercent).toBe(50);
    const empty = await api<{ adherencePercent: number | null }>(
      t,
      u,
      'GET',
      '/summary/weekly?weekOf=2026-02-02',
    );
    expect(empty.body.adherencePercent).toBeNull();
  });
});
