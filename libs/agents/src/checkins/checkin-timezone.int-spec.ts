import { QueueService } from '@welness/platform';
import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';

/** Check-ins run at the user's local times: moving to another time zone moves their schedules. */
describe('check-ins follow the profile’s time zone', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await signUp(t, { timeZone: 'UTC' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const scheduler = (kind: 'daily' | 'weekly') =>
    t.app.get(QueueService).queue('agents').getJobScheduler(`checkin:${kind}:${user.id}`);

  it('reschedules daily and weekly check-ins in the new zone, at the same local times', async () => {
    const set = await apiCall(t, user, 'PUT', '/agents/checkins', {
      dailyTime: '20:30',
      weeklyDay: 7,
      weeklyTime: '18:00',
    });
    expect(set.status).toBe(200);
    expect(await scheduler('daily')).toMatchObject({ pattern: '30 20 * * *', tz: 'UTC' });
    expect(await scheduler('weekly')).toMatchObject({ pattern: '0 18 * * 0', tz: 'UTC' });

    expect((await apiCall(t, user, 'PATCH', '/me', { timeZone: 'America/Chicago' })).status).toBe(200);
    expect(await scheduler('daily')).toMatchObject({ pattern: '30 20 * * *', tz: 'America/Chicago' });
    expect(await scheduler('weekly')).toMatchObject({ pattern: '0 18 * * 0', tz: 'America/Chicago' });
    expect((await apiCall(t, user, 'GET', '/agents/checkins')).body).toEqual({
      dailyTime: '20:30',
      weeklyDay: 7,
      weeklyTime: '18:00',
    });

    // A change that is not the zone leaves them be.
    expect((await apiCall(t, user, 'PATCH', '/me', { displayName: 'Still Chicago' })).status).toBe(200);
    expect(await scheduler('daily')).toMatchObject({ tz: 'America/Chicago' });
  });

  it('a user without check-ins gets none from a zone change', async () => {
    const other = await signUp(t, { timeZone: 'UTC' });
    expect((await apiCall(t, other, 'PATCH', '/me', { timeZone: 'Asia/Tokyo' })).status).toBe(200);
    expect(
      await t.app.get(QueueService).queue('agents').getJobScheduler(`checkin:daily:${other.id}`),
    ).toBeUndefined();
  });
});
