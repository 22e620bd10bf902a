import { createIsolatedStores, type IsolatedStores } from '@welness/testing';
import { MongoClient } from 'mongodb';

/**
 * Local runs and CI use FerretDB 1.24, which answers `{_id: x}` with a sequential scan unless
 * scripts/services.sh applied tools/ferretdb/postgres-tuning.sql (a GIN index per collection
 * table, custom plans). Every barcode lookup and replace-by-code depends on it.
 */
describe('the MongoDB-wire server answers _id equality from an index', () => {
  let stores: IsolatedStores;
  let client: MongoClient;

  beforeAll(async () => {
    stores = await createIsolatedStores();
    client = await MongoClient.connect(stores.env.MONGO_URL);
  });

  afterAll(async () => {
    await client?.close();
    await stores?.drop();
  });

  it('uses an index for findOne by _id in a newly created collection', async () => {
    const collection = client.db(stores.env.MONGO_DB).collection<{ _id: string; n: number }>('tuning_probe');
    await collection.insertMany(Array.from({ length: 50 }, (_, n) => ({ _id: `code-${n}`, n })));
    const plan = JSON.stringify(await collection.find({ _id: 'code-7' }).explain());
    const build = await client.db('admin').command({ buildInfo: 1 });
    if (typeof build['ferretdbVersion'] === 'string') {
      // FerretDB reports PostgreSQL's plan: the GIN index from postgres-tuning.sql, no Seq Scan.
      expect(plan).toMatch(/_id_gin/);
      expect(plan).not.toMatch(/Seq Scan/);
    } else {
      // MongoDB / DocumentDB: the primary index.
      expect(plan).toMatch(/IDHACK|EXPRESS_IXSCAN|IXSCAN/);
    }
    expect(await collection.findOne({ _id: 'code-7' })).toEqual({ _id: 'code-7', n: 7 });
  });
});
