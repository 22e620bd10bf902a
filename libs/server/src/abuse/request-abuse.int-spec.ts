import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { Snapshot, StateSnapshotter, diffSnapshots } from '../fuzz/state-snapshot.int-helpers';

/*
 * Oversized uploads and slow bodies, bounded by the limits in config: the scan photo (10 MB),
 * the Apple Health upload (ACTIVITY_IMPORT_MAX_BYTES), the CSV import's JSON body
 * (BODY_LIMIT_BYTES) answer 413 problem+json and store nothing; a body that trickles in is
 * answered 408 problem+json once BODY_READ_TIMEOUT_MS (plus a second per
 * BODY_MIN_BYTES_PER_SECOND bytes) has passed, while everyone else is served as usual.
 */
const LIMIT = 64 * 1024;

interface RawAnswer {
  head: string;
  body: string;
  /** Body bytes the client had sent when the answer arrived. */
  sentBeforeAnswer: number;
}

/**
 * Sends a request head, then `chunks` one by one every `gapMs`; resolves with the answer once
 * the server closes the connection (a server that kept it open would fail the test by timeout).
 */
function trickle(url: string, head: string, chunks: Buffer[], gapMs: number): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let sent = 0;
    let answeredAt = -1;
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    const next = (i: number): void => {
      if (i >= chunks.length || socket.destroyed || answeredAt >= 0) return;
      socket.write(chunks[i], () => {
        sent += chunks[i].length;
        timer = setTimeout(() => next(i + 1), gapMs);
      });
    };
    socket.on('data', (d: Buffer) => {
      if (answeredAt < 0) answeredAt = sent;
      received += d.toString('utf8');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const [h, ...rest] = received.split('\r\n\r\n');
      if (!received) reject(new Error('connection closed without an answer'));
      else resolve({ head: h, body: rest.join('\r\n\r\n'), sentBeforeAnswer: answeredAt });
    });
    socket.write(head, () => next(0));
  });
}

const split = (buf: Buffer, size: number): Buffer[] =>
  Array.from({ length: Math.ceil(buf.length / size) }, (_, i) => buf.subarray(i * size, (i + 1) * size));

describe('oversized uploads and slow bodies', () => {
  let t: TestApp;
  let user: TestUser;
  let importsDir: string;
  let snapshots: StateSnapshotter;
  let before: Snapshot;

  const leftovers = async () =>
    (await readdir(join(importsDir, 'activities')).catch(() => [] as string[])).length;
  const expectUnchanged = async () => expect(diffSnapshots(before, await snapshots.take())).toEqual([]);
  const expectProblem = async (res: Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status, title: expect.any(String) });
  };
  const multipart = (field: string, filename: string, type: string, content: Buffer) =>
    Buffer.concat([
      Buffer.from(
        `--b0undary\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      content,
      Buffer.from('\r\n--b0undary--\r\n'),
    ]);

  beforeAll(async () => {
    importsDir = await mkdtemp(join(tmpdir(), 'welness-abuse-'));
    t = await createTestApp({
      ACTIVITY_IMPORT_MAX_BYTES: String(LIMIT),
      BODY_LIMIT_BYTES: String(LIMIT),
      BODY_READ_TIMEOUT_MS: '1000',
      BODY_MIN_BYTES_PER_SECOND: '1000',
      IMPORTS_DIR: importsDir,
    });
    user = await signUp(t);
    snapshots = await StateSnapshotter.open(t.stores);
  });
  beforeEach(async () => {
    before = await snapshots.take();
  });
  afterAll(async () => {
    await snapshots?.close();
    await t?.close();
    await rm(importsDir, { recursive: true, force: true });
  });

  it('a scan photo over 10 MB is a 413 problem+json, and nothing is stored', async () => {
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.alloc(10 * 1024 * 1024 + 1024, 7),
    ]);
    const res = await fetch(`${t.url}/api/v1/products/scan`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=b0undary' },
      body: multipart('image', 'big.jpg', 'image/jpeg', jpeg),
    });
    await expectProblem(res, 413);
    await expectUnchanged();
  });

  it('an Apple Health upload over ACTIVITY_IMPORT_MAX_BYTES is a 413 problem+json: no import, no file left', async () => {
    const xml = Buffer.from(
      `<?xml version="1.0"?><HealthData>${'<Record type="HKQuantityTypeIdentifierStepCount" value="1"/>'.repeat(2000)}</HealthData>`,
    );
    expect(xml.length).toBeGreaterThan(LIMIT);
    const res = await fetch(`${t.url}/api/v1/activities/imports/apple-health`, {
      method: 'POST',
      headers: { ...user.auth, 'content-type': 'multipart/form-data; boundary=b0undary' },
      body: multipart('file', 'export.xml', 'text/xml', xml),
    });
    await expectProblem(res, 413);
    expect(await leftovers()).toBe(0);
    await expectUnchanged();
  });

  it('a CSV import over BODY_LIMIT_BYTES is a 413 problem+json: no import, no file', async () => {
    const csv = `started_at,type,duration_min\n${'2026-01-01T08:00:00Z,walking,30\n'.repeat(3000)}`;
    const res = await fetch(`${t.url}/api/v1/activities/imports/csv`, {
      method: 'POST',
      headers: user.headers,
      body: JSON.stringify({ csv }),
    });
    await expectProblem(res, 413);
    expect(await leftovers()).toBe(0);
    await expectUnchanged();
  });

  it('bodies that trickle in get 408 problem+json and are cut off, while other clients are served', async () => {
    const body = Buffer.from(JSON.stringify({ email: 'slow@example.test', password: 'x'.repeat(80) }));
    const head = `POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    // Five slow clients, one byte every 200 ms: each would need 20 s to send its body.
    const slow = Array.from({ length: 5 }, () => trickle(t.url, head, split(body, 1), 200));
    for (let i = 0; i < 5; i++) {
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
      expect((await fetch(`${t.url}/api/v1/me`, { headers: user.auth })).status).toBe(200);
    }
    for (const answer of await Promise.all(slow)) {
      expect(answer.head).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer.head.toLowerCase()).toContain('content-type: application/problem+json');
      expect(
        JSON.parse(answer.body.slice(answer.body.indexOf('{'), answer.body.lastIndexOf('}') + 1)),
      ).toMatchObject({ status: 408 });
      expect(answer.sentBeforeAnswer).toBeLessThan(body.length);
    }
    await expectUnchanged();
  });

  it('an upload that trickles in gets 408 and leaves no import and no file', async () => {
    const form = multipart(
      'file',
      'export.xml',
      'text/xml',
      Buffer.from(`<HealthData>${' '.repeat(2000)}</HealthData>`),
    );
    const head = `POST /api/v1/activities/imports/apple-health HTTP/1.1\r\nHost: x\r\nAuthorization: ${user.auth.authorization}\r\nContent-Type: multipart/form-data; boundary=b0undary\r\nContent-Length: ${form.length}\r\n\r\n`;
    const answer = await trickle(t.url, head, [form.subarray(0, 200), ...split(form.subarray(200), 2)], 200);
    expect(answer.head).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer.sentBeforeAnswer).toBeLessThan(form.length);
    for (let i = 0; i < 50 && (await leftovers()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await leftovers()).toBe(0);
    await expectUnchanged();
  });

  it('a slow but steady body, above the minimum rate, is read to the end', async () => {
    // 6 KB in 500-byte chunks every 150 ms: longer than BODY_READ_TIMEOUT_MS, each chunk earning 500 ms.
    const body = Buffer.from(JSON.stringify({ email: 'steady@example.test', password: 'y'.repeat(6000) }));
    const head = `POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    const answer = await trickle(t.url, head, split(body, 500), 150);
    expect(answer.sentBeforeAnswer).toBe(body.length);
    // Read whole and validated: the password is over its 200-character limit.
    expect(answer.head).toMatch(/^HTTP\/1\.1 400 /);
  });
});
