import 'reflect-metadata';
import { loadConfigOrExit } from '../config/load-config';
import { createDataSource } from '../database/data-source.factory';
import { rotateLocalEncryption } from './key-rotation';
import { LocalKeyProvider } from './local-key.provider';

/**
 * `npm run secrets:rotate-encryption`: moves every locally encrypted value (TOTP secrets, coach
 * notes, …) onto ENCRYPTION_LOCAL_KEY, opening the old ones with ENCRYPTION_PREVIOUS_KEYS.
 * Safe to run again; afterwards the previous keys can be removed. See docs/operations-secrets.md.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (config.ENCRYPTION_PROVIDER !== 'local') {
    process.stdout.write('ENCRYPTION_PROVIDER is not local: KMS rotates its own key material; nothing to do.\n');
    return;
  }
  const provider = new LocalKeyProvider(config.ENCRYPTION_LOCAL_KEY, config.ENCRYPTION_PREVIOUS_KEYS);
  const ds = createDataSource(config.DATABASE_URL, { entities: [], migrations: [] }, 2);
  await ds.initialize();
  try {
    const r = await rotateLocalEncryption(ds, provider);
    process.stdout.write(
      `columns: ${r.columns.join(', ') || '(none)'}\nre-wrapped: ${r.rewrapped}, already current: ${r.current}, unreadable: ${r.unreadable}\n`,
    );
    if (r.unreadable) {
      process.stdout.write('Some values open with none of the keys: add the key they were written with to ENCRYPTION_PREVIOUS_KEYS and run again.\n');
      process.exitCode = 2;
    } else if (config.ENCRYPTION_PREVIOUS_KEYS.length) {
      process.stdout.write('Every value is under the current key: ENCRYPTION_PREVIOUS_KEYS can now be removed.\n');
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`key rotation failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
