import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { resolve } from 'node:path';
import { CatalogueSeedService } from './catalogue-seed.service';

// The sample shipped in the repository, as `npm start` finds it (never ../shared at run time).
const SAMPLE = resolve(__dirname, '../../../../data/off-sample/products.jsonl.gz');

interface ImportView {
  id: string;
  source: string;
  status: string;
  processed: number;
  inserted: number;
  percent: number | null;
}

describe('the sample catalogue on a new install', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ FACTS_SEED_SAMPLE: 'true', FACTS_SEED_FILE: SAMPLE });
    admin = await signUp(t, { roles: ['admin'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  const imports = async (): Promise<ImportView[]> => {
    const res = await fetch(`${t.url}/api/v1/admin/imports`, { headers: admin.auth });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: ImportView[] }).items;
  };

  it('imports itself at boot through the normal pipeline; its products answer by barcode', async () => {
    let product: Response | undefined;
    for (let i = 0; i < 240; i++) {
      product = await fetch(`${t.url}/api/v1/products/3596710387557`);
      const [row] = await imports();
      if (product.status === 200 && row?.status === 'completed') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(product?.status).toBe(200);
    const body = (await product!.json()) as { code: string; name: string | null };
    expect(body.code).toBe('3596710387557');

    // The admin console shows it like any other import: one row, completed, every line read.
    const rows = await imports();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: SAMPLE, status: 'completed', processed: 2105 });
    expect(rows[0].inserted).toBeGreaterThan(2000);
  });

  it('does nothing on the next boot, or on another instance, once the catalogue holds products', async () => {
    const seed = t.app.get(CatalogueSeedService);
    expect((await seed.seedIfEmpty()).outcome).toBe('catalogue-not-empty');
    expect(await imports()).toHaveLength(1);
  });
});
