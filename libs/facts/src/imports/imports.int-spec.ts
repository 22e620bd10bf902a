import { ProductsRepository as ProductsRepositoryToken } from '../catalogue/products.repository';
import { classifyRecord } from '../domain';
import { createTestApp, signUp, type TestApp, type TestUser } from '@welness/testing';
import { makeImportsDir, offFiles, readRecords } from '../../test/off-fixtures';

interface ImportBody {
  id: string;
  status: string;
  processed: number;
  inserted: number;
  updated: number;
  rejected: number;
  bytesRead: number;
  totalBytes: number | null;
  progress: number | null;
  rowsPerSecond: number | null;
  etaSeconds: number | null;
  rejects: { reason: string; count: number; samples: { line: number; detail: string }[] }[];
}

async function runImport(t: TestApp, admin: TestUser, source: string, format?: string): Promise<ImportBody> {
  const res = await fetch(`${t.url}/api/v1/admin/imports`, { method: 'POST', headers: admin.headers, body: JSON.stringify({ source, format }) });
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as ImportBody;
  for (let i = 0; i < 600; i += 1) {
    const body = (await (await fetch(`${t.url}/api/v1/admin/imports/${id}`, { headers: admin.headers })).json()) as ImportBody;
    if (body.status === 'completed' || body.status === 'failed') return body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

describe('Open Food Facts import → lookup (every real fixture file)', () => {
  let t: TestApp;
  let admin: TestUser;
  let dir: string;

  beforeAll(async () => {
    dir = makeImportsDir();
    t = await createTestApp({ IMPORTS_DIR: dir, FACTS_IMPORT_BATCH_SIZE: '64' });
    admin = await signUp(t, { roles: ['admin'] });
  });
  afterAll(async () => t?.close());

  it('imports each JSONL file and the CSV export; every usable code is retrievable, the rest reported', async () => {
    const expected = new Map<string, string>();
    const sources: { file: string; records: Record<string, unknown>[]; format?: string }[] = [
      ...offFiles().map((file) => ({ file, records: readRecords(file) })),
      { file: 'off-csv-2026-random1000.csv.gz', records: readRecords('off-csv-2026-random1000.jsonl'), format: 'csv' },
    ];
    for (const { file, records, format } of sources) {
      const result = await runImport(t, admin, file, format);
      const usable = records.map((r) => classifyRecord(r)).filter((c): c is Extract<typeof c, { code: string }> => 'code' in c);
      for (const c of usable) expected.set(c.code, file);
      expect(result.status, file).toBe('completed');
      expect(result.processed, file).toBe(records.length);
      expect(result.inserted + result.updated, file).toBe(usable.length);
      expect(result.rejected, file).toBe(records.length - usable.length);
      expect(result.rejects.reduce((n, r) => n + r.count, 0), file).toBe(result.rejected);
      expect(result.bytesRead, file).toBe(result.totalBytes);
      console.log(`${file}: processed ${result.processed}, inserted ${result.inserted}, updated ${result.updated}, rejected ${result.rejected}`, result.rejects.map((r) => `${r.reason} ×${r.count}`));
    }
    let found = 0;
    const codes = [...expected.keys()];
    // A few lookups in flight at once: the check is about answers, not ordering.
    await Promise.all(
      Array.from({ length: 8 }, async (_, worker) => {
        for (let i = worker; i < codes.length; i += 8) {
          const res = await fetch(`${t.url}/api/v1/products/${codes[i]}`);
          expect(res.status, `GET /products/${codes[i]}`).toBe(200);
          const body = (await res.json()) as { code: string; source: { name: string; license: string } };
          expect(body.code).toBe(codes[i]);
          expect(body.source).toMatchObject({ name: 'Open Food Facts', license: 'ODbL' });
          found += 1;
        }
      }),
    );
    expect(found).toBe(expected.size);
  }, 600_000);

  it('reads nutrients from both dump layouts (legacy nutriments and schema 1003)', async () => {
    const dump = readRecords('off-dump-2026-sample100.jsonl');
    const layout1003 = dump.filter((r) => r['schema_version'] === 1003);
    expect(layout1003.length).toBeGreaterThan(0);
    const withEnergy = { legacy: 0, v1003: 0 };
    for (const record of dump) {
      const res = await fetch(`${t.url}/api/v1/products/${String(record['code'])}`);
      const body = (await res.json()) as { nutrientsPer100g: { energyKcal: number | null } };
      if (body.nutrientsPer100g.energyKcal === null) continue;
      if (record['schema_version'] === 1003) withEnergy.v1003 += 1;
      else withEnergy.legacy += 1;
    }
    expect(withEnergy.v1003).toBeGreaterThan(0);
    expect(withEnergy.legacy).toBeGreaterThan(0);
  }, 120_000);

  it('re-running a file is idempotent: no duplicates, nothing lost', async () => {
    const before = await t.app.get(ProductsRepositoryToken, { strict: false }).count();
    const again = await runImport(t, admin, 'off-dump-2026-sample100.jsonl.gz');
    expect(again.inserted).toBe(0);
    expect(again.updated).toBe(100 - again.rejected);
    expect(await t.app.get(ProductsRepositoryToken, { strict: false }).count()).toBe(before);
  }, 300_000);

  it('reports rejected lines by reason, with line numbers, and imports the rest', async () => {
    const result = await runImport(t, admin, 'off-with-broken-lines.jsonl');
    expect(result).toMatchObject({ status: 'completed', processed: 9, rejected: 4 });
    expect(result.inserted + result.updated).toBe(5);
    const byReason = Object.fromEntries(result.rejects.map((r) => [r.reason, r.samples.map((s) => s.line)]));
    expect(byReason).toEqual({
      'no usable code': [2],
      'code is not numeric': [4],
      'unparseable line': [6],
      'not an object': [8],
    });
    expect(result.rowsPerSecond).not.toBeNull();
    expect(result.etaSeconds).toBe(0);
    expect(result.progress).toBe(1);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/facts_import_rows_total\{outcome="rejected"\} [1-9]/);
    expect(metrics).toMatch(/facts_import_rejects_total\{reason="unparseable line"\} 1/);
    expect(metrics).toContain('facts_import_rows_per_second');
  }, 120_000);

  it('answers 400 for a source outside the imports directory and 404 for an unknown import', async () => {
    const bad = await fetch(`${t.url}/api/v1/admin/imports`, { method: 'POST', headers: admin.headers, body: JSON.stringify({ source: '../../etc/passwd' }) });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const missing = await fetch(`${t.url}/api/v1/admin/imports/00000000-0000-4000-8000-000000000000`, { headers: admin.headers });
    expect(missing.status).toBe(404);
    const user = await signUp(t);
    const forbidden = await fetch(`${t.url}/api/v1/admin/imports`, { headers: user.headers });
    expect(forbidden.status).toBe(403);
    const list = (await (await fetch(`${t.url}/api/v1/admin/imports?limit=2`, { headers: admin.headers })).json()) as { items: unknown[]; nextCursor: string | null };
    expect(list.items).toHaveLength(2);
    expect(list.nextCursor).not.toBeNull();
  });
});
