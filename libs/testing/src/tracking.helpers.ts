import { apiCall } from './api-call';
import { signUp, type TestUser } from './auth.helpers';
import type { TestApp } from './test-app';

/** A signed-up user with the profile targets need, and a first weigh-in. */
export async function trackedUser(
  t: TestApp,
  timeZone = 'UTC',
  weightKg = 80,
  weighInDate = '2020-01-01',
): Promise<TestUser> {
  const user = await signUp(t, { timeZone });
  const me = await fetch(`${t.url}/api/v1/me`, {
    method: 'PATCH',
    headers: user.headers,
    body: JSON.stringify({ birthDate: '1990-05-01', sex: 'male', heightCm: 180, activityLevel: 'moderate' }),
  });
  if (me.status !== 200) throw new Error(`PATCH /me ${me.status} ${await me.text()}`);
  await apiCall(t, user, 'POST', '/body/weights', { date: weighInDate, weightKg });
  return user;
}
