import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { MongoClient } from 'mongodb';
import { Client } from 'pg';

export const TEST_PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/';
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0';

export interface IsolatedStores {
  id: string;
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * A PostgreSQL database, a MongoDB database and a Redis key prefix of the caller's own, so
 * test files run in parallel without seeing each other's data.
 */
export async function createIsolatedStores(): Promise<IsolatedStores> {
  const id = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const dbName = `welness_${id}`;
  await withPgAdmin((c) => c.query(`CREATE DATABASE "${dbName}"`));
  const dbUrl = new URL(TEST_PG_ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const prefix = `${id}:`;
  return {
    id,
    env: {
      DATABASE_URL: dbUrl.toString(),
      MONGO_URL: TEST_MONGO_URL,
      MONGO_DB: dbName,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
    },
    async drop() {
      await withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
      const mongo = await MongoClient.connect(TEST_MONGO_URL, { serverSelectionTimeoutMS: 5000 });
      await mongo.db(dbName).dropDatabase().finally(() => mongo.close());
      await deleteRedisPrefix(prefix);
    },
  };
}

async function withPgAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function deleteRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
