import { TcpRelay, TestApp, createTestApp } from '@welness/testing';

async function ready(url: string): Promise<{ status: number; elapsedMs: number; body: Record<string, unknown> }> {
  const started = Date.now();
  const res = await fetch(`${url}/health/ready`);
  return { status: res.status, elapsedMs: Date.now() - started, body: (await res.json()) as Record<string, unknown> };
}

describe('readiness when Redis goes away and comes back', () => {
  const relay = new TcpRelay({ host: '127.0.0.1', port: 6379 });
  let t: TestApp;

  beforeAll(async () => {
    await relay.start();
    t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${relay.port}/0` });
  });
  afterAll(async () => {
    await t?.close();
    await relay.stop();
  });

  it('answers 503 naming redis, keeps liveness, and recovers without a restart', async () => {
    expect((await ready(t.url)).status).toBe(200);

    const port = relay.port;
    await relay.stop();
    const down = await ready(t.url);
    expect(down.status).toBe(503);
    expect(String(down.body.detail)).toContain('redis');
    expect(down.body.detail).not.toContain('postgres');
    expect(down.elapsedMs).toBeLessThan(2000 * 5); // generous bound; the bench reports the real figure
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);

    await relay.start(port);
    let recovered = 0;
    for (let i = 0; i < 50 && recovered !== 200; i++) {
      await new Promise((r) => setTimeout(r, 200));
      recovered = (await ready(t.url)).status;
    }
    expect(recovered).toBe(200);
  });
});
