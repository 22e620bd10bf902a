import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';

describe('identity: admin console API', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUp(t, { roles: ['admin'], displayName: 'Root' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const call = (u: TestUser, method: string, path: string, body?: unknown) =>
    fetch(`${t.url}/api/v1${path}`, {
      method,
      headers: { ...u.auth, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });

  it('lists and searches users with keyset pagination; non-admins get 403', async () => {
    const a = await signUp(t, { displayName: 'Zed Searchable' });
    await signUp(t);
    const found = (await (await call(admin, 'GET', '/admin/users?q=searchable')).json()) as {
      items: { id: string }[];
    };
    expect(found.items.map((u) => u.id)).toEqual([a.id]);
    const p1 = (await (await call(admin, 'GET', '/admin/users?limit=2')).json()) as {
      items: { id: string }[];
      nextCursor: string;
    };
    expect(p1.items).toHaveLength(2);
    const p2 = (await (await call(admin, 'GET', `/admin/users?limit=2&cursor=${p1.nextCursor}`)).json()) as {
      items: { id: string }[];
    };
    expect(p2.items.map((u) => u.id)).not.toContain(p1.items[0].id);
    expect((await call(a, 'GET', '/admin/users')).status).toBe(403);
  });

  it('grants and revokes roles, audited in the subject log', async () => {
    const u = await signUp(t);
    const granted = await call(admin, 'POST', `/admin/users/${u.id}/roles`, { role: 'coach' });
    expect(((await granted.json()) as { roles: string[] }).roles.sort()).toEqual(['coach', 'user']);
    const revoked = await call(admin, 'DELETE', `/admin/users/${u.id}/roles/coach`);
    expect(((await revoked.json()) as { roles: string[] }).roles).toEqual(['user']);
    expect((await call(admin, 'DELETE', `/admin/users/${u.id}/roles/user`)).status).toBe(409);
    const audit = (await (await call(u, 'GET', '/me/audit')).json()) as {
      items: { action: string; actorUserId: string }[];
    };
    expect(
      audit.items
        .filter((e) => e.actorUserId === admin.id)
        .map((e) => e.action)
        .sort(),
    ).toEqual(['admin.role_granted', 'admin.role_revoked']);
  });

  it('the audit log names the accounts involved, filters by action and person, and pages', async () => {
    const u = await signUp(t);
    await call(admin, 'POST', `/admin/users/${u.id}/roles`, { role: 'coach' });
    await call(admin, 'POST', `/admin/users/${u.id}/roles`, { role: 'admin' });
    const page = (await (
      await call(admin, 'GET', `/admin/audit?action=admin.role_granted&userId=${u.id}&limit=1`)
    ).json()) as {
      items: { action: string; subjectEmail: string; actorEmail: string; detail: { role: string } }[];
      nextCursor: string;
    };
    expect(page.items).toEqual([
      expect.objectContaining({
        action: 'admin.role_granted',
        subjectEmail: u.email,
        actorEmail: admin.email,
        detail: { role: 'admin' },
      }),
    ]);
    const next = (await (
      await call(
        admin,
        'GET',
        `/admin/audit?action=admin.role_granted&userId=${u.id}&limit=1&cursor=${page.nextCursor}`,
      )
    ).json()) as {
      items: { detail: { role: string } }[];
      nextCursor: string | null;
    };
    expect(next.items.map((e) => e.detail.role)).toEqual(['coach']);
    expect(next.nextCursor).toBeNull();
    expect((await call(u, 'GET', '/admin/audit')).status).toBe(200); // u is an admin now
    await call(admin, 'DELETE', `/admin/users/${u.id}/roles/admin`);
    expect((await call(u, 'GET', '/admin/audit')).status).toBe(403);
  });

  it('deactivation stops login, refresh and existing access tokens; reactivation restores login', async () => {
    const u = await signUp(t);
    expect((await call(u, 'GET', '/me')).status).toBe(200);
    expect((await call(admin, 'POST', `/admin/users/${u.id}/deactivate`)).status).toBe(200);
    expect((await call(u, 'GET', '/me')).status).toBe(401);
    const refresh = await fetch(`${t.url}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: u.refreshToken }),
    });
    expect(refresh.status).toBe(401);
    const login = () =>
      fetch(`${t.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: u.email, password: u.password }),
      });
    expect((await login()).status).toBe(401);
    expect((await call(admin, 'POST', `/admin/users/${u.id}/reactivate`)).status).toBe(200);
    expect((await login()).status).toBe(200);
    const log = (await (await call(admin, 'GET', `/admin/audit?userId=${u.id}`)).json()) as {
      items: { action: string }[];
    };
    expect(log.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['admin.deactivated', 'admin.reactivated']),
    );
  });

  it('an admin cannot deactivate or demote themselves', async () => {
    expect((await call(admin, 'POST', `/admin/users/${admin.id}/deactivate`)).status).toBe(400);
    expect((await call(admin, 'DELETE', `/admin/users/${admin.id}/roles/admin`)).status).toBe(400);
  });

  it('an API key never reaches admin routes, even an admin one with write scope', async () => {
    const created = await call(admin, 'POST', '/me/api-keys', { name: 'ops', scopes: ['read', 'write'] });
    const { key } = (await created.json()) as { key: string };
    expect((await fetch(`${t.url}/api/v1/me`, { headers: { 'x-api-key': key } })).status).toBe(200);
    expect((await fetch(`${t.url}/api/v1/admin/users`, { headers: { 'x-api-key': key } })).status).toBe(403);
  });

  it('unknown users answer 404; malformed ids 400', async () => {
    expect((await call(admin, 'GET', '/admin/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call(admin, 'GET', '/admin/users/nope')).status).toBe(400);
  });
});
