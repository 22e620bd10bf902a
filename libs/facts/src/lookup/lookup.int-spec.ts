import { createTestApp, signUp, startFakeOff, type FakeOffServer, type TestApp } from '@welness/testing';
import { ImportsService } from '../imports/imports.service';
import { ImportRunner } from '../imports/import.runner';
import { makeImportsDir, readRecords } from '../../test/off-fixtures';
import { join } from 'node:path';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
}

async function importFile(t: TestApp, path: string): Promise<void> {
  const row = await t.app.get(ImportsService, { strict: false }).create(path, undefined, null);
  const done = await t.app.get(ImportRunner, { strict: false }).run(row.id);
  expect(done.status).toBe('completed');
}

const get = (t: TestApp, path: string, headers: Record<string, string> = {}) => fetch(`${t.url}/api/v1${path}`, { headers });

describe('barcode lookup', () => {
  let t: TestApp;
  let off: FakeOffServer;
  // A real record under another code, with its localized names removed so `product_name` shows.
  const base = Object.fromEntries(Object.entries(readRecords('off-dump-2026-sample100.jsonl')[1]).filter(([k]) => !k.startsWith('product_name_')));
  const liveRecord = { ...base, code: '4006381333931', _id: '4006381333931', product_name: 'Live only product' };

  beforeAll(async () => {
    off = await startFakeOff({ '4006381333931': liveRecord });
    const dir = makeImportsDir();
    t = await createTestApp({
      IMPORTS_DIR: dir,
      FACTS_OFF_FALLBACK: 'true',
      FACTS_OFF_BASE_URL: off.url,
      FACTS_OFF_USER_AGENT: 'WelnessAI-test/1.0 (test@example.test)',
      FACTS_OFF_READS_PER_MINUTE: '3',
    });
    await importFile(t, join(dir, 'off-dump-2026-sample100.jsonl'));
    await importFile(t, join(dir, 'off-csv-2026-random1000.jsonl'));
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    await off?.close();
  });

  it('finds a 13-digit stored UPC-A by its 12 digits, and by its GTIN-14 form', async () => {
    for (const input of ['074027001999', '0074027001999', '00074027001999']) {
      const res = await get(t, `/products/${input}`);
      expect(res.status, input).toBe(200);
      expect(((await res.json()) as { code: string }).code).toBe('0074027001999');
    }
  });

  it('finds an EAN-8, a GTIN-14 with leading zeros, an exact code with a bad check digit and an in-store code', async () => {
    const cases: [string, string][] = [
      ['26053561', '26053561'],
      ['000026053561', '26053561'],
      ['08436553476535', '8436553476535'],
      ['8883000013054', '8883000013054'],
      ['92000111100677000229', '92000111100677000229'],
    ];
    for (const [input, code] of cases) {
      const res = await get(t, `/products/${input}`);
      expect(res.status, input).toBe(200);
      const body = (await res.json()) as { code: string; dataQuality: { warnings: string[] } };
      expect(body.code, input).toBe(code);
      if (code === '8883000013054') expect(body.dataQuality.warnings).toContain('check-digit-invalid');
    }
  });

  it('answers 400 problem+json explaining why for non-digits and absurd lengths', async () => {
    for (const [input, reason] of [['abc', 'digits'], ['1'.repeat(40), 'at most 24'], ['1234', 'at least 8']]) {
      const res = await get(t, `/products/${input}`);
      expect(res.status, input).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const body = (await res.json()) as ProblemBody;
      expect(body.type).toContain('invalid-barcode');
      expect(body.detail).toContain(reason);
    }
  });

  it('returns the documented shape with nutrients, Nutri-Score components and the ODbL source', async () => {
    const res = await get(t, '/products/0000101209159?lang=fr');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & {
      nutrientsPer100g: Record<string, number | null>;
      nutriScore: { version: string; computed: { components: { negative: unknown[]; positive: unknown[] } } | null };
      source: Record<string, string>;
    };
    expect(body.name).toBe('Véritable pâte à tartiner noisettes chocolat noir');
    expect(Object.keys(body.nutrientsPer100g).sort()).toEqual(
      ['carbohydrates', 'energyKcal', 'energyKj', 'fat', 'fiber', 'proteins', 'salt', 'saturatedFat', 'sodium', 'sugars'],
    );
    expect(body.nutriScore.version).toBe('2023');
    expect(body.nutriScore.computed?.components.negative.length).toBeGreaterThan(0);
    expect(body.source).toMatchObject({ name: 'Open Food Facts', license: 'ODbL', url: 'https://world.openfoodfacts.org/product/0000101209159' });
    for (const key of ['brands', 'allergens', 'traces', 'categories', 'labels', 'diet', 'nova', 'imageUrl', 'dataQuality', 'servingQuantityG']) {
      expect(body, key).toHaveProperty(key);
    }
  });

  it('caches hits and misses in Redis and drops them when the code is imported', async () => {
    const redisKeys = async (): Promise<string[]> => {
      const { default: Redis } = await import('ioredis');
      const redis = new Redis(t.config.REDIS_URL);
      const keys = await redis.keys(`${t.config.REDIS_KEY_PREFIX}facts:lookup:*`);
      redis.disconnect();
      return keys;
    };
    await get(t, '/products/0000105000011');
    expect(await redisKeys()).toContain(`${t.config.REDIS_KEY_PREFIX}facts:lookup:0000105000011`);
    const unknown = '5901234123457';
    const miss = await get(t, `/products/${unknown}`);
    expect(miss.status).toBe(404);
    expect(miss.headers.get('content-type')).toContain('application/problem+json');
    expect(await redisKeys()).toContain(`${t.config.REDIS_KEY_PREFIX}facts:lookup:${unknown}`);
    // Importing the code (here: a one-line delta) must make it visible at once.
    const { writeFileSync } = await import('node:fs');
    const delta = join(t.config.IMPORTS_DIR, 'delta-1.jsonl');
    writeFileSync(delta, `${JSON.stringify({ ...liveRecord, code: unknown, _id: unknown, product_name: 'Delta product' })}\n`);
    const row = await t.app.get(ImportsService, { strict: false }).create(delta, 'delta', null);
    await t.app.get(ImportRunner, { strict: false }).run(row.id);
    expect(await redisKeys()).not.toContain(`${t.config.REDIS_KEY_PREFIX}facts:lookup:${unknown}`);
    const hit = await get(t, `/products/${unknown}`);
    expect(hit.status).toBe(200);
    expect(((await hit.json()) as { name: string }).name).toBe('Delta product');
  });

  it('falls back to the live OFF API with a User-Agent, stores the answer, and keeps to the read budget', async () => {
    const first = await get(t, '/products/4006381333931');
    expect(first.status).toBe(200);
    expect(((await first.json()) as { name: string }).name).toBe('Live only product');
    expect(off.requests.at(-1)).toMatchObject({ path: '/api/v2/product/4006381333931.json', userAgent: 'WelnessAI-test/1.0 (test@example.test)' });
    const served = off.requests.length;
    // Stored in the catalogue: the next lookup (even with the cache dropped) does not call OFF.
    await get(t, '/products/4006381333931');
    expect(off.requests.length).toBe(served);
    // Unknown codes: each costs one read until the per-minute budget (3) is spent.
    const unknown = ['5012345678900', '5012345678917', '5012345678924', '5012345678931', '5012345678948', '5012345678955'];
    for (const code of unknown) expect((await get(t, `/products/${code}`)).status).toBe(404);
    const live = off.requests.length - served;
    expect(live).toBeGreaterThan(0);
    // Budget windows are calendar minutes: the run may straddle one boundary, never two.
    expect(live).toBeLessThanOrEqual(2 * 3 - 1);
    expect(live).toBeLessThan(unknown.length);
  });

  it('is public but knows the caller when a token is sent', async () => {
    const user = await signUp(t);
    expect((await get(t, '/products/0000105000011', user.auth)).status).toBe(200);
  });
});
