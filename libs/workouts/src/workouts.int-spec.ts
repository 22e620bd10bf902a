import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';

const call = apiCall;

interface Exercise {
  id: string;
  slug: string | null;
  primaryMuscles: string[];
}
interface Routine {
  id: string;
  days: { exercises: { exerciseId: string; sets: { reps: number; weightKg: number }[] }[] }[];
}

describe('workouts (real stores)', () => {
  let t: TestApp;
  let u: TestUser;
  let squat: Exercise;
  let curl: Exercise;

  beforeAll(async () => {
    t = await createTestApp();
    u = await signUp(t, { timeZone: 'Europe/London' });
    const list = await call<Exercise[]>(t, u, 'GET', '/workouts/exercises');
    squat = list.body.find((e) => e.slug === 'back-squat')!;
    curl = list.body.find((e) => e.slug === 'barbell-curl')!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('seeds at least 100 exercises with muscles and equipment, filterable', async () => {
    const all = await call<Exercise[]>(t, u, 'GET', '/workouts/exercises');
    expect(all.body.length).toBeGreaterThanOrEqual(100);
    const quads = await call<Exercise[]>(t, u, 'GET', '/workouts/exercises?muscle=quads&equipment=barbell');
    expect(quads.body.map((e) => e.slug)).toEqual(expect.arrayContaining(['back-squat', 'front-squat']));
    expect(quads.body.every((e) => e.primaryMuscles.includes('quads'))).toBe(true);
  });

  it('progresses a routine when every set hits its reps, and holds when one misses', async () => {
    const routine = await call<Routine>(t, u, 'POST', '/workouts/routines', {
      name: '5x5',
      days: [
        {
          name: 'A',
          exercises: [
            {
              exerciseId: squat.id,
              sets: [
                { reps: 5, weightKg: 100 },
                { reps: 5, weightKg: 100 },
              ],
              progression: { incrementKg: 2.5 },
            },
          ],
        },
      ],
    });
    expect(routine.status).toBe(201);
    const s1 = await call<{ id: string }>(t, u, 'POST', '/workouts/sessions', {
      routineId: routine.body.id,
      dayIndex: 0,
      startedAt: '2026-03-02T18:00:00Z',
    });
    for (const reps of [5, 5])
      await call(t, u, 'POST', `/workouts/sessions/${s1.body.id}/sets`, {
        exerciseId: squat.id,
        reps,
        weightKg: 100,
      });
    const f1 = await call<{ progression: { fromKg: number; toKg: number }[] }>(
      t,
      u,
      'POST',
      `/workouts/sessions/${s1.body.id}/finish`,
    );
    expect(f1.body.progression).toEqual([{ exerciseId: squat.id, fromKg: 100, toKg: 102.5 }]);
    const after = await call<Routine>(t, u, 'GET', `/workouts/routines/${routine.body.id}`);
    expect(after.body.days[0].exercises[0].sets.map((s) => s.weightKg)).toEqual([102.5, 102.5]);

    const s2 = await call<{ id: string }>(t, u, 'POST', '/workouts/sessions', {
      routineId: routine.body.id,
      dayIndex: 0,
      startedAt: '2026-03-04T18:00:00Z',
    });
    for (const reps of [5, 4])
      await call(t, u, 'POST', `/workouts/sessions/${s2.body.id}/sets`, {
        exerciseId: squat.id,
        reps,
        weightKg: 102.5,
      });
    const f2 = await call<{ progression: unknown[] }>(
      t,
      u,
      'POST',
      `/workouts/sessions/${s2.body.id}/finish`,
    );
    expect(f2.body.progression).toEqual([]);
    expect(
      (
        await call(t, u, 'POST', `/workouts/sessions/${s2.body.id}/sets`, {
          exerciseId: squat.id,
          reps: 5,
          weightKg: 100,
        })
      ).status,
    ).toBe(409);
  });

  it('records personal bests with estimated 1RM (Brzycki ≤ 10 reps)', async () => {
    const s = await call<{ id: string }>(t, u, 'POST', '/workouts/sessions', {
      startedAt: '2026-03-05T18:00:00Z',
    });
    const a = await call<{ isPr: boolean; e1rmKg: number }>(
      t,
      u,
      'POST',
      `/workouts/sessions/${s.body.id}/sets`,
      { exerciseId: curl.id, reps: 10, weightKg: 30 },
    );
    expect(a.body).toMatchObject({ isPr: true, e1rmKg: 40, epleyKg: 40, brzyckiKg: 40 });
    const b = await call<{ isPr: boolean }>(t, u, 'POST', `/workouts/sessions/${s.body.id}/sets`, {
      exerciseId: curl.id,
      reps: 5,
      weightKg: 25,
    });
    expect(b.body.isPr).toBe(false);
    const records = await call<{ exerciseId: string; kind: string; value: number }[]>(
      t,
      u,
      'GET',
      '/workouts/records',
    );
    expect(records.body.find((r) => r.exerciseId === curl.id && r.kind === 'e1rm')?.value).toBe(40);
  });

  it('deletes a mistaken set or a whole session; the records pass back to the best set left', async () => {
    const v = await signUp(t);
    type Rec = { exerciseId: string; kind: string; value: number; weightKg: number; reps: number; setId: string };
    const curlRecords = async () =>
      (await call<Rec[]>(t, v, 'GET', '/workouts/records')).body
        .filter((r) => r.exerciseId === curl.id)
        .map((r) => [r.kind, r.weightKg, r.reps])
        .sort();
    const first = await call<{ id: string }>(t, v, 'POST', '/workouts/sessions', { startedAt: '2026-03-02T18:00:00Z' });
    await call(t, v, 'POST', `/workouts/sessions/${first.body.id}/sets`, { exerciseId: curl.id, reps: 10, weightKg: 30 });
    await call(t, v, 'POST', `/workouts/sessions/${first.body.id}/finish`);
    const second = await call<{ id: string }>(t, v, 'POST', '/workouts/sessions', { startedAt: '2026-03-04T18:00:00Z' });
    const typo = await call<{ id: string; isPr: boolean }>(t, v, 'POST', `/workouts/sessions/${second.body.id}/sets`, {
      exerciseId: curl.id,
      reps: 10,
      weightKg: 300,
    });
    expect(typo.body.isPr).toBe(true);
    await call(t, v, 'POST', `/workouts/sessions/${second.body.id}/sets`, { exerciseId: curl.id, reps: 8, weightKg: 32 });

    // Someone else's set, an unknown set, a set of another session: 404, nothing removed.
    expect((await call(t, u, 'DELETE', `/workouts/sessions/${second.body.id}/sets/${typo.body.id}`)).status).toBe(404);
    expect((await call(t, v, 'DELETE', `/workouts/sessions/${first.body.id}/sets/${typo.body.id}`)).status).toBe(404);
    expect((await call(t, v, 'DELETE', `/workouts/sessions/${second.body.id}/sets/not-a-uuid`)).status).toBe(400);

    expect((await call(t, v, 'DELETE', `/workouts/sessions/${second.body.id}/sets/${typo.body.id}`)).status).toBe(204);
    const left = await call<{ sets: { weightKg: number }[] }>(t, v, 'GET', `/workouts/sessions/${second.body.id}`);
    expect(left.body.sets.map((x) => x.weightKg)).toEqual([32]);
    // Brzycki: 8 × 32 kg is 39.72 kg against 40 kg for 10 × 30 kg, and 256 kg of volume against 300.
    expect(await curlRecords()).toEqual([
      ['e1rm', 30, 10],
      ['max_volume_set', 30, 10],
      ['max_weight', 32, 8],
    ]);
    expect((await call(t, v, 'DELETE', `/workouts/sessions/${second.body.id}`)).status).toBe(204);
    expect(await curlRecords()).toEqual([
      ['e1rm', 30, 10],
      ['max_volume_set', 30, 10],
      ['max_weight', 30, 10],
    ]);
    expect((await call(t, v, 'DELETE', `/workouts/sessions/${first.body.id}`)).status).toBe(204);
    expect(await curlRecords()).toEqual([]);
  });

  it('sums weekly sets and volume per primary muscle', async () => {
    const v = await call<{
      weekStart: string;
      muscles: { muscle: string; sets: number; volumeKg: number }[];
    }>(t, u, 'GET', '/workouts/volume?weekOf=2026-03-04');
    expect(v.body.weekStart).toBe('2026-03-02');
    const quads = v.body.muscles.find((m) => m.muscle === 'quads');
    expect(quads).toMatchObject({ sets: 4, volumeKg: 500 + 500 + 512.5 + 410 });
    expect(v.body.muscles.find((m) => m.muscle === 'biceps')).toMatchObject({ sets: 2, volumeKg: 425 });
  });

  it('lists the history newest first with each session’s set count and volume', async () => {
    const page = await call<{ items: { startedAt: string; setCount: number; volumeKg: number }[] }>(
      t,
      u,
      'GET',
      '/workouts/sessions?limit=3',
    );
    expect(page.status).toBe(200);
    // 2026-03-05: curl 30×10 + 25×5; 2026-03-04: squat 102.5×5 + 102.5×4 + the refused 409 set.
    expect(page.body.items.map((s) => [s.startedAt.slice(0, 10), s.setCount, s.volumeKg])).toEqual([
      ['2026-03-05', 2, 425],
      ['2026-03-04', 2, 922.5],
      ['2026-03-02', 2, 1000],
    ]);
    const empty = await call<{ id: string }>(t, u, 'POST', '/workouts/sessions', {});
    const first = await call<{ items: { id: string; setCount: number; volumeKg: number }[] }>(
      t,
      u,
      'GET',
      '/workouts/sessions?limit=1',
    );
    expect(first.body.items[0]).toMatchObject({ id: empty.body.id, setCount: 0, volumeKg: 0 });
    expect((await call(t, u, 'DELETE', `/workouts/sessions/${empty.body.id}`)).status).toBe(204);
  });

  it('answers 404 for a routine that exists but is not yours', async () => {
    const other = await signUp(t);
    const mine = await call<Routine[]>(t, u, 'GET', '/workouts/routines');
    expect((await call(t, other, 'GET', `/workouts/routines/${mine.body[0].id}`)).status).toBe(404);
  });
});
