import { createIsolatedStores } from '@welness/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Pool } from 'undici';
import { percentile, repoRoot, startApi, stop, writeResult } from './bench-utils';

/**
 * Mixed load: USERS simulated people, each with an account of their own, each looping over a
 * weighted mix of what people do (dashboard, diary writes with Idempotency-Key, hot and cold
 * barcode lookups, search, offline-coach messages, activity logging, plan generation, token
 * refresh, sign-in) with a think time between actions, against the compiled API with the worker
 * in the same process, as `npm start` runs it. Bounded by --duration; reports throughput,
 * p50/p95/p99 per route class, errors by status and the API's RSS each minute.
 */
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '300' },
    users: { type: 'string', default: '500' },
    // Mean pause between one person's actions (uniform 0.5–1.5 × this): someone with the app open
    // logs, looks, asks every 10–20 s. At 5 s the 500 users offer ~130 req/s, beyond 2 shared cores.
    'think-ms': { type: 'string', default: '15000' },
    out: { type: 'string', default: 'load' },
  },
});
const DURATION_S = Number(args.duration);
const USERS = Number(args.users);
const THINK_MS = Number(args['think-ms']);
const SLICES = 5; // "minutes": the run is reported in five equal slices (one minute each at the default 300 s)

type RouteClass = 'sign-in' | 'refresh' | 'dashboard' | 'diary-write' | 'barcode-hot' | 'barcode-cold' | 'search' | 'coach' | 'activity' | 'plan';

// Weights per action, in percent.
const MIX: [RouteClass, number][] = [
  ['dashboard', 28],
  ['diary-write', 18],
  ['barcode-hot', 14],
  ['search', 10],
  ['coach', 8],
  ['activity', 8],
  ['barcode-cold', 5],
  ['refresh', 5],
  ['plan', 3],
  ['sign-in', 1],
];

interface SimUser {
  email: string;
  password: string;
  ip: string;
  access: string;
  refresh: string;
  conversationId: string;
}

interface Sample {
  cls: RouteClass;
  status: number;
  ms: number;
  at: number;
}

const SEARCH_TERMS = ['chocolate', 'yogurt', 'pasta', 'bread', 'milk', 'cheese', 'rice', 'juice', 'biscuit', 'tomato', 'oat', 'apple'];

/** The sample's barcodes; `withEnergy` ones can be logged by weight (the others answer 422 for the diary). */
function sampleCodes(): { code: string; withEnergy: boolean }[] {
  const text = gunzipSync(readFileSync(resolve(repoRoot, 'data/off-sample/products.jsonl.gz'))).toString('utf8');
  const seen = new Map<string, boolean>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { _id?: string; code?: string; nutriments?: Record<string, unknown> };
    const code = doc.code ?? doc._id;
    if (code && /^\d{8,14}$/.test(code)) seen.set(code, typeof doc.nutriments?.['energy-kcal_100g'] === 'number');
  }
  return [...seen].map(([code, withEnergy]) => ({ code, withEnergy }));
}

function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

function pick(): RouteClass {
  let r = Math.random() * 100;
  for (const [cls, w] of MIX) if ((r -= w) < 0) return cls;
  return 'dashboard';
}

/** CPU time (user + system) the process has used, in ms. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return NaN;
  }
}

/** The API's resident set in MB; NaN once the process is gone (the run then reports it instead of crashing). */
async function rssMb(pid: number): Promise<number> {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 102.4) / 10;
  } catch {
    return NaN;
  }
}

async function main(): Promise<void> {
  const stores = await createIsolatedStores();
  const port = 4100 + Math.floor(Math.random() * 800);
  const { child } = await startApi(
    {
      ...stores.env,
      WORKER_MODE: 'inline',
      // The catalogue: the bundled Open Food Facts sample (~2,100 real products).
      FACTS_SEED_SAMPLE: 'true',
      // Each simulated person has an address of their own, as behind a load balancer.
      TRUSTED_PROXIES: '127.0.0.1/32',
    },
    port,
  );
  const origin = `http://127.0.0.1:${port}`;
  const pool = new Pool(origin, { connections: USERS, pipelining: 1, keepAliveTimeout: 60_000 });
  const call = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    path: string,
    user: Pick<SimUser, 'ip'> & Partial<SimUser>,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<{ status: number; json: unknown; ms: number }> => {
    const started = performance.now();
    const headers: Record<string, string> = { 'x-forwarded-for': user.ip, ...extra };
    if (user.access) headers.authorization = `Bearer ${user.access}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      const res = await pool.request({ method, path: `/api/v1${path}`, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.body.text();
      const ms = performance.now() - started;
      let json: unknown = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = text;
      }
      return { status: res.statusCode, json, ms };
    } catch {
      return { status: 0, json: null, ms: performance.now() - started };
    }
  };

  try {
    // The sample catalogue is imported at boot; wait for it.
    const inFileOrder = sampleCodes();
    const codes = shuffle([...inFileOrder]);
    const hot = codes.filter((c) => c.withEnergy).slice(0, 20).map((c) => c.code);
    const cold = codes.map((c) => c.code).filter((c) => !hot.includes(c));
    // Ready once the file's last product and every hot one answer (a 404 would count as an error).
    const lastImported = inFileOrder.filter((c) => c.withEnergy).at(-1)!.code;
    const readyBy = Date.now() + 120_000;
    for (const code of [lastImported, ...hot]) {
      while ((await call('GET', `/products/${code}`, { ip: '10.255.0.1' })).status !== 200) {
        if (Date.now() > readyBy) throw new Error(`the sample catalogue was not imported within 120 s (${code} missing)`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }

    // Accounts: one per simulated person, with a profile, a goal and a coach conversation.
    const setupStarted = Date.now();
    const users: SimUser[] = [];
    const queue = [...Array(USERS).keys()];
    await Promise.all(
      [...Array(8)].map(async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
          const u: SimUser = {
            email: `load-${i}-${randomUUID().slice(0, 8)}@example.test`,
            password: `load-password-${i}-${randomUUID()}`,
            ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
            access: '',
            refresh: '',
            conversationId: '',
          };
          const reg = await call('POST', '/auth/register', u, { email: u.email, password: u.password, timeZone: 'Europe/Madrid' });
          if (reg.status !== 202) throw new Error(`register ${reg.status} ${JSON.stringify(reg.json)}`);
          // Registration answers 202 whether or not the address is taken; clients then sign in.
          const login = await call('POST', '/auth/login', u, { email: u.email, password: u.password });
          if (login.status !== 200) throw new Error(`sign-in ${login.status} ${JSON.stringify(login.json)}`);
          const tokens = login.json as { accessToken: string; refreshToken: string };
          u.access = tokens.accessToken;
          u.refresh = tokens.refreshToken;
          const me = await call('PATCH', '/me', u, { birthDate: '1988-04-12', sex: i % 2 ? 'female' : 'male', heightCm: 160 + (i % 30), activityLevel: 'moderate' });
          if (me.status !== 200) throw new Error(`PATCH /me ${me.status}`);
          await call('POST', '/body/weights', u, { weightKg: 60 + (i % 40), date: new Date().toISOString().slice(0, 10) });
          await call('PUT', '/goals', u, { direction: 'lose', rateKgPerWeek: 0.25, workoutsPerWeek: 3, stepsPerDay: 8000 });
          const conv = await call('POST', '/agents/conversations', u, {});
          if (conv.status !== 201) throw new Error(`conversation ${conv.status}`);
          u.conversationId = (conv.json as { id: string }).id;
          users.push(u);
        }
      }),
    );
    console.log(`${USERS} accounts ready in ${Math.round((Date.now() - setupStarted) / 1000)} s; load for ${DURATION_S} s`);

    const samples: Sample[] = [];
    const today = () => new Date().toISOString().slice(0, 10);
    const act = async (u: SimUser, cls: RouteClass): Promise<void> => {
      const rec = (r: { status: number; ms: number }) => samples.push({ cls, status: r.status, ms: r.ms, at: Date.now() });
      switch (cls) {
        case 'dashboard':
          rec(await call('GET', '/targets', u));
          rec(await call('GET', `/summary/daily?date=${today()}`, u));
          return;
        case 'diary-write': {
          const product = Math.random() < 0.5;
          const body = product
            ? { kind: 'product', barcode: hot[Math.floor(Math.random() * hot.length)], quantity: 100, unit: 'g', slot: 'lunch' }
            : { kind: 'quick', quick: { name: 'Snack', energyKcal: 150 + Math.floor(Math.random() * 300) }, quantity: 1, unit: 'serving', slot: 'snacks' };
          rec(await call('POST', '/diary/entries', u, body, { 'idempotency-key': randomUUID() }));
          return;
        }
        case 'barcode-hot':
          rec(await call('GET', `/products/${hot[Math.floor(Math.random() * hot.length)]}`, u));
          return;
        case 'barcode-cold': {
          const code = cold.pop() ?? hot[0];
          rec(await call('GET', `/products/${code}`, u));
          return;
        }
        case 'search':
          rec(await call('GET', `/products?q=${SEARCH_TERMS[Math.floor(Math.random() * SEARCH_TERMS.length)]}&limit=20`, u));
          return;
        case 'coach':
          rec(await call('POST', `/agents/conversations/${u.conversationId}/messages`, u, { text: 'How am I doing today?' }));
          return;
        case 'activity':
          rec(await call('POST', '/activities', u, { type: 'walking_brisk', startedAt: new Date(Date.now() - 3_600_000).toISOString(), durationMin: 30 }));
          return;
        case 'plan':
          rec(await call('POST', '/plans/generate', u, {}));
          return;
        case 'refresh': {
          const r = await call('POST', '/auth/refresh', u, { refreshToken: u.refresh });
          rec(r);
          if (r.status === 200) ({ accessToken: u.access, refreshToken: u.refresh } = r.json as { accessToken: string; refreshToken: string });
          return;
        }
        case 'sign-in': {
          const r = await call('POST', '/auth/login', { ip: u.ip }, { email: u.email, password: u.password });
          rec(r);
          if (r.status === 200) ({ accessToken: u.access, refreshToken: u.refresh } = r.json as { accessToken: string; refreshToken: string });
          return;
        }
      }
    };

    // RSS at the end of each slice ("minute"), sampled by the clock, not by the load loop.
    const sliceMs = (DURATION_S * 1000) / SLICES;
    const rss: { slice: number; atS: number; rssMb: number }[] = [{ slice: 0, atS: 0, rssMb: await rssMb(child.pid!) }];
    const start = Date.now();
    const end = start + DURATION_S * 1000;
    const cpuAtStart = cpuMs(child.pid!);
    // Control: the cheapest route, asked the same way at the same moments, shows the machine's floor.
    const control: number[] = [];
    const controlLoop = (async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const res = await pool.request({ method: 'GET', path: '/health/live' }).catch(() => null);
        await res?.body.text();
        control.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    const timers = [...Array(SLICES).keys()].map((i) =>
      setTimeout(() => void rssMb(child.pid!).then((mb) => rss.push({ slice: i + 1, atS: Math.round((Date.now() - start) / 1000), rssMb: mb })), sliceMs * (i + 1) - 50),
    );
    await Promise.all(
      users.map(async (u) => {
        // Spread the first actions over one think time so the users do not start in lockstep.
        await new Promise((r) => setTimeout(r, Math.random() * THINK_MS));
        while (Date.now() < end) {
          await act(u, pick());
          const think = THINK_MS * (0.5 + Math.random());
          if (Date.now() + think >= end) break;
          await new Promise((r) => setTimeout(r, think));
        }
      }),
    );
    const elapsedS = (Date.now() - start) / 1000;
    const apiCpuMs = cpuMs(child.pid!) - cpuAtStart;
    await controlLoop;
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited during the run (${child.exitCode ?? child.signalCode})`);
    await new Promise((r) => setTimeout(r, Math.max(0, start + sliceMs * SLICES - Date.now() + 100)));
    timers.forEach(clearTimeout);
    rss.sort((a, b) => a.slice - b.slice);

    const round = (x: number) => Math.round(x * 10) / 10;
    const stats = (xs: Sample[]) => {
      const ms = xs.map((s) => s.ms);
      return {
        requests: xs.length,
        p50Ms: round(percentile(ms, 50)),
        p95Ms: round(percentile(ms, 95)),
        p99Ms: round(percentile(ms, 99)),
        maxMs: round(Math.max(...ms)),
        errors: xs.filter((s) => s.status < 200 || s.status >= 400).length,
      };
    };
    const classes = Object.fromEntries(MIX.map(([cls]) => [cls, stats(samples.filter((s) => s.cls === cls))]));
    const errorsByStatus: Record<string, number> = {};
    for (const s of samples) if (s.status < 200 || s.status >= 400) errorsByStatus[s.status] = (errorsByStatus[s.status] ?? 0) + 1;
    const first = rss.find((r) => r.slice === 1)?.rssMb ?? NaN;
    const last = rss.find((r) => r.slice === SLICES)?.rssMb ?? NaN;
    const result = {
      machine: { cpus: cpus().length, loadAvg1mAtEnd: round(loadavg()[0]) },
      config: { users: USERS, durationS: DURATION_S, thinkMsMean: THINK_MS, mix: Object.fromEntries(MIX), process: 'one API process, WORKER_MODE=inline, compiled dist' },
      throughputRps: round(samples.length / elapsedS),
      apiCpuMsPerRequest: round(apiCpuMs / samples.length),
      apiCpuCoresUsed: round(apiCpuMs / 1000 / elapsedS),
      controlHealthLive: { requests: control.length, p50Ms: round(percentile(control, 50)), p99Ms: round(percentile(control, 99)) },
      overall: stats(samples),
      classes,
      errorsByStatus,
      rssMbBySlice: rss,
      rssGrowthSlice1To5Percent: round(((last - first) / first) * 100),
      targets: { errors: 0, p99Ms: 150, rssGrowthPercent: 10 },
    };
    const file = writeResult(args.out!, result);
    console.log(JSON.stringify(result, null, 2));
    console.log(`written to ${file}`);
  } finally {
    await pool.close();
    await stop(child);
    await stores.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
