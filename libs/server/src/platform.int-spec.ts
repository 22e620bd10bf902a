import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Db } from 'mongodb';
import Redis from 'ioredis';
import { MONGO_DB, QueueService, REDIS } from '@welness/platform';
import { TestApp, createTestApp } from '@welness/testing';

describe('platform against the real stores', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reports every store ready', async () => {
    const res = await fetch(`${t.url}/health/ready`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { checks: { name: string; status: string }[] };
    expect(body.checks.map((c) => `${c.name}:${c.status}`).sort()).toEqual(['mongodb:up', 'postgres:up', 'redis:up']);
  });

  it('answers liveness, with the security headers', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(((await res.json()) as { status: string }).status).toBe('ok');
  });

  it('PostgreSQL: migrations table exists in the isolated database and round-trips a value', async () => {
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const [{ db }] = (await ds.query('SELECT current_database() AS db')) as { db: string }[];
    expect(db).toBe(`welness_${t.stores.id}`);
    const rows = (await ds.query(`SELECT to_regclass('public.schema_migrations') AS t`)) as { t: string | null }[];
    expect(rows[0].t).toBe('schema_migrations');
  });

  it('Redis: keys land under the per-test prefix', async () => {
    const redis = t.app.get<Redis>(REDIS);
    await redis.set('probe', 'v', 'EX', 30);
    const raw = new Redis(t.config.REDIS_URL);
    try {
      expect(await raw.get(`${t.config.REDIS_KEY_PREFIX}probe`)).toBe('v');
    } finally {
      raw.disconnect();
    }
  });

  it('MongoDB-wire server: writes and reads a document with a multikey index', async () => {
    const db = t.app.get<Db>(MONGO_DB);
    const col = db.collection<{ _id: string; tags: string[] }>('probe');
    await col.createIndex({ tags: 1 });
    await col.createIndex({ tags: 1 }); // idempotent
    await col.insertOne({ _id: 'a', tags: ['x', 'y'] });
    expect(await col.findOne({ tags: 'y' })).toEqual({ _id: 'a', tags: ['x', 'y'] });
  });

  it('BullMQ: a job enqueued by the API is run by the in-process worker', async () => {
    const queues = t.app.get(QueueService);
    const job = await queues.add('system', 'system.ping', { echo: 'hello' });
    const { QueueEvents } = await import('bullmq');
    const { bullConnection, bullPrefix } = await import('@welness/platform');
    const events = new QueueEvents('system', { connection: bullConnection(t.config), prefix: bullPrefix(t.config) });
    try {
      const result = (await job.waitUntilFinished(events, 15000)) as { echo: string };
      expect(result.echo).toBe('hello');
    } finally {
      await events.close();
    }
  });

  it('answers unknown API routes with problem+json, never HTML or a stack', async () => {
    const res = await fetch(`${t.url}/api/v1/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 404, title: 'Not found' });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await fetch(`${t.url}/api/v1/meta`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{bad',
    });
    expect([400, 404]).toContain(res.status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('exposes Prometheus metrics with route templates and queue gauges', async () => {
    await fetch(`${t.url}/api/v1/meta`);
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/meta"/);
    expect(text).toMatch(/queue_jobs\{queue="system",state="waiting"\}/);
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('serves OpenAPI at /api/docs', async () => {
    const res = await fetch(`${t.url}/api/docs/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(doc.paths['/api/v1/meta']).toBeDefined();
    expect((await fetch(`${t.url}/api/docs`)).status).toBe(200);
  });
});
