import { localDate, weekStart } from '@welness/nutrition';
import { TestApp, apiCall as api, createTestApp, trackedUser } from '@welness/testing';

// Two zones 25 hours apart: for an hour each day they are on different calendar dates, and they
// never share one with UTC for long, so a "today" computed anywhere but in the user's zone shows.
const ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];

describe("today in the user's time zone, the same on every route that defaults to it (real stores)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(ZONES)(
    '%s: diary, daily and weekly summaries, the streak calendar and a new plan',
    async (zone) => {
      const user = await trackedUser(t, zone);
      const before = localDate(new Date(), zone);
      const diary = await api<{ date: string }>(t, user, 'GET', '/diary');
      const daily = await api<{ date: string }>(t, user, 'GET', '/summary/daily');
      const weekly = await api<{ weekStart: string }>(t, user, 'GET', '/summary/weekly');
      const calendar = await api<{ today: string }>(t, user, 'GET', '/summary/calendar?days=7');
      const plan = await api<{ weekStart: string }>(t, user, 'POST', '/plans/generate', { mealsPerDay: 4 });
      const after = localDate(new Date(), zone);
      // A run across the zone's midnight may see either date, never a third one.
      const today = [before, after];
      expect([diary.status, daily.status, weekly.status, calendar.status, plan.status]).toEqual([
        200, 200, 200, 200, 201,
      ]);
      expect(today).toContain(diary.body.date);
      expect(today).toContain(daily.body.date);
      expect(today).toContain(calendar.body.today);
      expect(today.map(weekStart)).toContain(weekly.body.weekStart);
      expect(today.map(weekStart)).toContain(plan.body.weekStart);
    },
  );
});
