import { getDataSourceToken } from '@nestjs/typeorm';
import { SummaryService } from '@welness/meals';
import { addDays, dateRange, weekStart } from '@welness/nutrition';
import { createTestApp, signUp } from '@welness/testing';
import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { median, percentile, writeResult } from './bench-utils';

/**
 * npm run bench:summary — a user with two years of history (6 diary entries a day, water,
 * daily weigh-ins, steps, an activity most days, 3 workouts a week of 15 sets). Measures
 * GET /summary/daily and /summary/weekly over HTTP (real auth guard, real stores), uncached
 * (each date or week asked for the first time) and cached (asked again).
 * Targets: daily p95 uncached ≤ 30 ms, cached ≤ 5 ms; weekly p95 uncached ≤ 60 ms.
 */
const DAYS = 730;
const END = '2026-06-30';
const START = addDays(END, -(DAYS - 1));

async function seed(ds: DataSource, userId: string): Promise<Record<string, number>> {
  const range = [userId, START, END];
  await ds.query(
    `INSERT INTO diary_entries (user_id, date, slot, logged_at, kind, ref, name, quantity, unit, grams,
       energy_kcal, protein_g, carbohydrates_g, fat_g, fiber_g, sugars_g, saturated_fat_g, salt_g, basis)
     SELECT $1, d::date, (ARRAY['breakfast','lunch','lunch','dinner','dinner','snacks'])[i], d + make_interval(hours => 6 + i * 2),
       'reference', 'oats', 'Oats, rolled, dry', 50 + i * 10, 'g', 50 + i * 10,
       300 + i * 25, 18 + i, 35 + i * 2, 10 + i, 4, 6, 3, 0.5, '{"per100":null,"servingG":null,"householdUnits":[],"perItem":null}'
     FROM generate_series($2::date, $3::date, '1 day') d CROSS JOIN generate_series(1, 6) i`,
    range,
  );
  await ds.query(
    `INSERT INTO water_logs (user_id, date, ml, logged_at)
     SELECT $1, d::date, 500, d + make_interval(hours => 8 + i * 4) FROM generate_series($2::date, $3::date, '1 day') d CROSS JOIN generate_series(1, 3) i`,
    range,
  );
  await ds.query(
    `INSERT INTO body_weights (user_id, date, weight_kg) SELECT $1, d::date, 85 - extract(epoch from d - $2::date) / 86400 * 0.01
     FROM generate_series($2::date, $3::date, '1 day') d ON CONFLICT DO NOTHING`,
    range,
  );
  await ds.query(
    `INSERT INTO daily_steps (user_id, date, source, steps) SELECT $1, d::date, 'apple-health', 6000 + (extract(doy from d)::int * 37) % 6000
     FROM generate_series($2::date, $3::date, '1 day') d`,
    range,
  );
  await ds.query(
    `INSERT INTO activities (user_id, date, started_at, activity_key, met_code, met, duration_min, energy_kcal, weight_kg, source)
     SELECT $1, d::date, d + interval '18 hours', 'walking_brisk', '17200', 4.3, 45, 4.3 * 80 * 0.75, 80, 'manual'
     FROM generate_series($2::date, $3::date, '1 day') d WHERE extract(dow from d) <> 0`,
    range,
  );
  await ds.query(
    `INSERT INTO workout_sessions (user_id, date, started_at, finished_at)
     SELECT $1, d::date, d + interval '7 hours', d + interval '8 hours'
     FROM generate_series($2::date, $3::date, '1 day') d WHERE extract(dow from d) IN (1, 3, 5)`,
    range,
  );
  await ds.query(
    `INSERT INTO workout_sets (session_id, user_id, exercise_id, set_index, reps, weight_kg, e1rm_kg)
     SELECT s.id, s.user_id, e.id, (row_number() OVER (PARTITION BY s.id ORDER BY e.slug, k)) - 1, 8, 60, 74.5
     FROM workout_sessions s
     CROSS JOIN (SELECT id, slug FROM exercises WHERE slug IN ('back-squat','barbell-bench-press','barbell-row','overhead-press','romanian-deadlift')) e
     CROSS JOIN generate_series(1, 3) k WHERE s.user_id = $1`,
    [userId],
  );
  const count = async (table: string) =>
    Number((await ds.query(`SELECT COUNT(*)::int AS n FROM ${table} WHERE user_id = $1`, [userId]))[0].n);
  return {
    diaryEntries: await count('diary_entries'),
    waterLogs: await count('water_logs'),
    weights: await count('body_weights'),
    activities: await count('activities'),
    workoutSessions: await count('workout_sessions'),
    workoutSets: await count('workout_sets'),
  };
}

/** Server-side execution time of the heaviest summary queries (EXPLAIN ANALYZE), for tuning. */
async function explain(ds: DataSource, userId: string, date: string): Promise<void> {
  const queries: Record<string, string> = {
    'diary dates ≤ D (streak)': `SELECT DISTINCT date FROM diary_entries WHERE user_id = $1 AND date <= $2`,
    'diary day sums': `SELECT date, SUM(energy_kcal) FROM diary_entries WHERE user_id = $1 AND date BETWEEN $2 AND $2 GROUP BY date`,
    'workout history ≤ D': `SELECT s.date, COUNT(*) FROM workout_sessions s WHERE s.user_id = $1 AND s.date <= $2
       AND EXISTS (SELECT 1 FROM workout_sets w WHERE w.session_id = s.id) GROUP BY s.date`,
    'latest weight ≤ D': `SELECT weight_kg FROM body_weights WHERE user_id = $1 AND date <= $2 ORDER BY date DESC LIMIT 1`,
  };
  for (const [name, sql] of Object.entries(queries)) {
    const plan = (await ds.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [userId, date])) as {
      'QUERY PLAN': { 'Execution Time': number }[];
    }[];
    console.log(`  ${name}: ${plan[0]['QUERY PLAN'][0]['Execution Time'].toFixed(2)} ms`);
  }
  const text = (await ds.query(`EXPLAIN ${queries['diary dates ≤ D (streak)']}`, [userId, date])) as {
    'QUERY PLAN': string;
  }[];
  console.log(text.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
}

async function time(url: string, headers: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
  return performance.now() - t0;
}

const stats = (xs: number[]) => ({
  n: xs.length,
  p50Ms: +median(xs).toFixed(2),
  p95Ms: +percentile(xs, 95).toFixed(2),
  maxMs: +Math.max(...xs).toFixed(2),
});

async function main(): Promise<void> {
  // Production pool size (the test default is 4).
  const t = await createTestApp({ LOG_LEVEL: 'silent', DB_POOL_SIZE: '10' });
  try {
    const user = await signUp(t, { timeZone: 'Europe/Madrid' });
    const me = await fetch(`${t.url}/api/v1/me`, {
      method: 'PATCH',
      headers: user.headers,
      body: JSON.stringify({
        birthDate: '1988-04-12',
        sex: 'female',
        heightCm: 168,
        activityLevel: 'moderate',
      }),
    });
    if (me.status !== 200) throw new Error(`PATCH /me ${me.status}`);
    await fetch(`${t.url}/api/v1/goals`, {
      method: 'PUT',
      headers: user.headers,
      body: JSON.stringify({ direction: 'lose', rateKgPerWeek: 0.25, workoutsPerWeek: 3, stepsPerDay: 8000 }),
    });
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const seeded = await seed(ds, user.id);
    // Steady state as autovacuum leaves it (visibility map set, statistics fresh).
    await ds.query('VACUUM ANALYZE');
    console.log(`seeded ${JSON.stringify(seeded)}`);

    if (process.env.SUMMARY_BENCH_EXPLAIN) await explain(ds, user.id, '2026-03-11');

    const dates = dateRange(START, END)
      .filter((_, i) => i % 3 === 0)
      .slice(-200);
    const weeks = [...new Set(dateRange(START, END).map(weekStart))].slice(-100);
    const daily = (d: string) => `${t.url}/api/v1/summary/daily?date=${d}`;
    const weekly = (w: string) => `${t.url}/api/v1/summary/weekly?weekOf=${w}`;
    // Warm-up on dates outside the measured sets (JIT, connection pools).
    for (const d of dateRange(START, addDays(START, 19))) await time(daily(d), user.auth);

    const loadBefore = loadavg()[0];
    const dailyUncached: number[] = [];
    for (const d of dates) dailyUncached.push(await time(daily(d), user.auth));
    const dailyCached: number[] = [];
    for (const d of dates) dailyCached.push(await time(daily(d), user.auth));
    const weeklyUncached: number[] = [];
    for (const w of weeks) weeklyUncached.push(await time(weekly(w), user.auth));
    const weeklyCached: number[] = [];
    for (const w of weeks) weeklyCached.push(await time(weekly(w), user.auth));

    // The same, without HTTP and auth: the service alone.
    const summary = t.app.get(SummaryService);
    const serviceDaily: number[] = [];
    for (const d of dates.map((x) => addDays(x, 1))) {
      const t0 = performance.now();
      await summary.daily(user.id, d);
      serviceDaily.push(performance.now() - t0);
    }

    const serviceCached: number[] = [];
    for (const d of dates.map((x) => addDays(x, 1))) {
      const t0 = performance.now();
      await summary.daily(user.id, d);
      serviceCached.push(performance.now() - t0);
    }

    const result = {
      // The machine is shared: the 1-minute load average tells how contended the figures are.
      loadAverage1m: {
        before: +loadBefore.toFixed(2),
        after: +loadavg()[0].toFixed(2),
        cores: cpus().length,
      },
      history: { from: START, to: END, ...seeded },
      http: {
        dailyUncached: { ...stats(dailyUncached), targetP95Ms: 30 },
        dailyCached: { ...stats(dailyCached), targetP95Ms: 5 },
        weeklyUncached: { ...stats(weeklyUncached), targetP95Ms: 60 },
        weeklyCached: stats(weeklyCached),
      },
      serviceOnly: { dailyUncached: stats(serviceDaily), dailyCached: stats(serviceCached) },
    };
    const file = writeResult('summary', result);
    const line = (name: string, s: ReturnType<typeof stats>, target?: number) =>
      console.log(
        `${name}: p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms, max ${s.maxMs} ms (n=${s.n}${target ? `; target p95 ≤ ${target} ms` : ''})`,
      );
    line('daily uncached', result.http.dailyUncached, 30);
    line('daily cached', result.http.dailyCached, 5);
    line('weekly uncached', result.http.weeklyUncached, 60);
    line('weekly cached', result.http.weeklyCached);
    line('daily uncached (service, no HTTP)', result.serviceOnly.dailyUncached);
    line('daily cached (service, no HTTP)', result.serviceOnly.dailyCached);
    console.log(
      `load average (1 min) ${result.loadAverage1m.before} → ${result.loadAverage1m.after} on ${result.loadAverage1m.cores} cores`,
    );
    console.log(`wrote ${file}`);
  } finally {
    await t.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
