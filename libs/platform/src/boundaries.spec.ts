import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { cruise, type IReporterOutput } from 'dependency-cruiser';

const require = createRequire(__filename);
const root = resolve(__dirname, '../../..');
const fixtures = 'tools/boundary-fixtures';

async function violationsOf(paths: string[]): Promise<{ rule: string; from: string; to: string }[]> {
  const config = require(resolve(root, '.dependency-cruiser.cjs')) as { forbidden: unknown[]; options: object };
  const result: IReporterOutput = await cruise(
    paths,
    { ...config.options, validate: true, exclude: { path: ['(^|/)dist/'] }, ruleSet: { forbidden: config.forbidden } } as never,
  );
  if (typeof result.output === 'string') throw new Error('unexpected string output');
  return result.output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('module boundary rules (npm run lint)', () => {
  const cwd = process.cwd();
  beforeAll(() => process.chdir(root));
  afterAll(() => process.chdir(cwd));

  it("reject a module importing another module's entity", async () => {
    const violations = await violationsOf([`${fixtures}/libs/meals`]);
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'module-entity-or-repository-import', to: expect.stringMatching(/user\.entity\.ts$/) }),
        expect.objectContaining({ rule: 'module-deep-import', to: expect.stringMatching(/user\.entity\.ts$/) }),
      ]),
    );
    // The public index.ts is not a deep import (the module order is another rule).
    expect(violations.filter((v) => v.rule === 'module-deep-import' && v.to.endsWith('identity/src/index.ts'))).toEqual([]);
  }, 60_000);

  it('keep libs/nutrition free of stores and frameworks', async () => {
    const violations = await violationsOf([`${fixtures}/libs/nutrition`]);
    expect(violations.map((v) => v.rule)).toContain('nutrition-is-pure');
  }, 60_000);

  it('reject an upward import that closes no cycle (the module order is an allow-list)', async () => {
    const violations = await violationsOf([`${fixtures}/libs/goals/src/upward.ts`]);
    expect(violations).toEqual([
      expect.objectContaining({ rule: 'module-order', to: expect.stringMatching(/libs\/meals\/src\/index\.ts$/) }),
    ]);
  }, 60_000);

  it("let a spec boot the app but not import a module above its own", async () => {
    const violations = await violationsOf([`${fixtures}/libs/goals/src/upward.spec.ts`]);
    expect(violations).toEqual([
      expect.objectContaining({ rule: 'module-order-tests', to: expect.stringMatching(/libs\/bots\/src\/index\.ts$/) }),
    ]);
  }, 60_000);

  it('keep @welness/testing out of production code, test helpers excepted', async () => {
    const violations = await violationsOf([`${fixtures}/libs/server`]);
    const testing = violations.filter((v) => v.rule === 'production-code-does-not-import-testing');
    expect(testing).toEqual([expect.objectContaining({ from: expect.stringMatching(/server\/src\/probe\.ts$/) })]);
  }, 60_000);

  it('keep TypeORM out of services (repositories hold I/O)', async () => {
    const violations = await violationsOf([`${fixtures}/libs/meals/src/plans.service.ts`]);
    expect(violations).toEqual([
      expect.objectContaining({ rule: 'services-hold-no-typeorm', to: expect.stringMatching(/node_modules\/typeorm\//) }),
    ]);
  }, 60_000);

  it('reject a cycle made of type-only imports', async () => {
    const violations = await violationsOf([`${fixtures}/libs/agents`]);
    expect(violations.map((v) => v.rule)).toContain('no-circular');
  }, 60_000);

  it('hold apps/ and bench/ to the rules: index.ts only, api through server, web through the contract', async () => {
    const violations = await violationsOf([`${fixtures}/bench`, `${fixtures}/apps`]);
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'app-deep-import', from: expect.stringMatching(/bench\/deep\.bench\.ts$/) }),
        expect.objectContaining({ rule: 'apps-use-the-composition-root', from: expect.stringMatching(/apps\/api\/src\/main\.ts$/) }),
        expect.objectContaining({ rule: 'web-uses-the-contract', from: expect.stringMatching(/apps\/web\/src\/page\.tsx$/) }),
      ]),
    );
  }, 60_000);

  it('pass on the real code base', async () => {
    const violations = await violationsOf(['libs', 'apps', 'bench']);
    expect(violations).toEqual([]);
  }, 180_000);
});
