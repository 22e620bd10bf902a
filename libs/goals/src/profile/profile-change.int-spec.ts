import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';

type Daily = { energy: { targetKcal: number | null } };

const api = apiCall;

async function trackedUser(t: TestApp): Promise<TestUser> {
  const user = await signUp(t, { timeZone: 'UTC' });
  const profile = { birthDate: '1990-05-01', sex: 'male', heightCm: 180, activityLevel: 'moderate' };
  expect((await api(t, user, 'PATCH', '/me', profile)).status).toBe(200);
  expect((await api(t, user, 'POST', '/body/weights', { date: '2020-01-01', weightKg: 80 })).status).toBe(201);
  return user;
}

describe('a profile edit reaches cached summaries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('PATCH /me (activity level) changes the energy target of an already cached daily summary', async () => {
    const user = await trackedUser(t);
    const before = await api<Daily>(t, user, 'GET', '/summary/daily?date=2026-04-01');
    expect(before.status).toBe(200);
    // Asked twice: the second answer comes from the Redis cache.
    expect((await api<Daily>(t, user, 'GET', '/summary/daily?date=2026-04-01')).body.energy.targetKcal).toBe(
      before.body.energy.targetKcal,
    );
    expect((await api(t, user, 'PATCH', '/me', { activityLevel: 'very_active' })).status).toBe(200);
    const after = await api<Daily>(t, user, 'GET', '/summary/daily?date=2026-04-01');
    expect(after.body.energy.targetKcal).toBeGreaterThan(before.body.energy.targetKcal ?? Infinity);
  });
});
