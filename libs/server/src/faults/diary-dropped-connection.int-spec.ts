import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { randomUUID } from 'node:crypto';
import { Server, Socket, connect, createServer } from 'node:net';
import { quickEntry, until } from './fault-probe.int-helpers';

/**
 * A loopback proxy in front of the API that forwards the request and cuts the connection at
 * the first byte of the answer: the server did the work, the client never heard of it.
 */
async function answerDroppingProxy(target: URL): Promise<{ url: string; dropped: () => number; close: () => Promise<void> }> {
  let dropped = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream);
    upstream.once('data', () => {
      dropped += 1;
      client.destroy();
      upstream.destroy();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    dropped: () => dropped,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

describe('a diary write whose answer is lost on a dropped connection', () => {
  const DAY = '2026-03-05';
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await signUp(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const breakfast = async () =>
    ((await (await fetch(`${t.url}/api/v1/diary?date=${DAY}`, { headers: user.auth })).json()) as { slots: { breakfast: { id: string }[] } })
      .slots.breakfast;

  it('retried with the same Idempotency-Key makes exactly one entry, and the retry returns it', async () => {
    const proxy = await answerDroppingProxy(new URL(t.url));
    const key = randomUUID();
    const body = JSON.stringify(quickEntry(DAY));
    const headers = { ...user.headers, 'idempotency-key': key };
    try {
      // Two attempts through the cutting proxy (the app retries, the connection drops again) …
      for (let attempt = 0; attempt < 2; attempt++) {
        await expect(fetch(`${proxy.url}/api/v1/diary/entries`, { method: 'POST', headers, body })).rejects.toThrow();
      }
      expect(proxy.dropped()).toBe(2);
    } finally {
      await proxy.close();
    }
    // … then one that gets through, concurrently with a duplicate.
    const [a, b] = await Promise.all(
      [0, 1].map(async () => {
        const res = await fetch(`${t.url}/api/v1/diary/entries`, { method: 'POST', headers, body });
        return { status: res.status, id: ((await res.json()) as { id: string }).id };
      }),
    );
    expect([200, 201]).toContain(a.status);
    expect([200, 201]).toContain(b.status);
    expect(b.id).toBe(a.id);
    await until(async () => (await breakfast()).length > 0, 10_000);
    const entries = await breakfast();
    expect(entries.map((e) => e.id)).toEqual([a.id]);

    // A different key is a different entry (the key, not the body, identifies the write).
    const other = await fetch(`${t.url}/api/v1/diary/entries`, {
      method: 'POST',
      headers: { ...user.headers, 'idempotency-key': randomUUID() },
      body,
    });
    expect(other.status).toBe(201);
    expect((await breakfast()).length).toBe(2);
  });

  it('a request cut before its body arrived stores nothing, and its retry stores one entry', async () => {
    const key = randomUUID();
    const body = JSON.stringify(quickEntry('2026-03-06'));
    const url = new URL(t.url);
    const socket = connect(Number(url.port), url.hostname);
    await new Promise((r) => socket.once('connect', r));
    const head =
      `POST /api/v1/diary/entries HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: ${user.auth.authorization}\r\n` +
      `Content-Type: application/json\r\nIdempotency-Key: ${key}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    socket.write(head + body.slice(0, Math.floor(body.length / 2)));
    socket.destroy();
    const day = async () =>
      ((await (await fetch(`${t.url}/api/v1/diary?date=2026-03-06`, { headers: user.auth })).json()) as { slots: { breakfast: unknown[] } })
        .slots.breakfast.length;
    expect(await day()).toBe(0);
    const res = await fetch(`${t.url}/api/v1/diary/entries`, { method: 'POST', headers: { ...user.headers, 'idempotency-key': key }, body });
    expect(res.status).toBe(201);
    expect(await day()).toBe(1);
  });
});
