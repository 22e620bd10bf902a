import { spawn } from 'node:child_process';
import { AddressInfo, Server, createServer, connect } from 'node:net';
import { resolve } from 'node:path';
import { IsolatedStores, createIsolatedStores } from '@welness/testing';

const root = resolve(__dirname, '../../..');

/** Relays Redis traffic with a fixed delay, so a readiness probe stays in flight for a while. */
function slowRedisRelay(delayMs: number): Promise<Server> {
  const server = createServer((client) => {
    const upstream = connect(6379, '127.0.0.1');
    client.on('data', (d) => setTimeout(() => upstream.write(d), delayMs));
    upstream.on('data', (d) => setTimeout(() => client.write(d), delayMs));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

describe('graceful shutdown on SIGTERM', () => {
  let stores: IsolatedStores;
  let relay: Server;
  beforeAll(async () => {
    stores = await createIsolatedStores();
    relay = await slowRedisRelay(150);
  });
  afterAll(async () => {
    relay.close();
    await stores.drop();
  });

  it('finishes the in-flight request, then exits 0', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [resolve(root, 'dist/apps/api/src/main.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        ...stores.env,
        REDIS_URL: `redis://127.0.0.1:${(relay.address() as AddressInfo).port}/0`,
        PORT: String(port),
        HOST: '127.0.0.1',
        SERVE_WEB: 'false',
        LOG_LEVEL: 'warn',
        HEALTH_CHECK_TIMEOUT_MS: '3000',
        FACTS_SEED_SAMPLE: 'false',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      const ok = await fetch(`${url}/health/live`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    const inFlight = fetch(`${url}/health/ready`);
    await new Promise((r) => setTimeout(r, 50)); // the probe is now waiting on the slow relay
    child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await exited).toBe(0);
    // After shutdown nothing listens any more.
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();
  }, 90_000);
});
