import { addDays, dateRange, weekStart } from '@welness/nutrition';
import { createIsolatedStores } from '@welness/testing';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { median, percentile, startApi, stop, writeResult } from './bench-utils';

/** The seeding connection: plain SQL against the API's own database. */
interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * npm run bench:summary — a user with two years of history (6 diary entries a day, water,
 * daily weigh-ins, steps, an activity most days, 3 workouts a week of 15 sets). Measures
 * GET /summary/daily and /summary/weekly over HTTP against a production-built API process
 * (real auth guard, real stores), uncached (each date or week asked for the first time) and
 * cached (asked again).
 * Targets: daily p95 uncached ≤ 30 ms, cached ≤ 5 ms; weekly p95 uncached ≤ 60 ms.
 */
const DAYS = 730;
const END = '2026-06-30';
const START = addDays(END, -(DAYS - 1));

async function seed(ds: Sql, userId: string): Promise<Record<string, number>> {
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
async function explain(ds: Sql, userId: string, date: string): Promise<void> {
  const queries: Record<string, string> = {
    'diary dates ≤ D (streak)': `SELECT DISTINCT date FROM diary_entries WHERE user_id = $1 AND date <= $2`,
    'diary day sums': `SELECT date, SUM(energy_kcal) FROM diary_entries WHERE user_id = $1 AND date BETWEEN $2 AND $2 GROUP BY date`,
    'workout history ≤ D': `SELECT s.date, COUNT(*) FROM workout_sessions s WHERE s.user_id = $1 AND s.date <= $2
       AND EXISTS (SELECT 1 FROM workout_sets w WHERE w.session_id = s.id) GROUP BY s.date`,
    'latest weight ≤ D': `SELECT weight_kg FROM body_weights WHERE user_id = $1 AND date <= $2 ORDER BY date DESC LIMIT 1`,
  };
  for (const [name, sql] of Object.entries(queries)) {
    const plan = await ds.query<{ 'QUERY PLAN': { 'Execution Time': number }[] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
      [userId, date],
    );
    console.log(`  ${name}: ${plan[0]['QUERY PLAN'][0]['Execution Time'].toFixed(2)} ms`);
  }
  const text = await ds.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${queries['diary dates ≤ D (streak)']}`, [
    userId,
    date,
  ]);
  console.log(text.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
}

/** CPU time (user + system, ms) the API process has used so far: load-independent cost. */
async function cpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 Hz).
  return (Number(fields[11]) + Number(fields[12])) * 10;
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
  // The API runs as production runs it: its own process (HTTP + in-process worker), default pool.
  const stores = await createIsolatedStores();
  const port = 3990 + Math.floor(Math.random() * 9);
  const { child } = await startApi({ ...stores.env, NODE_ENV: 'test', LOG_LEVEL: 'warn' }, port);
  const pg = new Client({ connectionString: stores.env.DATABASE_URL });
  await pg.connect();
  const ds: Sql = { query: async <T>(q: string, p?: unknown[]) => (await pg.query(q, p)).rows as T[] };
  const base = `http://127.0.0.1:${port}/api/v1`;
  try {
    const reg = await fetch(`${base}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `summary-${process.pid}@example.test`,
        password: 'bench-password-123456',
        timeZone: 'Europe/Madrid',
      }),
    });
    if (reg.status !== 202) throw new Error(`register ${reg.status} ${await reg.text()}`);
    // Registration answers 202 without tokens (it must not tell whether an address is taken); sign in.
    const signIn = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `summary-${process.pid}@example.test`, password: 'bench-password-123456' }),
    });
    if (signIn.status !== 200) throw new Error(`sign-in ${signIn.status} ${await signIn.text()}`);
    const registered = (await signIn.json()) as { accessToken: string; user: { id: string } };
    const auth = { authorization: `Bearer ${registered.accessToken}` };
    const json = { ...auth, 'content-type': 'application/json' };
    const user = { id: registered.user.id, auth };
    const me = await fetch(`${base}/me`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({
        birthDate: '1988-04-12',
        sex: 'female',
        heightCm: 168,
        activityLevel: 'moderate',
      }),
    });
    if (me.status !== 200) throw new Error(`PATCH /me ${me.status}`);
    await fetch(`${base}/goals`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ direction: 'lose', rateKgPerWeek: 0.25, workoutsPerWeek: 3, stepsPerDay: 8000 }),
    });
    const seeded = await seed(ds, user.id);
    // Steady state as autovacuum leaves it (visibility map set, statistics fresh).
    await ds.query('VACUUM ANALYZE');
    console.log(`seeded ${JSON.stringify(seeded)}`);

    if (process.env.SUMMARY_BENCH_EXPLAIN) await explain(ds, user.id, '2026-03-11');

    const dates = dateRange(START, END)
      .filter((_, i) => i % 3 === 0)
      .slice(-200);
    const weeks = [...new Set(dateRange(START, END).map(weekStart))].slice(-100);
    const daily = (d: string) => `${base}/summary/daily?date=${d}`;
    const weekly = (w: string) => `${base}/summary/weekly?weekOf=${w}`;
    // Warm-up on dates outside the measured sets (JIT, connection pools).
    for (const d of dateRange(START, addDays(START, 19))) await time(daily(d), user.auth);

    const loadBefore = loadavg()[0];
    const pid = child.pid as number;
    const cpu: Record<string, number> = {};
    const phase = async (name: string, urls: string[]): Promise<number[]> => {
      const before = await cpuMs(pid);
      const out: number[] = [];
      for (const u of urls) out.push(await time(u, user.auth));
      cpu[name] = +((await cpuMs(pid)) - before) / urls.length;
      return out;
    };
    const dailyUncached = await phase('dailyUncached', dates.map(daily));
    const dailyCached = await phase('dailyCached', dates.map(daily));
    const weeklyUncached = await phase('weeklyUncached', weeks.map(weekly));
    const weeklyCached = await phase('weeklyCached', weeks.map(weekly));

    const result = {
      // The machine is shared: the 1-minute load average tells how contended the figures are.
      loadAverage1m: {
        before: +loadBefore.toFixed(2),
        after: +loadavg()[0].toFixed(2),
        cores: cpus().length,
      },
      history: { from: START, to: END, ...seeded },
      // API-process CPU per request (ms), independent of how busy the machine is.
      apiCpuMsPerRequest: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, +v.toFixed(2)])),
      http: {
        dailyUncached: { ...stats(dailyUncached), targetP95Ms: 30 },
        dailyCached: { ...stats(dailyCached), targetP95Ms: 5 },
        weeklyUncached: { ...stats(weeklyUncached), targetP95Ms: 60 },
        weeklyCached: stats(weeklyCached),
      },
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
    console.log(`API CPU per request (ms): ${JSON.stringify(result.apiCpuMsPerRequest)}`);
    console.log(
      `load average (1 min) ${result.loadAverage1m.before} → ${result.loadAverage1m.after} on ${result.loadAverage1m.cores} cores`,
    );
    console.log(`wrote ${file}`);
  } finally {
    await pg.end();
    await stop(child);
    await stores.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
