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
    // The public index.ts is allowed.
    expect(violations.filter((v) => v.to.endsWith('identity/src/index.ts'))).toEqual([]);
  }, 60_000);

  it('keep libs/nutrition free of stores and frameworks', async () => {
    const violations = await violationsOf([`${fixtures}/libs/nutrition`]);
    expect(violations.map((v) => v.rule)).toContain('nutrition-is-pure');
  }, 60_000);

  it('pass on the real code base', async () => {
    const violations = await violationsOf(['libs', 'apps/api', 'apps/worker']);
    expect(violations).toEqual([]);
  }, 120_000);
});
