import { createTestApp, signUp, type TestApp } from '@welness/testing';
import { MongoClient } from 'mongodb';
import { classifyRecord } from '../domain';
import { makeImportsDir, readRecords } from '../../test/off-fixtures';

interface ImportBody {
  id: string;
  status: string;
  runs: number;
  processed: number;
  inserted: number;
  updated: number;
  rejected: number;
  checkpoint: { line: number; offset: number };
}

describe('import survives its worker stopping mid-file', () => {
  let first: TestApp;
  let second: TestApp | undefined;

  afterAll(async () => {
    await second?.close();
    await first?.stores.drop();
  });

  it('resumes from the checkpoint on a new worker and ends with exactly the products of the file', async () => {
    const dir = makeImportsDir();
    const env = { IMPORTS_DIR: dir, FACTS_IMPORT_BATCH_SIZE: '10' };
    first = await createTestApp(env);
    const admin = await signUp(first, { roles: ['admin'] });
    const file = 'off-csv-2026-random1000.csv.gz';
    const started = await fetch(`${first.url}/api/v1/admin/imports`, {
      method: 'POST',
      headers: admin.headers,
      body: JSON.stringify({ source: file, format: 'csv' }),
    });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as ImportBody;

    // Wait until part of the file is in, then stop the first app (API + worker) mid-import.
    let seen: ImportBody | undefined;
    for (let i = 0; i < 1200; i += 1) {
      seen = (await (await fetch(`${first.url}/api/v1/admin/imports/${id}`, { headers: admin.headers })).json()) as ImportBody;
      if (seen.checkpoint.line >= 100 || seen.status === 'completed') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(seen?.status).toBe('running');
    await first.app.close();

    // A new process on the same stores: BullMQ retries the job there, resuming after the checkpoint.
    second = await createTestApp({ ...first.stores.env, ...env });
    const admin2 = await signUp(second, { roles: ['admin'] });
    let done: ImportBody | undefined;
    for (let i = 0; i < 2400; i += 1) {
      done = (await (await fetch(`${second.url}/api/v1/admin/imports/${id}`, { headers: admin2.headers })).json()) as ImportBody;
      if (done.status === 'completed' || done.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const records = readRecords('off-csv-2026-random1000.jsonl');
    const codes = new Set(records.map((r) => classifyRecord(r)).flatMap((c) => ('code' in c ? [c.code] : [])));
    expect(done).toMatchObject({ status: 'completed', processed: records.length });
    expect(done!.runs).toBeGreaterThanOrEqual(2);
    // The batch written but not yet checkpointed when the worker stopped is applied again:
    // it counts as updated, and replaces itself.
    expect(done!.inserted + done!.updated).toBe(codes.size);
    expect(done!.updated).toBeLessThanOrEqual(2 * 10);
    console.log(`resumed import: runs ${done!.runs}, stopped after line ${seen!.checkpoint.line}, inserted ${done!.inserted}, re-applied (updated) ${done!.updated}`);

    const mongo = await MongoClient.connect(first.stores.env.MONGO_URL);
    try {
      const db = mongo.db(first.stores.env.MONGO_DB);
      const stored = await db.collection<{ _id: string }>('products').find({}, { projection: { _id: 1 } }).toArray();
      expect(stored.length).toBe(codes.size);
      expect(new Set(stored.map((d) => d._id))).toEqual(codes);
      expect(await db.collection('product_sources').countDocuments()).toBe(codes.size);
    } finally {
      await mongo.close();
    }
  }, 300_000);
});
