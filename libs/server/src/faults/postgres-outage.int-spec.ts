import { TEST_PG_ADMIN_URL, TcpRelay, TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { randomUUID } from 'node:crypto';
import { Probe, ProbeResult, probe, quickEntry, until, withProfile } from './fault-probe.int-helpers';

interface Sample extends ProbeResult {
  at: number;
  key?: string;
}

/**
 * PostgreSQL restarts under traffic (every pooled connection dropped, new ones refused, then
 * accepted again): requests answer 503 with Retry-After meanwhile — none hangs past the pool's
 * connect timeout, none is a 500 — the pool serves again within 5 s of the server's return,
 * and diary writes retried with their Idempotency-Key end up stored exactly once.
 */
describe('PostgreSQL restart under traffic', () => {
  const pg = new URL(TEST_PG_ADMIN_URL);
  const relay = new TcpRelay({ host: pg.hostname, port: Number(pg.port || 5432) });
  const DAY = '2026-03-04';
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    await relay.start();
    t = await createTestApp((stores) => {
      const url = new URL(stores.env.DATABASE_URL);
      url.port = String(relay.port);
      return { DATABASE_URL: url.toString() };
    });
    user = await signUp(t);
    await withProfile(t, user);
  });
  afterAll(async () => {
    await t?.close();
    await relay.start(relay.port).catch(() => undefined);
    await relay.stop();
  });

  const reads: Probe[] = [
    { name: 'GET /me', method: 'GET', path: '/api/v1/me' },
    { name: 'GET /diary', method: 'GET', path: `/api/v1/diary?date=${DAY}` },
    { name: 'GET /summary/daily', method: 'GET', path: `/api/v1/summary/daily?date=${DAY}` },
  ];
  const write = (key: string): Probe => ({
    name: 'POST /diary/entries',
    method: 'POST',
    path: '/api/v1/diary/entries',
    body: () => quickEntry(DAY),
    headers: () => ({ 'idempotency-key': key }),
  });

  it('answers 503 while it is down, recovers within 5 s, and loses or doubles no diary write', async () => {
    const samples: Sample[] = [];
    let running = true;
    const loop = async (n: number) => {
      for (let i = n; running; i++) {
        const key = randomUUID();
        const p = i % 2 ? write(key) : reads[i % reads.length];
        samples.push({ ...(await probe(t, user, p)), at: Date.now(), key: p === reads[i % reads.length] ? undefined : key });
      }
    };
    const loops = [0, 1, 2, 3].map(loop);
    const count = (since: number, pred: (s: Sample) => boolean = () => true) => samples.filter((s) => s.at >= since && pred(s)).length;

    await until(async () => count(0, (s) => s.status < 300) >= 20, 30_000);
    const cutAt = Date.now();
    await relay.stop();
    await until(async () => count(cutAt, (s) => s.status === 503) >= 12, 60_000);
    await relay.start(relay.port);
    const restoredAt = Date.now();
    const recoveryMs = await until(async () => (await probe(t, user, reads[1])).status === 200, 30_000, 50);
    await until(async () => count(restoredAt, (s) => s.status < 300) >= 20, 30_000);
    running = false;
    await Promise.all(loops);

    const byStatus: Record<number, number> = {};
    for (const s of samples) byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
    const slowest = Math.max(...samples.map((s) => s.elapsedMs));
    console.log(
      `PostgreSQL restart: ${samples.length} requests, by status ${JSON.stringify(byStatus)}, slowest ${slowest} ms; pool served again ${recoveryMs} ms after the server returned`,
    );
    expect(recoveryMs).toBeLessThan(5000);
    // Only successes and 503s: no 500, and no request aborted by the client after 30 s (status 0).
    expect(Object.keys(byStatus).map(Number).filter((s) => s >= 300 && s !== 503)).toEqual([]);
    // No request outlived the pool's 5 s connect timeout by much (a hang would reach 30 s).
    expect(slowest).toBeLessThan(20_000);
    for (const s of samples.filter((x) => x.status === 503)) {
      expect(s.contentType).toContain('application/problem+json');
      expect(Number(s.retryAfter)).toBeGreaterThan(0);
    }

    // Every write whose answer was a 503 is retried with its key: each key ends as exactly one entry.
    const writes = samples.filter((s) => s.key);
    for (const w of writes.filter((x) => x.status === 503)) {
      const again = await probe(t, user, write(w.key!));
      expect([200, 201]).toContain(again.status);
    }
    const diary = (await (await fetch(`${t.url}/api/v1/diary?date=${DAY}`, { headers: user.auth })).json()) as {
      slots: { breakfast: { id: string }[] };
    };
    const stored = diary.slots.breakfast.length;
    console.log(`${writes.length} diary writes (${writes.filter((x) => x.status === 503).length} retried after a 503): ${stored} entries stored`);
    expect(stored).toBe(writes.length);
    expect(new Set(diary.slots.breakfast.map((e) => e.id)).size).toBe(stored);
  });
});
