import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';

const call = apiCall;

interface Targets {
  energyKcal: number;
  bmrKcal: number;
  tdeeKcal: number;
  floorKcal: number;
  proteinG: number;
  warnings: string[];
  method: { bmr: string; tdee: string };
  inputs: { weightKg: number; ageYears: number };
  trainingDay: { energyKcal: number } | null;
}

describe('targets, goals and body metrics (real stores)', () => {
  let t: TestApp;
  let u: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    u = await signUp(t, { timeZone: 'Europe/Madrid' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('says which profile fields are missing instead of guessing', async () => {
    const r = await call<{ status: number; missing: string[] }>(t, u, 'GET', '/targets');
    expect(r.status).toBe(409);
    expect(r.body.missing).toEqual(expect.arrayContaining(['birthDate', 'sex', 'heightCm', 'weight']));
  });

  it('computes Mifflin-St Jeor targets and names the formula and inputs', async () => {
    await call(t, u, 'PATCH', '/me', {
      birthDate: '1996-01-01',
      sex: 'male',
      heightCm: 180,
      activityLevel: 'moderate',
    });
    await call(t, u, 'POST', '/body/weights', { date: '2026-01-01', weightKg: 80 });
    const r = await call<Targets>(t, u, 'GET', '/targets?date=2026-06-01');
    expect(r.status).toBe(200);
    // 30 y on 2026-06-01: 10·80 + 6.25·180 − 5·30 + 5 = 1,780; × 1.55 = 2,759
    expect(r.body.method.bmr).toBe('mifflin-st-jeor');
    expect(r.body.inputs).toMatchObject({ weightKg: 80, ageYears: 30 });
    expect(r.body.bmrKcal).toBeCloseTo(1780, 6);
    expect(r.body.energyKcal).toBeCloseTo(2759, 6);
    expect(r.body.proteinG).toBeCloseTo(128, 6);
  });

  it('before the first weigh-in, targets use that first weigh-in instead of refusing', async () => {
    // A plan for the current week starts on Monday even when the user first weighed in on Wednesday.
    const r = await call<Targets>(t, u, 'GET', '/targets?date=2025-12-29');
    expect(r.status).toBe(200);
    expect(r.body.inputs).toMatchObject({ weightKg: 80 });
  });

  it('a weight-loss goal lowers the target, a later weigh-in changes it, and the floor holds', async () => {
    const g = await call(t, u, 'POST', '/goals', {
      direction: 'lose',
      rateKgPerWeek: 0.5,
      targetWeightKg: 75,
      targetDate: '2026-09-01',
    });
    expect(g.status).toBe(201);
    const r = await call<Targets>(t, u, 'GET', '/targets?date=2026-06-01');
    expect(r.body.energyKcal).toBeCloseTo(2759 - 550, 6);
    await call(t, u, 'POST', '/body/weights', { date: '2026-05-01', weightKg: 78 });
    const later = await call<Targets>(t, u, 'GET', '/targets?date=2026-06-01');
    expect(later.body.inputs.weightKg).toBe(78);
    await call(t, u, 'PUT', '/goals', { direction: 'lose', rateKgPerWeek: 1.5 });
    const steep = await call<Targets>(t, u, 'GET', '/targets?date=2026-06-01');
    expect(steep.body.energyKcal).toBe(steep.body.floorKcal);
    expect(steep.body.warnings).toEqual(expect.arrayContaining(['rate-unsafe', 'floor-applied']));
  });

  it('rejects a user trying to set the coach-only override', async () => {
    const r = await call<{ status: number }>(t, u, 'PUT', '/goals', { coachEnergyOverrideKcal: 900 });
    expect(r.status).toBe(400);
  });

  it('switches to Katch-McArdle once body fat is known, and IOM EER on request', async () => {
    await call(t, u, 'PUT', '/goals', {
      direction: 'maintain',
      bmrFormula: 'katch-mcardle',
      workoutsPerWeek: 3,
      trainingDayExtraPercent: 10,
    });
    await call(t, u, 'POST', '/body/weights', { date: '2026-05-20', weightKg: 80, bodyFatPercent: 20 });
    const k = await call<Targets>(t, u, 'GET', '/targets?date=2026-06-01');
    expect(k.body.method.bmr).toBe('katch-mcardle');
    expect(k.body.bmrKcal).toBeCloseTo(1752.4, 6);
    expect(k.body.trainingDay?.energyKcal).toBeCloseTo(k.body.energyKcal * 1.1, 6);
    await call(t, u, 'PUT', '/goals', { bmrFormula: 'iom-eer' });
    const e = await call<Targets>(t, u, 'GET', '/targets?date=2026-06-01');
    expect(e.body.method.tdee).toBe('iom-eer');
  });

  it('goal progress reports the smoothed trend and a status', async () => {
    for (let i = 0; i < 20; i++) {
      const d = new Date(Date.UTC(2026, 5, 1 + i)).toISOString().slice(0, 10);
      await call(t, u, 'POST', '/body/weights', { date: d, weightKg: 80 - i * 0.1 });
    }
    await call(t, u, 'PUT', '/goals', {
      direction: 'lose',
      rateKgPerWeek: 0.5,
      targetWeightKg: 70,
      targetDate: '2026-12-31',
    });
    const p = await call<{ weight: { trendKg: number; slopeKgPerWeek: number; status: string | null } }>(
      t,
      u,
      'GET',
      '/goals/progress',
    );
    expect(p.status).toBe(200);
    expect(p.body.weight.slopeKgPerWeek).toBeLessThan(0);
    expect(['ahead', 'on_track', 'behind']).toContain(p.body.weight.status);
  });

  it('imports and exports body metrics as CSV', async () => {
    const v = await signUp(t);
    const csv =
      'date,weight_kg,body_fat_percent,name,value,unit\n2026-02-01,70.5,18,,,\n2026-02-01,,,waist,82,cm\nbad,70,,,,\n';
    const r = await call<{ weights: number; measurements: number; errors: { line: number }[] }>(
      t,
      v,
      'POST',
      '/body/import',
      { csv },
    );
    expect(r.body).toMatchObject({ weights: 1, measurements: 1, errors: [{ line: 4 }] });
    const out = await fetch(`${t.url}/api/v1/body/export.csv`, { headers: v.auth });
    expect(out.headers.get('content-type')).toContain('text/csv');
    const text = await out.text();
    expect(text).toContain('2026-02-01,70.5,18,,,');
    expect(text).toContain('2026-02-01,,,waist,82,cm');
  });

  it('a CSV measurement with no value is reported, not stored as 0; a text that is not CSV changes nothing', async () => {
    const v = await signUp(t);
    const csv = 'date,name,value,unit\n2026-02-01,waist,,cm\n2026-02-01,hips, ,cm\n2026-02-01,neck,abc,cm\n2026-02-02,waist,81.5,cm\n';
    const r = await call<{ measurements: number; errors: { line: number; message: string }[] }>(t, v, 'POST', '/body/import', { csv });
    expect(r.status).toBe(200);
    expect(r.body.measurements).toBe(1);
    expect(r.body.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    const stored = await call<{ name: string; value: number }[]>(t, v, 'GET', '/body/measurements');
    expect(stored.body.map((m) => [m.name, m.value])).toEqual([['waist', 81.5]]);

    const bad = await fetch(`${t.url}/api/v1/body/import`, {
      method: 'POST',
      headers: { ...v.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ csv: 'date,weight_kg\n2026-02-03,70\n"2026-02-04,71\n' }),
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(await bad.json()).toMatchObject({ type: expect.stringContaining('csv-malformed'), line: expect.any(Number) });
    expect((await call<unknown[]>(t, v, 'GET', '/body/weights')).body).toEqual([]);
  });
});
