import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';
import { UsersService } from './users.service';

interface Me {
  unitSystem: string;
  heightCm: number | null;
  timeZone: string;
  displayName: string | null;
}

/** The profile's unit preference: stored server-side so every device and the bot honour it. */
describe('GET/PATCH /me: unit system', () => {
  let t: TestApp;
  let u: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    u = await signUp(t, { displayName: 'Units', timeZone: 'America/Chicago' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('starts metric, switches to imperial and keeps it across sessions, changing nothing else', async () => {
    expect((await apiCall<Me>(t, u, 'GET', '/me')).body.unitSystem).toBe('metric');
    expect((await apiCall<Me>(t, u, 'PATCH', '/me', { heightCm: 177.8 })).status).toBe(200);

    const patched = await apiCall<Me>(t, u, 'PATCH', '/me', { unitSystem: 'imperial' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      unitSystem: 'imperial',
      heightCm: 177.8,
      timeZone: 'America/Chicago',
      displayName: 'Units',
    });

    // Another device: a fresh sign-in carries the preference in its profile.
    const login = await fetch(`${t.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: u.email, password: u.password }),
    });
    expect(((await login.json()) as { user: Me }).user.unitSystem).toBe('imperial');
    expect((await apiCall<Me>(t, u, 'GET', '/me')).body.unitSystem).toBe('imperial');
    // Other modules (the Telegram bot) read it from the summary identity exports.
    expect((await t.app.get(UsersService).findSummary(u.id))?.unitSystem).toBe('imperial');

    expect((await apiCall<Me>(t, u, 'PATCH', '/me', { unitSystem: 'metric' })).body.unitSystem).toBe(
      'metric',
    );
  });

  it('refuses an unknown unit system with a problem+json field error', async () => {
    const res = await apiCall<{ status: number; errors: { path: string; message: string }[] }>(
      t,
      u,
      'PATCH',
      '/me',
      { unitSystem: 'furlongs' },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e) => e.path)).toContain('unitSystem');
    const nullRes = await apiCall(t, u, 'PATCH', '/me', { unitSystem: null });
    expect(nullRes.status).toBe(400);
    expect((await apiCall<Me>(t, u, 'GET', '/me')).body.unitSystem).toBe('metric');
  });
});
