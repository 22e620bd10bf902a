import { createApiClient } from '@welness/contracts';
import type { TestApp, TestUser } from '@welness/testing';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Real Open Food Facts records beside the repository (../shared/data/off, ODbL). */
export const OFF_DATA_DIR = resolve(__dirname, '../../../../../shared/data/off');

/** A private IMPORTS_DIR with every shared data file, for the app under test. */
export function makeImportsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'web-e2e-imports-'));
  for (const file of readdirSync(OFF_DATA_DIR).filter((f) => f.endsWith('.jsonl'))) copyFileSync(join(OFF_DATA_DIR, file), join(dir, file));
  return dir;
}

/** Loads one shared file into the catalogue through the admin API (test setup, not under test). */
export async function importThroughApi(app: TestApp, admin: TestUser, file: string): Promise<void> {
  const api = createApiClient({ baseUrl: app.url, headers: admin.auth });
  const { data: started } = await api.POST('/api/v1/admin/imports', { body: { source: file } });
  if (!started) throw new Error(`import of ${file} did not start`);
  for (let i = 0; i < 600; i++) {
    const { data } = await api.GET('/api/v1/admin/imports/{id}', { params: { path: { id: started.id } } });
    if (data?.status === 'completed') return;
    if (data?.status === 'failed') throw new Error(`import of ${file} failed: ${data.error}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`import of ${file} did not finish`);
}
