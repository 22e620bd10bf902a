import 'reflect-metadata';
import { createDataSource, loadConfigOrExit } from '@welness/platform';
import { DATABASE } from '@welness/server';

/** `npm run db:migrate`: applies pending migrations and lists what ran. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const ds = createDataSource(config.DATABASE_URL, DATABASE, 2);
  await ds.initialize();
  const ran = await ds.runMigrations({ transaction: 'each' });
  process.stdout.write(ran.length ? ran.map((m) => `applied ${m.name}\n`).join('') : 'database is up to date\n');
  await ds.destroy();
}

main().catch((err: unknown) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
