import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FakeOffServer, TestApp, TestUser, createTestApp, startFakeOff, apiCall as api, trackedUser } from '@welness/testing';

// A real Open Food Facts API record (ODbL): Guacamole, 3350030167509, 185 kcal/100 g.
function guacamole(): Record<string, unknown> {
  const file = resolve(__dirname, '../../../../../shared/data/off/off-api-2020-fr41.jsonl');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.includes('"3350030167509"')) continue;
    const rec = JSON.parse(line) as Record<string, unknown>;
    return (rec.product as Record<string, unknown>) ?? rec;
  }
  throw new Error('fixture record not found');
}

interface Entry {
  name: string;
  ref: string;
  nutrients: { energyKcal: number; fatG: number };
}

describe('logging catalogue products by barcode (facts lookup, fake OFF)', () => {
  let off: FakeOffServer;
  let t: TestApp;
  let u: TestUser;

  beforeAll(async () => {
    off = await startFakeOff({ '3350030167509': guacamole() });
    t = await createTestApp({
      FACTS_OFF_FALLBACK: 'true',
      FACTS_OFF_BASE_URL: off.url,
      FACTS_OFF_USER_AGENT: 'WelnessAI-test/1.0 (test@example.test)',
    });
    u = await trackedUser(t);
  });
  afterAll(async () => {
    await t?.close();
    await off?.close();
  });

  it('computes and stores the entry nutrients from the product per 100 g', async () => {
    const r = await api<Entry>(t, u, 'POST', '/diary/entries', {
      kind: 'product',
      barcode: '3350030167509',
      quantity: 50,
      unit: 'g',
      slot: 'lunch',
      date: '2026-05-01',
    });
    expect(r.status).toBe(201);
    expect(r.body.ref).toBe('3350030167509');
    expect(r.body.nutrients.energyKcal).toBeCloseTo(92.5, 1);
    expect(r.body.nutrients.fatG).toBeCloseTo(8.5, 1);
    const day = await api<{ totals: { energyKcal: number } }>(t, u, 'GET', '/diary?date=2026-05-01');
    expect(day.body.totals.energyKcal).toBeCloseTo(92.5, 1);
  });

  it('answers 404 for an unknown barcode and 400 for a malformed one', async () => {
    expect(
      (
        await api(t, u, 'POST', '/diary/entries', {
          kind: 'product',
          barcode: '4006381333931',
          quantity: 1,
          unit: 'g',
          slot: 'lunch',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await api(t, u, 'POST', '/diary/entries', {
          kind: 'product',
          barcode: '12345',
          quantity: 1,
          unit: 'g',
          slot: 'lunch',
        })
      ).status,
    ).toBe(400);
  });
});
