import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { MongoClient } from 'mongodb';
import { Client } from 'pg';
import { TestApp, TestUser, apiCall, createTestApp, deleteRedisPrefix, signUp } from '@welness/testing';
import { writeOffSample } from './off-sample';

/*
 * Restore drill: a populated install is backed up live with `npm run backup`'s script, every
 * user's export is taken, PostgreSQL, the catalogue and Redis are wiped, `npm run restore`'s
 * script brings the backup back, and every user's export must come out byte for byte the same
 * (only `exportedAt`, the time of the request itself, is masked).
 */

const root = resolve(__dirname, '../../../..');
const run = promisify(execFile);

async function script(name: string, args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return run('bash', [join(root, 'scripts', name), ...args], { cwd: root, env: { ...process.env, ...env }, timeout: 300_000 });
}

describe('backup and restore drill', () => {
  let importsDir: string;
  let backupsDir: string;
  let t: TestApp;
  let env: Record<string, string>;
  const users: TestUser[] = [];
  const before = new Map<string, string>();

  const exportOf = async (app: TestApp, user: TestUser): Promise<string> => {
    const res = await fetch(`${app.url}/api/v1/me/export`, { headers: user.auth });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/"exportedAt":"[^"]+"/);
    return text.replace(/"exportedAt":"[^"]+"/, '"exportedAt":"(request time)"');
  };

  beforeAll(async () => {
    importsDir = mkdtempSync(join(tmpdir(), 'welness-drill-imports-'));
    backupsDir = mkdtempSync(join(tmpdir(), 'welness-drill-backups-'));
    writeOffSample(importsDir, 'off.jsonl', 60);
    t = await createTestApp({ IMPORTS_DIR: importsDir });
    env = t.stores.env;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    rmSync(importsDir, { recursive: true, force: true });
    rmSync(backupsDir, { recursive: true, force: true });
  }, 120_000);

  it('brings back every user export byte for byte, and the catalogue', async () => {
    // --- populate: a catalogue import, then users with profile, goal, diary, water, own product, chat
    const admin = await signUp(t, { roles: ['admin'] });
    const started = await apiCall<{ id: string }>(t, admin, 'POST', '/admin/imports', { source: 'off.jsonl' });
    expect(started.status).toBe(202);
    for (let i = 0; i < 600; i++) {
      const s = (await apiCall<{ status: string }>(t, admin, 'GET', `/admin/imports/${started.body.id}`)).body.status;
      if (s === 'completed') break;
      expect(s).not.toBe('failed');
      await new Promise((r) => setTimeout(r, 100));
    }
    users.push(admin);
    for (let i = 0; i < 3; i++) {
      const u = await signUp(t, { displayName: `Drill ${i}`, timeZone: 'Europe/Madrid' });
      users.push(u);
      const ok = (r: { status: number }) => expect(r.status, JSON.stringify(r)).toBeLessThan(300);
      ok(await apiCall(t, u, 'PATCH', '/me', { heightCm: 170 + i, sex: i % 2 ? 'female' : 'male', birthDate: '1990-05-0' + (i + 1), activityLevel: 'moderate' }));
      ok(await apiCall(t, u, 'POST', '/goals', { direction: 'lose', rateKgPerWeek: 0.5, targetWeightKg: 70 + i, targetDate: '2027-09-01' }));
      ok(await apiCall(t, u, 'POST', '/diary/entries', { kind: 'reference', foodKey: 'banana', quantity: 100 + i * 10, unit: 'g', slot: 'snacks', date: '2026-04-01' }));
      ok(await apiCall(t, u, 'POST', '/diary/water', { ml: 250 * (i + 1), date: '2026-04-01' }));
      ok(
        await apiCall(t, u, 'POST', '/products', {
          code: ['2000000000008', '2000000000015', '2000000000022'][i],
          name: `Drill bar ${i}`,
          nutrientsPer100g: { energyKcal: 400 + i, fat: 10, saturatedFat: 2, carbohydrates: 60, sugars: 20, fiber: 5, proteins: 9, salt: 0.5 },
        }),
      );
      const chat = await apiCall<{ id: string }>(t, u, 'POST', '/agents/conversations', {});
      ok(chat);
      ok(await apiCall(t, u, 'POST', `/agents/conversations/${chat.body.id}/messages`, { text: 'I had a banana for a snack' }));
    }
    const productBefore = await (await fetch(`${t.url}/api/v1/products/2000000000008`, { headers: users[1].auth })).text();

    // --- back up the running install
    const dir = join(backupsDir, 'drill');
    const out = await script('backup.sh', [dir], env);
    expect(out.stdout).toContain('backup: complete');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      catalogue: { collections: Record<string, { documents: number }> };
    };
    expect(manifest.catalogue.collections.products.documents).toBeGreaterThan(10);
    expect(manifest.catalogue.collections.user_products.documents).toBe(3);
    expect(existsSync(`${dir}.partial`)).toBe(false);
    for (const u of users) before.set(u.id, await exportOf(t, u));
    // The exports carry what was written, from PostgreSQL and the catalogue alike.
    for (const [i, u] of users.slice(1).entries()) {
      for (const part of [`Drill bar ${i}`, 'banana', 'I had a banana for a snack', `Drill ${i}`]) expect(before.get(u.id), part).toContain(part);
    }

    // --- lose everything
    await t.app.close();
    const pg = new Client({ connectionString: env.DATABASE_URL });
    await pg.connect();
    await pg.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await pg.end();
    const mongo = await MongoClient.connect(env.MONGO_URL);
    await mongo.db(env.MONGO_DB).dropDatabase();
    expect(await mongo.db(env.MONGO_DB).collection('products').countDocuments()).toBe(0);
    await mongo.close();
    await deleteRedisPrefix(env.REDIS_KEY_PREFIX);

    // --- restore: refused without --yes, then for real
    await expect(script('restore.sh', [dir], env)).rejects.toMatchObject({ stderr: expect.stringContaining('--yes') });
    const restored = await script('restore.sh', [dir, '--yes'], env);
    expect(restored.stdout).toContain('restore: complete');

    // --- same install again: every export and the catalogue are back
    const again = await createTestApp({ ...env, IMPORTS_DIR: importsDir });
    try {
      for (const u of users) expect(await exportOf(again, u), `export of ${u.email}`).toBe(before.get(u.id));
      expect(await (await fetch(`${again.url}/api/v1/products/2000000000008`, { headers: users[1].auth })).text()).toBe(productBefore);
      const m = await MongoClient.connect(env.MONGO_URL);
      try {
        for (const [name, c] of Object.entries(manifest.catalogue.collections)) {
          expect(await m.db(env.MONGO_DB).collection(name).countDocuments(), name).toBe(c.documents);
        }
      } finally {
        await m.close();
      }
    } finally {
      await again.close(); // drops the spare stores createTestApp made for it; afterAll drops the drill's
    }
  }, 600_000);
});
