import { TestApp, TestUser, apiCall as api, createTestApp, signUp } from '@welness/testing';

interface Overview {
  days: number;
  items: {
    clientId: string;
    displayName: string | null;
    from: string;
    to: string;
    daysLogged: number;
    daysOnTarget: number;
    averageKcal: number;
    averageTargetKcal: number | null;
    adherencePercent: number | null;
    lastLoggedDate: string | null;
  }[];
}

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('coach adherence overview and write scopes (real stores)', () => {
  let t: TestApp;
  let coach: TestUser;

  /** A client with the profile targets need, linked to the coach with these scopes (null: pending). */
  async function client(name: string, scopes: string[] | null): Promise<TestUser> {
    const u = await signUp(t, { displayName: name, timeZone: 'UTC' });
    const me = await api(t, u, 'PATCH', '/me', {
      birthDate: '1990-05-01',
      sex: 'female',
      heightCm: 168,
      activityLevel: 'moderate',
    });
    expect(me.status).toBe(200);
    expect((await api(t, u, 'POST', '/body/weights', { date: '2020-01-01', weightKg: 70 })).status).toBe(201);
    const invite = await api<{ id: string }>(t, coach, 'POST', '/coach/invitations', {
      email: u.email,
      scopes: scopes ?? ['read'],
    });
    expect(invite.status).toBe(201);
    if (scopes) {
      expect((await api(t, u, 'POST', `/me/coach-links/${invite.body.id}/consent`, { scopes })).status).toBe(
        200,
      );
    }
    return u;
  }
  const quick = async (u: TestUser, date: string, energyKcal: number) =>
    expect(
      (
        await api(t, u, 'POST', '/diary/entries', {
          kind: 'quick',
          quantity: 1,
          unit: 'serving',
          slot: 'lunch',
          date,
          quick: { name: 'Meal', energyKcal },
        })
      ).status,
    ).toBe(201);

  beforeAll(async () => {
    t = await createTestApp();
    coach = await signUp(t, { roles: ['coach'], displayName: 'Coach Olga' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists only clients who consented to reading, with days logged and energy against target', async () => {
    const ana = await client('Ana', ['read', 'write']);
    const bea = await client('Bea', ['read']);
    const carla = await client('Carla', ['message']);
    const dora = await client('Dora', null); // invited, never consented
    const eva = await client('Eva', ['read']);
    const links = await api<{ items: { id: string }[] }>(t, eva, 'GET', '/me/coach-links');
    expect((await api(t, eva, 'POST', `/me/coach-links/${links.body.items[0].id}/end`)).status).toBe(200);

    const first = await api<Overview>(t, coach, 'GET', '/coach/adherence');
    expect(first.status).toBe(200);
    expect(first.body.days).toBe(7);
    expect(first.body.items.map((i) => i.displayName)).toEqual(['Ana', 'Bea']);
    const today = first.body.items[0].to;
    expect(first.body.items[0].from).toBe(shift(today, -6));
    expect(first.body.items[0]).toMatchObject({
      daysLogged: 0,
      adherencePercent: null,
      lastLoggedDate: null,
    });

    const target = (await api<{ energyKcal: number }>(t, ana, 'GET', `/targets?date=${today}`)).body
      .energyKcal;
    expect(target).toBeGreaterThan(1000);
    await quick(ana, shift(today, -1), Math.round(target)); // on target
    await quick(ana, shift(today, -2), Math.round(target / 2)); // far below
    await quick(ana, shift(today, -10), Math.round(target)); // outside the last 7 days
    await quick(bea, today, 400); // today, not over yet: not judged

    const week = (await api<Overview>(t, coach, 'GET', '/coach/adherence?days=7')).body;
    const a = week.items.find((i) => i.clientId === ana.id);
    expect(a).toMatchObject({
      daysLogged: 2,
      daysOnTarget: 1,
      averageTargetKcal: Math.round(target),
      adherencePercent: 50,
      lastLoggedDate: shift(today, -1),
    });
    expect(a?.averageKcal).toBeCloseTo((Math.round(target) + Math.round(target / 2)) / 2, 0);
    expect(week.items.find((i) => i.clientId === bea.id)).toMatchObject({
      daysLogged: 1,
      adherencePercent: null,
      averageKcal: 400,
    });

    const month = (await api<Overview>(t, coach, 'GET', '/coach/adherence?days=30')).body;
    expect(month.days).toBe(30);
    expect(month.items.find((i) => i.clientId === ana.id)).toMatchObject({
      from: shift(today, -29),
      daysLogged: 3,
      adherencePercent: 66.7,
    });
    for (const hidden of [carla, dora, eva])
      expect(month.items.some((i) => i.clientId === hidden.id)).toBe(false);

    // Reading a client's figures is a coach read in that client's audit log.
    const audit = await api<{ items: { action: string; actorUserId: string; detail: { route?: string } }[] }>(
      t,
      ana,
      'GET',
      '/me/audit?limit=100',
    );
    expect(
      audit.body.items.some(
        (e) =>
          e.action === 'coach.read' &&
          e.actorUserId === coach.id &&
          e.detail.route === '/api/v1/coach/adherence',
      ),
    ).toBe(true);
    const carlaAudit = await api<{ items: { action: string }[] }>(t, carla, 'GET', '/me/audit?limit=100');
    expect(carlaAudit.body.items.some((e) => e.action === 'coach.read')).toBe(false);
  });

  it('is for coaches only, over 7 or 30 days only; a coach without clients sees none', async () => {
    const plain = await signUp(t);
    expect((await api(t, plain, 'GET', '/coach/adherence')).status).toBe(403);
    const lonely = await signUp(t, { roles: ['coach'] });
    expect((await api<Overview>(t, lonely, 'GET', '/coach/adherence')).body.items).toEqual([]);
    const bad = await api<{ status: number; errors: { path: string }[] }>(
      t,
      coach,
      'GET',
      '/coach/adherence?days=14',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('days');
  });

  it('a linked coach without the needed scope is refused with 403; a stranger still sees nothing (404)', async () => {
    const reader = await client('Rita', ['read']);
    const goal = await api<{ status: number; detail: string }>(
      t,
      coach,
      'PUT',
      `/clients/${reader.id}/goals`,
      { direction: 'lose', rateKgPerWeek: 0.5 },
    );
    expect(goal.status).toBe(403);
    expect(goal.body.detail).toBe('Your client has not granted the "write" scope.');
    expect(
      (await api(t, coach, 'POST', `/clients/${reader.id}/plans/generate`, { mealsPerDay: 4 })).status,
    ).toBe(403);
    expect(
      (
        await api(t, coach, 'PATCH', `/clients/${reader.id}/plans/current/items`, {
          date: '2026-04-01',
          mealIndex: 0,
          itemIndex: 0,
          grams: 100,
        })
      ).status,
    ).toBe(403);
    expect((await api(t, reader, 'GET', '/goals')).body).toMatchObject({ direction: 'maintain' });

    const messenger = await client('Mia', ['message']);
    expect((await api(t, coach, 'GET', `/clients/${messenger.id}`)).status).toBe(403);
    expect((await api(t, coach, 'GET', `/clients/${messenger.id}/notes`)).status).toBe(403);

    const stranger = await signUp(t, { roles: ['coach'] });
    const hidden = await api<{ detail: string }>(t, stranger, 'PUT', `/clients/${reader.id}/goals`, {
      direction: 'lose',
    });
    expect(hidden.status).toBe(404);
    expect(hidden.body.detail).toBe('No such resource.');
  });

  it("with the write scope the coach changes the goal and the client's targets follow", async () => {
    const writer = await client('Wendy', ['read', 'write']);
    const before = (await api<{ energyKcal: number }>(t, writer, 'GET', '/targets')).body.energyKcal;
    const put = await api<{ direction: string; coachEnergyOverrideKcal: number | null }>(
      t,
      coach,
      'PUT',
      `/clients/${writer.id}/goals`,
      {
        direction: 'lose',
        rateKgPerWeek: 0.5,
        coachEnergyOverrideKcal: 1500,
      },
    );
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ direction: 'lose', coachEnergyOverrideKcal: 1500 });
    const after = (await api<{ energyKcal: number }>(t, writer, 'GET', '/targets')).body.energyKcal;
    expect(after).toBe(1500);
    expect(after).not.toBe(before);
  });
});
