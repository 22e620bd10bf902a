import { TestApp, TestUser, createTestApp, signUp, apiCall as api, trackedUser } from '@welness/testing';

describe('coach routes over the tracking services (real stores)', () => {
  let t: TestApp;
  let coach: TestUser;
  let client: TestUser;
  let linkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    coach = await signUp(t, { roles: ['coach'] });
    client = await trackedUser(t, 'Europe/Rome');
    const invite = await api<{ id: string }>(t, coach, 'POST', '/coach/invitations', {
      email: client.email,
      scopes: ['read'],
    });
    expect(invite.status).toBe(201);
    linkId = invite.body.id;
    const consent = await api(t, client, 'POST', `/me/coach-links/${linkId}/consent`, { scopes: ['read'] });
    expect(consent.status).toBeLessThan(300);
    await api(t, client, 'POST', '/diary/entries', {
      kind: 'reference',
      foodKey: 'banana',
      quantity: 120,
      unit: 'g',
      slot: 'snacks',
      date: '2026-04-01',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("a coach with read scope sees the client's diary, summary, targets and plan status", async () => {
    const diary = await api<{ totals: { energyKcal: number } }>(
      t,
      coach,
      'GET',
      `/clients/${client.id}/diary?date=2026-04-01`,
    );
    expect(diary.status).toBe(200);
    expect(diary.body.totals.energyKcal).toBeCloseTo(106.8, 1);
    const summary = await api<{ energy: { consumedKcal: number } }>(
      t,
      coach,
      'GET',
      `/clients/${client.id}/summary/daily?date=2026-04-01`,
    );
    expect(summary.body.energy.consumedKcal).toBeCloseTo(106.8, 1);
    expect((await api(t, coach, 'GET', `/clients/${client.id}/targets?date=2026-04-01`)).status).toBe(200);
  });

  it('read scope cannot write; write scope can assign a plan and override the floor', async () => {
    const denied = await api(t, coach, 'PUT', `/clients/${client.id}/goals`, {
      coachEnergyOverrideKcal: 1100,
    });
    expect(denied.status).toBe(403);
    expect(
      (await api(t, client, 'PATCH', `/me/coach-links/${linkId}`, { scopes: ['read', 'write'] })).status,
    ).toBeLessThan(300);
    const plan = await api<{ assignedBy: string }>(t, coach, 'POST', `/clients/${client.id}/plans/generate`, {
      dietType: 'vegetarian',
      seed: 3,
      weekOf: '2026-04-01',
    });
    expect(plan.status).toBe(201);
    expect(plan.body.assignedBy).toBe(coach.id);
    expect((await api<{ assignedBy: string }>(t, client, 'GET', '/plans/current')).body.assignedBy).toBe(
      coach.id,
    );
    const goal = await api(t, coach, 'PUT', `/clients/${client.id}/goals`, {
      direction: 'lose',
      rateKgPerWeek: 0.5,
      coachEnergyOverrideKcal: 1100,
    });
    expect(goal.status).toBe(200);
    const targets = await api<{ energyKcal: number; warnings: string[] }>(
      t,
      client,
      'GET',
      '/targets?date=2026-04-01',
    );
    expect(targets.body.energyKcal).toBe(1100);
    expect(targets.body.warnings).toContain('below-floor-coach-override');
  });

  it('a coach without a link gets 404 for the client', async () => {
    const stranger = await signUp(t, { roles: ['coach'] });
    expect((await api(t, stranger, 'GET', `/clients/${client.id}/diary?date=2026-04-01`)).status).toBe(404);
  });
});
