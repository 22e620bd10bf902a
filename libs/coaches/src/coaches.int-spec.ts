import { getDataSourceToken } from '@nestjs/typeorm';
import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { DataSource } from 'typeorm';

describe('coaches: consented links, scopes, notes, audit', () => {
  let t: TestApp;
  let coach: TestUser;
  let client: TestUser;
  let stranger: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    coach = await signUp(t, { roles: ['coach'], displayName: 'Coach Carla' });
    client = await signUp(t, { displayName: 'Client Cleo' });
    stranger = await signUp(t, { roles: ['coach'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  const call = (u: TestUser | null, method: string, path: string, body?: unknown) =>
    fetch(`${t.url}/api/v1${path}`, {
      method,
      headers: {
        ...(u ? u.auth : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });

  it('a coach invite needs the client consent before any access, and consent scopes are enforced', async () => {
    const inv = await call(coach, 'POST', '/coach/invitations', { email: client.email, scopes: ['read'] });
    expect(inv.status).toBe(201);
    const link = (await inv.json()) as { id: string; status: string };
    expect(link.status).toBe('pending');

    // Pending: no access, and it looks like nothing is there.
    expect((await call(coach, 'GET', `/clients/${client.id}`)).status).toBe(404);

    const mine = (await (await call(client, 'GET', '/me/coach-links')).json()) as {
      items: { id: string; counterpartName: string }[];
    };
    expect(mine.items.map((l) => l.id)).toContain(link.id);
    expect(mine.items[0].counterpartName).toBe('Coach Carla');

    expect(
      (await call(client, 'POST', `/me/coach-links/${link.id}/consent`, { scopes: ['read'] })).status,
    ).toBe(200);
    const summary = await call(coach, 'GET', `/clients/${client.id}`);
    expect(summary.status).toBe(200);
    expect(await summary.json()).toMatchObject({
      id: client.id,
      displayName: 'Client Cleo',
      scopes: ['read'],
    });

    // A "write" route is not covered by a read-only consent.
    expect((await call(coach, 'GET', '/clients')).status).toBe(200);
    const other = await call(stranger, 'GET', `/clients/${client.id}`);
    expect(other.status).toBe(404);
  });

  it('keeps encrypted private notes, readable only by their coach while the link is active', async () => {
    const created = await call(coach, 'POST', `/clients/${client.id}/notes`, {
      body: 'Recovering from a knee injury',
    });
    expect(created.status).toBe(201);
    const note = (await created.json()) as { id: string; body: string };
    expect(note.body).toBe('Recovering from a knee injury');

    const ds = t.app.get<DataSource>(getDataSourceToken());
    const [row] = (await ds.query('SELECT body_enc FROM coach_notes WHERE id = $1', [note.id])) as {
      body_enc: string;
    }[];
    expect(row.body_enc).toMatch(/^wenc1\.local\./);
    expect(row.body_enc).not.toContain('knee');

    const upd = await call(coach, 'PATCH', `/clients/${client.id}/notes/${note.id}`, { body: 'Knee better' });
    expect(((await upd.json()) as { body: string }).body).toBe('Knee better');
    const list = (await (await call(coach, 'GET', `/clients/${client.id}/notes`)).json()) as {
      items: { body: string }[];
    };
    expect(list.items.map((n) => n.body)).toEqual(['Knee better']);
    expect((await call(stranger, 'GET', `/clients/${client.id}/notes`)).status).toBe(404);
    expect((await call(client, 'GET', `/clients/${client.id}/notes`)).status).toBe(404);
  });

  it('records every coach read and write in the client audit log', async () => {
    const audit = (await (await call(client, 'GET', '/me/audit?limit=100')).json()) as {
      items: { action: string; actorUserId: string; detail: { route?: string } }[];
    };
    const coachEvents = audit.items.filter(
      (e) => e.action.startsWith('coach.') && e.actorUserId === coach.id,
    );
    const actions = new Set(coachEvents.map((e) => e.action));
    expect(actions).toEqual(new Set(['coach.invited', 'coach.read', 'coach.write']));
    expect(coachEvents.some((e) => e.detail.route === '/api/v1/clients/:userId/notes')).toBe(true);
  });

  it('either side can end the link; access stops at once', async () => {
    const links = (await (await call(client, 'GET', '/me/coach-links')).json()) as {
      items: { id: string; status: string }[];
    };
    const active = links.items.find((l) => l.status === 'active');
    expect((await call(client, 'POST', `/me/coach-links/${active?.id}/end`)).status).toBe(200);
    expect((await call(coach, 'GET', `/clients/${client.id}`)).status).toBe(404);
    expect((await call(coach, 'GET', `/clients/${client.id}/notes`)).status).toBe(404);
  });

  it('a client invites a coach (consenting), the coach accepts; scopes can be narrowed', async () => {
    const c2 = await signUp(t);
    const inv = await call(c2, 'POST', '/me/coach-links', {
      coachEmail: coach.email,
      scopes: ['read', 'write'],
    });
    expect(inv.status).toBe(201);
    const link = (await inv.json()) as { id: string };
    expect((await call(coach, 'GET', `/clients/${c2.id}`)).status).toBe(404);
    expect((await call(stranger, 'POST', `/coach/links/${link.id}/accept`)).status).toBe(404);
    expect((await call(coach, 'POST', `/coach/links/${link.id}/accept`)).status).toBe(200);
    expect((await call(coach, 'GET', `/clients/${c2.id}`)).status).toBe(200);
    // the client narrows to "message" only: reads stop (the coach is told the scope is missing)
    expect((await call(c2, 'PATCH', `/me/coach-links/${link.id}`, { scopes: ['message'] })).status).toBe(200);
    expect((await call(coach, 'GET', `/clients/${c2.id}`)).status).toBe(403);
    // coach ends it
    expect((await call(coach, 'POST', `/coach/links/${link.id}/end`)).status).toBe(200);
  });

  it('inviting a non-coach by email answers 404; non-coaches cannot invite clients', async () => {
    const c3 = await signUp(t);
    expect(
      (await call(c3, 'POST', '/me/coach-links', { coachEmail: client.email, scopes: ['read'] })).status,
    ).toBe(404);
    expect(
      (await call(c3, 'POST', '/coach/invitations', { email: client.email, scopes: ['read'] })).status,
    ).toBe(403);
    expect(
      (await call(c3, 'POST', '/me/coach-links', { coachEmail: coach.email, scopes: ['admin'] })).status,
    ).toBe(400);
  });

  it('an invitation to an address without an account attaches when that person signs up', async () => {
    const email = `later-${Date.now()}@example.test`;
    expect((await call(coach, 'POST', '/coach/invitations', { email, scopes: ['read'] })).status).toBe(201);
    const later = await signUp(t, { email });
    const links = (await (await call(later, 'GET', '/me/coach-links')).json()) as {
      items: { id: string; coachId: string }[];
    };
    expect(links.items).toHaveLength(1);
    expect(links.items[0].coachId).toBe(coach.id);
    expect(
      (await call(later, 'POST', `/me/coach-links/${links.items[0].id}/consent`, { scopes: ['read'] }))
        .status,
    ).toBe(200);
    expect((await call(coach, 'GET', `/clients/${later.id}`)).status).toBe(200);
  });
});
