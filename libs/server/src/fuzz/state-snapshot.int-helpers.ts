import { createHash } from 'node:crypto';
import type { IsolatedStores } from '@welness/testing';
import Redis from 'ioredis';
import { MongoClient } from 'mongodb';
import { Client } from 'pg';

/** name → digest of every stored thing that a request could change. */
export type Snapshot = Map<string, string>;

/**
 * What changes by design whatever a request is answered: the audit log records access (every
 * coach request, even one then refused by validation); throttle windows and failed-login
 * counters count refused requests; caches (catalogue lookups and searches, summaries, user
 * state, the hot copy of core memory) fill on reads; active-user metrics count every signed-in
 * request. BullMQ keys are left to the queue counters.
 */
export const BY_DESIGN: Required<SnapshotOptions> = {
  ignoreTables: ['audit_events'],
  ignoreRedis:
    /^(throttle:|auth:fail:|bull:|facts:lookup:|facts:search:|summary:|user-state:|agent:mem:|metrics:)/,
};

export interface SnapshotOptions {
  /** Tables whose rows record access rather than data (e.g. the audit log of coach reads). */
  ignoreTables?: string[];
  /** Redis key families (after the app prefix) that are caches, counters or throttles by design. */
  ignoreRedis?: RegExp;
}

/**
 * Digests of the test app's own stores: every PostgreSQL table (row count and a checksum of its
 * rows), every MongoDB collection (count and a digest of its documents), every Redis key under
 * the app's prefix (type and DUMP digest), and the number of jobs in each BullMQ queue.
 */
export class StateSnapshotter {
  private constructor(
    private readonly pg: Client,
    private readonly mongo: MongoClient,
    private readonly redis: Redis,
    private readonly stores: IsolatedStores,
    private readonly tableQuery: string,
    private readonly ignoreRedis: RegExp | undefined,
  ) {}

  static async open(stores: IsolatedStores, options: SnapshotOptions = BY_DESIGN): Promise<StateSnapshotter> {
    const pg = new Client({ connectionString: stores.env.DATABASE_URL });
    await pg.connect();
    const tables = (
      await pg.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      )
    ).rows
      .map((r) => r.name)
      .filter((n) => n !== 'migrations' && !(options.ignoreTables ?? []).includes(n));
    const tableQuery = tables
      // An order-free checksum (the sum of each row's text hash): no sort, one pass per table.
      .map(
        (n) =>
          `SELECT '${n}' AS name, count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) AS digest FROM "${n}" x`,
      )
      .join(' UNION ALL ');
    const mongo = await MongoClient.connect(stores.env.MONGO_URL, { serverSelectionTimeoutMS: 5000 });
    const redis = new Redis(stores.env.REDIS_URL, { lazyConnect: false });
    return new StateSnapshotter(pg, mongo, redis, stores, tableQuery, options.ignoreRedis);
  }

  async take(): Promise<Snapshot> {
    const out: Snapshot = new Map();
    for (const row of (await this.pg.query<{ name: string; digest: string }>(this.tableQuery)).rows)
      out.set(`pg:${row.name}`, row.digest);
    const db = this.mongo.db(this.stores.env.MONGO_DB);
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      const docs = await db.collection(name).find({}).sort({ _id: 1 }).limit(5000).toArray();
      out.set(`mongo:${name}`, `${docs.length}:${digest(JSON.stringify(docs))}`);
    }
    const prefix = this.stores.env.REDIS_KEY_PREFIX;
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await this.redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    const own = keys.filter((k) => !this.ignoreRedis?.test(k.slice(prefix.length))).sort();
    const dumps = own.length ? await this.redis.pipeline(own.map((k) => ['dump', k])).exec() : [];
    own.forEach((k, i) => {
      const [, value] = dumps?.[i] ?? [];
      out.set(
        `redis:${k.slice(prefix.length)}`,
        digest(value === null || value === undefined ? 'gone' : String(value)),
      );
    });
    for (const queue of await this.redis.keys(`${prefix}bull:*:id`)) {
      out.set(`queue:${queue.slice(prefix.length)}`, (await this.redis.get(queue)) ?? '0');
    }
    return out;
  }

  async close(): Promise<void> {
    await this.pg.end();
    await this.mongo.close();
    this.redis.disconnect();
  }
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** What differs between two snapshots, one line per store entry. */
export function diffSnapshots(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  const out: string[] = [];
  for (const name of [...names].sort()) {
    const a = before.get(name);
    const b = after.get(name);
    if (a !== b) out.push(`${name}: ${a ?? '(absent)'} → ${b ?? '(absent)'}`);
  }
  return out;
}
