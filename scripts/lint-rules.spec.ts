import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';

const root = resolve(__dirname, '..');
const fixtures = resolve(root, 'tools/boundary-fixtures/lint');

/** Lints a fixture as if it were the given file of the repository; the messages of no-restricted-syntax. */
async function restricted(fixture: string, asFile: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(readFileSync(join(fixtures, fixture), 'utf8'), { filePath: resolve(root, asFile) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const SCREEN = 'apps/web/src/features/activities/fixture.tsx';

describe('house rules that ESLint enforces (npm run lint)', () => {
  it('reject `as unknown as` in the web, tests included', async () => {
    expect(await restricted('cast.tsx', SCREEN)).toEqual([expect.stringMatching(/^No `as unknown as`/)]);
    expect(await restricted('cast.tsx', 'apps/web/src/api/tracking.api.ts')).toEqual([expect.stringMatching(/^No `as unknown as`/)]);
    expect(await restricted('cast.tsx', 'apps/web/src/features/diary/diary.test.tsx')).toEqual([expect.stringMatching(/^No `as unknown as`/)]);
  }, 60_000);

  it('reject inline query keys and local key registries outside api/query-keys.ts', async () => {
    expect(await restricted('inline-key.tsx', SCREEN)).toEqual([
      expect.stringMatching(/^Query keys live in api\/query-keys\.ts/),
      expect.stringMatching(/^Query keys live in api\/query-keys\.ts/),
    ]);
    expect(await restricted('local-keys.tsx', 'apps/web/src/hooks/use-fixture.ts')).toEqual([
      expect.stringMatching(/^Query keys live in api\/query-keys\.ts, not in a local constant/),
    ]);
    expect(await restricted('inline-key.tsx', 'apps/web/src/api/query-keys.ts')).toEqual([]);
  }, 60_000);

  it('reject calls to the API client outside api/', async () => {
    expect(await restricted('api-call.tsx', SCREEN)).toEqual([expect.stringMatching(/^Calls to the API live in api\/\*\.api\.ts/)]);
    expect(await restricted('api-call.tsx', 'apps/web/src/api/activities.api.ts')).toEqual([]);
  }, 60_000);

  it('reject a copy of kJ per kcal outside libs/nutrition', async () => {
    expect(await restricted('kj.ts', 'libs/meals/src/products/fixture.ts')).toEqual([expect.stringMatching(/^kJ per kcal is KJ_PER_KCAL/)]);
    expect(await restricted('kj.ts', SCREEN)).toEqual([expect.stringMatching(/^kJ per kcal is KJ_PER_KCAL/)]);
    expect(await restricted('kj.ts', 'libs/nutrition/src/units/fixture.ts')).toEqual([]);
  }, 60_000);

  it('accept a screen that follows them', async () => {
    expect(await restricted('allowed.tsx', SCREEN)).toEqual([]);
  }, 60_000);

  it('pass on the web as it is, and no `as unknown as` is left in apps/web/src even in comments', async () => {
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles(['apps/web/src']);
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => `${r.filePath}: ${m.message}`))).toEqual([]);
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    const casts = walk(resolve(root, 'apps/web/src')).filter((f) => readFileSync(f, 'utf8').includes('as unknown as'));
    expect(casts).toEqual([]);
  }, 120_000);
});
