import { TestApp, createTestApp, apiCall as api, trackedUser } from '@welness/testing';
import { addDays } from '@welness/nutrition';

interface Calendar {
  from: string;
  to: string;
  today: string;
  days: { date: string; entries: number; workouts: number }[];
  streak: { current: number; longest: number; lastDate: string | null };
}

describe('streak calendar (real stores)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists every one of the last 90 days with its diary entries and workouts, and the streak', async () => {
    const u = await trackedUser(t);
    const today = (await api<Calendar>(t, u, 'GET', '/summary/calendar')).body.today;
    const quick = (date: string) =>
      api(t, u, 'POST', '/diary/entries', {
        kind: 'quick',
        quantity: 1,
        unit: 'serving',
        slot: 'lunch',
        date,
        quick: { name: 'Soup', energyKcal: 300 },
      });
    for (const back of [0, 1, 1, 2, 10, 100]) expect((await quick(addDays(today, -back))).status).toBe(201);
    const session = await api<{ id: string }>(t, u, 'POST', '/workouts/sessions', {
      startedAt: `${addDays(today, -1)}T12:00:00Z`,
    });
    const squat = (await api<{ id: string; slug: string }[]>(t, u, 'GET', '/workouts/exercises?q=squat'))
      .body[0];
    await api(t, u, 'POST', `/workouts/sessions/${session.body.id}/sets`, {
      exerciseId: squat.id,
      reps: 5,
      weightKg: 60,
    });

    const cal = await api<Calendar>(t, u, 'GET', '/summary/calendar');
    expect(cal.status).toBe(200);
    expect(cal.body).toMatchObject({ from: addDays(today, -89), to: today, today });
    expect(cal.body.days).toHaveLength(90);
    expect(cal.body.days[0].date).toBe(addDays(today, -89));
    const logged = cal.body.days.filter((d) => d.entries > 0).map((d) => [d.date, d.entries]);
    expect(logged).toEqual([
      [addDays(today, -10), 1],
      [addDays(today, -2), 1],
      [addDays(today, -1), 2],
      [today, 1],
    ]);
    expect(cal.body.days.filter((d) => d.workouts > 0).map((d) => d.date)).toEqual([addDays(today, -1)]);
    expect(cal.body.streak).toEqual({ current: 3, longest: 3, lastDate: today });

    // An earlier window: the streak as of its last day.
    const past = await api<Calendar>(t, u, 'GET', `/summary/calendar?days=7&to=${addDays(today, -10)}`);
    expect(past.body.days.map((d) => d.date)).toEqual(
      [16, 15, 14, 13, 12, 11, 10].map((back) => addDays(today, -back)),
    );
    expect(past.body.streak).toMatchObject({ current: 1, lastDate: addDays(today, -10) });
  });

  it('ends at today at the latest and refuses windows it does not serve', async () => {
    const u = await trackedUser(t);
    const cal = await api<Calendar>(t, u, 'GET', '/summary/calendar?to=2999-01-01&days=7');
    expect(cal.body.to).toBe(cal.body.today);
    expect(cal.body.streak).toEqual({ current: 0, longest: 0, lastDate: null });
    for (const q of ['days=3', 'days=400', 'days=ten', 'to=2026-02-30'])
      expect((await api(t, u, 'GET', `/summary/calendar?${q}`)).status).toBe(400);
  });
});
