import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, loadConfig } from '@welness/platform';
import { createHttpApp } from '@welness/server';
import { IsolatedStores, createIsolatedStores } from './test-stores';

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  config: AppConfig;
  stores: IsolatedStores;
  close(): Promise<void>;
}

/**
 * Boots the real application (HTTP + in-process worker) on a random loopback port against
 * its own databases. `close` shuts it down and drops those databases.
 */
export interface TestAppOptions {
  /** Also serve the built SPA (WEB_DIST_DIR, default dist/web) for browser tests. */
  serveWeb?: boolean;
  /** 'api' serves HTTP without the in-process worker: enqueued jobs wait instead of running. */
  role?: 'api' | 'all';
}

export async function createTestApp(
  env: Record<string, string> | ((stores: IsolatedStores) => Record<string, string>) = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const stores = await createIsolatedStores();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DB_POOL_SIZE: '4',
    // Tests start from an empty catalogue; the seed has its own test.
    FACTS_SEED_SAMPLE: 'false',
    ...stores.env,
    // A function sees the test's own stores, e.g. to reach its database through a relay.
    ...(typeof env === 'function' ? env(stores) : env),
  });
  const app = await createHttpApp(config, { role: options.role ?? 'all', serveWeb: options.serveWeb ?? false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    config,
    stores,
    async close() {
      await app.close();
      await stores.drop();
    },
  };
}
