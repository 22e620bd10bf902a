import { TEST_MONGO_URL, TcpRelay, TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { Probe, ProbeResult, idempotent, isProblem, probe, quickEntry, until, withProfile } from './fault-probe.int-helpers';

/**
 * The MongoDB-wire server holds only the food catalogue: while it is unreachable the catalogue's
 * routes answer 503 with Retry-After, and everything kept in PostgreSQL and Redis — the diary,
 * summaries, targets, the coach — carries on.
 */
describe('MongoDB-wire server outage', () => {
  const mongo = new URL(TEST_MONGO_URL);
  const relay = new TcpRelay({ host: mongo.hostname, port: Number(mongo.port || 27017) });
  const DAY = '2026-03-03';
  let t: TestApp;
  let user: TestUser;
  // One conversation per concurrent copy: a second message while one is answered is a 409 by design.
  const conversations: string[] = [];
  let code = 0;
  // A code no test has looked up, so neither cache can answer for the catalogue.
  const coldBarcode = () => `2000000${String(Date.now() % 100000).padStart(5, '0')}${code++ % 10}`;

  beforeAll(async () => {
    await relay.start();
    t = await createTestApp({ MONGO_URL: `mongodb://127.0.0.1:${relay.port}/` });
    user = await signUp(t);
    await withProfile(t, user);
    for (let i = 0; i < 2; i++) {
      const conv = await fetch(`${t.url}/api/v1/agents/conversations`, { method: 'POST', headers: user.headers, body: '{}' });
      conversations.push(((await conv.json()) as { id: string }).id);
    }
  });
  afterAll(async () => {
    await t?.close();
    await relay.stop();
  });

  const catalogue = (): Probe[] => [
    { name: 'GET /products/{barcode}', method: 'GET', path: `/api/v1/products/${coldBarcode()}` },
    { name: 'GET /products?q=', method: 'GET', path: `/api/v1/products?q=oat${code++}` },
  ];
  const unaffected = (copy = 0): Probe[] => [
    { name: 'POST /diary/entries', method: 'POST', path: '/api/v1/diary/entries', body: () => quickEntry(DAY), headers: idempotent },
    { name: 'GET /diary', method: 'GET', path: `/api/v1/diary?date=${DAY}` },
    { name: 'GET /summary/daily', method: 'GET', path: `/api/v1/summary/daily?date=${DAY}` },
    { name: 'GET /summary/weekly', method: 'GET', path: `/api/v1/summary/weekly?weekOf=2026-03-02` },
    { name: 'GET /targets', method: 'GET', path: '/api/v1/targets' },
    { name: 'GET /me', method: 'GET', path: '/api/v1/me' },
    { name: 'POST chat message', method: 'POST', path: `/api/v1/agents/conversations/${conversations[copy]}/messages`, body: () => ({ text: 'how am I doing today?' }) },
  ];
  const ok = (r: ProbeResult) => r.status >= 200 && r.status < 300;
  const diaryEntries = async () =>
    ((await (await fetch(`${t.url}/api/v1/diary?date=${DAY}`, { headers: user.auth })).json()) as { slots: { breakfast: unknown[] } })
      .slots.breakfast.length;

  it('answers 503 + Retry-After on catalogue routes while diary, summaries and chat keep working', async () => {
    for (const p of [...catalogue(), ...unaffected()]) {
      const r = await probe(t, user, p);
      expect(r.status === 404 || ok(r), `${r.name} before the outage: ${r.status} ${JSON.stringify(r.body)}`).toBe(true);
    }
    const before = await diaryEntries();

    await relay.stop();
    const results = (await Promise.all([0, 1].map((copy) => Promise.all([...catalogue(), ...unaffected(copy)].map((p) => probe(t, user, p)))))).flat();
    const byStatus: Record<number, number> = {};
    for (const r of results) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    console.log(`during the MongoDB outage: ${results.length} requests, by status ${JSON.stringify(byStatus)}`);
    const catalogueNames = new Set(catalogue().map((p) => p.name));
    for (const r of results) {
      if (catalogueNames.has(r.name)) {
        expect(r.status, `${r.name} during the outage: ${JSON.stringify(r.body)}`).toBe(503);
        expect(isProblem(r)).toBe(true);
        expect(Number(r.retryAfter)).toBeGreaterThan(0);
        expect(JSON.stringify(r.body)).not.toMatch(/Mongo|stack|at /);
      } else {
        expect(ok(r), `${r.name} during the outage: ${r.status} ${JSON.stringify(r.body)}`).toBe(true);
      }
    }
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await diaryEntries()).toBe(before + 2);

    await relay.start(relay.port);
    const recoveryMs = await until(async () => {
      const r = await probe(t, user, catalogue()[0]);
      return r.status === 404;
    }, 60_000, 250);
    console.log(`catalogue answered again ${recoveryMs} ms after the MongoDB-wire server came back`);
    expect((await probe(t, user, catalogue()[1])).status).toBe(200);
    await until(async () => (await fetch(`${t.url}/health/ready`)).status === 200, 30_000);
    expect(await diaryEntries()).toBe(before + 2);
  });
});
