import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { computeGs1CheckDigit } from '@welness/nutrition';
import { QueueService, loadConfig } from '@welness/platform';
import { IsolatedStores, OFF_DATA_DIR, TestApp, TestUser, createIsolatedStores, grantRole, signUp } from '@welness/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MongoClient } from 'mongodb';
import { Client } from 'pg';
import { createHttpApp } from '../http-app.factory';
import { until } from './fault-probe.int-helpers';

// The compiled worker, in its own process as production runs it (`npm test` builds the server first).
const WORKER = resolve(__dirname, '../../../../dist/apps/worker/src/main.js');
const PRODUCTS = 3000;
const BATCH = 100;
const USERS = 40;

/** Dump-shaped products: the real dump documents in turn, each copy under its own valid EAN-13. */
function writeDump(path: string): string[] {
  const templates = readFileSync(join(OFF_DATA_DIR, 'off-dump-2026-sample100.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => line.split((JSON.parse(line) as { code: string }).code));
  const codes: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < PRODUCTS; i += 1) {
    const payload = `39${String(i).padStart(10, '0')}`;
    const code = `${payload}${computeGs1CheckDigit(payload)}`;
    codes.push(code);
    lines.push(templates[i % templates.length].join(code));
  }
  writeFileSync(path, gzipSync(`${lines.join('\n')}\n`));
  return codes;
}

/**
 * The worker process is SIGKILLed twice: once mid-import, once in the middle of a batch of
 * check-in jobs. A fresh worker takes over the stalled jobs: the import resumes from its
 * checkpoint and stores every product once; every check-in is posted exactly once.
 */
describe('kill -9 of the worker process mid-import and mid-batch of check-ins', () => {
  let stores: IsolatedStores;
  let api: NestFastifyApplication;
  let t: TestApp;
  let pg: Client;
  let dir: string;
  const workers: ChildProcess[] = [];
  let workerEnv: Record<string, string>;

  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build:server\` first (npm test does)`);
    dir = mkdtempSync(join(tmpdir(), 'worker-kill-'));
    stores = await createIsolatedStores();
    workerEnv = {
      ...stores.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      FACTS_SEED_SAMPLE: 'false',
      IMPORTS_DIR: dir,
      FACTS_IMPORT_BATCH_SIZE: String(BATCH),
      FACTS_IMPORT_THREADS: '2',
      METRICS_PORT: '0',
      WORKER_MODE: 'separate',
    };
    const config = loadConfig({ ...workerEnv, DB_POOL_SIZE: '4' });
    // The API alone: every job waits for a worker process of the test's own.
    api = await createHttpApp(config, { role: 'api', serveWeb: false });
    await api.listen({ port: 0, host: '127.0.0.1' });
    t = { app: api, url: (await api.getUrl()).replace('[::1]', '127.0.0.1'), config, stores, close: () => api.close() };
    pg = new Client({ connectionString: stores.env.DATABASE_URL });
    await pg.connect();
  });

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await pg?.end();
    await api?.close();
    await stores?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const startWorker = (): { child: ChildProcess; exited: Promise<string | null>; output: () => string } => {
    const child = spawn(process.execPath, [WORKER], { env: { ...process.env, ...workerEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    workers.push(child);
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<string | null>((r) => child.once('exit', (_code, signal) => r(signal)));
    return { child, exited, output: () => output };
  };
  const importRow = async () =>
    (await pg.query<{ status: string; checkpoint_line: string; processed: number; inserted: number; updated: number; runs: number }>(
      'SELECT status, checkpoint_line, processed, inserted, updated, runs FROM product_imports',
    )).rows[0];
  const checkinsPosted = async () =>
    Number((await pg.query<{ n: string }>(`SELECT count(*) AS n FROM agent_message WHERE meta->>'kind' LIKE 'checkin-%'`)).rows[0].n);

  it('resumes both, losing and doubling nothing', async () => {
    const codes = writeDump(join(dir, 'dump.jsonl.gz'));
    const admin = await signUp(t);
    await grantRole(t, admin.id, 'admin');
    const users: TestUser[] = [];
    for (let i = 0; i < USERS; i++) users.push(await signUp(t));
    for (const u of users) {
      const res = await fetch(`${t.url}/api/v1/agents/checkins`, {
        method: 'PUT',
        headers: u.headers,
        body: JSON.stringify({ dailyTime: '03:00', weeklyDay: 7, weeklyTime: '03:30' }),
      });
      expect(res.status).toBe(200);
    }
    const started = await fetch(`${t.url}/api/v1/admin/imports`, { method: 'POST', headers: admin.headers, body: JSON.stringify({ source: 'dump.jsonl.gz' }) });
    expect(started.status).toBe(202);

    // 1. Mid-import: killed once a few batches are checkpointed, well before the end of the file.
    const w1 = startWorker();
    await until(async () => Number((await importRow())?.checkpoint_line ?? 0) >= 5 * BATCH, 120_000, 25);
    w1.child.kill('SIGKILL');
    expect(await w1.exited).toBe('SIGKILL');
    const atImportKill = await importRow();
    expect(atImportKill.status).toBe('running');
    expect(Number(atImportKill.checkpoint_line)).toBeLessThan(PRODUCTS);

    // 2. Mid-batch of check-ins: the jobs the schedulers would enqueue at 03:00, for every user.
    const queues = api.get(QueueService);
    for (const u of users) for (const kind of ['daily', 'weekly']) await queues.add('agents', 'agents.checkin', { userId: u.id, kind });
    const w2 = startWorker();
    await until(async () => (await checkinsPosted()) >= 5, 120_000, 10);
    w2.child.kill('SIGKILL');
    expect(await w2.exited).toBe('SIGKILL');
    const atCheckinKill = await checkinsPosted();
    expect(atCheckinKill).toBeLessThan(2 * USERS);

    // 3. A fresh worker takes over the stalled jobs once their locks expire.
    const restartedAt = Date.now();
    const w3 = startWorker();
    await until(async () => (await importRow()).status === 'completed' && (await checkinsPosted()) >= 2 * USERS, 240_000, 250);
    const counts = await queues.queue('agents').getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    await until(async () => {
      const c = await queues.queue('agents').getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
      return c.completed + c.failed >= 2 * USERS;
    }, 60_000, 250);
    const recoveredMs = Date.now() - restartedAt;

    const done = await importRow();
    console.log(
      `import killed at checkpoint line ${atImportKill.checkpoint_line}, check-ins killed after ${atCheckinKill}/${2 * USERS} posted; ` +
        `the next worker finished both ${recoveredMs} ms after it started (stalled locks expire after 30 s); ` +
        `import: ${done.inserted} inserted, ${done.updated} re-applied, ${done.runs} runs; agents queue ${JSON.stringify(counts)}`,
    );
    w3.child.kill('SIGTERM');
    await w3.exited;

    // Nothing lost, nothing doubled: the import …
    expect(done).toMatchObject({ status: 'completed', processed: PRODUCTS });
    expect(done.inserted + done.updated).toBe(PRODUCTS);
    const mongo = await MongoClient.connect(stores.env.MONGO_URL);
    try {
      const stored = await mongo.db(stores.env.MONGO_DB).collection<{ _id: string }>('products').find({}, { projection: { _id: 1 } }).toArray();
      expect(stored.length).toBe(PRODUCTS);
      expect(new Set(stored.map((d) => d._id))).toEqual(new Set(codes));
    } finally {
      await mongo.close();
    }
    // … and the check-ins: exactly one of each kind per user, and no job failed.
    const perUser = await pg.query<{ user_id: string; kind: string; n: string }>(
      `SELECT user_id, meta->>'kind' AS kind, count(*) AS n FROM agent_message WHERE meta->>'kind' LIKE 'checkin-%' GROUP BY 1, 2`,
    );
    expect(perUser.rows.length).toBe(2 * USERS);
    expect(perUser.rows.filter((r) => Number(r.n) !== 1)).toEqual([]);
    expect((await queues.queue('agents').getJobCounts('failed')).failed).toBe(0);
  }, 420_000);
});
