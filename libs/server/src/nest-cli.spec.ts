import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// nest-cli.json describes the monorepo as the build really is: one tsc program
// (tsconfig.build.json, rootDir ".", outDir "dist") for both apps and every library. These
// checks keep it true when an app, a library or a build setting changes.
const root = resolve(__dirname, '../../..');
const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as T;

interface NestProject {
  type: 'application' | 'library';
  root: string;
  sourceRoot: string;
  entryFile: string;
  compilerOptions?: { tsConfigPath?: string };
}
interface NestCli {
  monorepo: boolean;
  root: string;
  entryFile: string;
  compilerOptions: { builder: string; tsConfigPath: string };
  projects: Record<string, NestProject>;
}

const nest = read<NestCli>('nest-cli.json');
const pkg = read<{ scripts: Record<string, string> }>('package.json');
const build = read<{ compilerOptions: { outDir: string; rootDir: string }; include: string[] }>('tsconfig.build.json');
const base = read<{ compilerOptions: { paths: Record<string, string[]> } }>('tsconfig.base.json');

describe('nest-cli.json', () => {
  it('uses the compiler settings the build uses', () => {
    expect(nest.monorepo).toBe(true);
    expect(nest.compilerOptions).toMatchObject({ builder: 'tsc', tsConfigPath: 'tsconfig.build.json' });
    expect(pkg.scripts['build:server']).toContain(`tsc -p ${nest.compilerOptions.tsConfigPath}`);
    expect(build.compilerOptions).toMatchObject({ outDir: 'dist', rootDir: '.' });
  });

  it('lists every app and library in the tree, each compiled by the build', () => {
    const apps = readdirSync(resolve(root, 'apps')).filter((a) => existsSync(resolve(root, 'apps', a, 'src/main.ts')) && a !== 'web');
    const libs = readdirSync(resolve(root, 'libs'));
    expect(Object.keys(nest.projects).sort()).toEqual([...apps, ...libs].sort());
    for (const [name, p] of Object.entries(nest.projects)) {
      expect(existsSync(resolve(root, p.sourceRoot)), `${name}: ${p.sourceRoot}`).toBe(true);
      if (name === 'contracts') continue; // generated from OpenAPI, type-only: not part of the server build
      const compiled = build.include.some((glob) => new RegExp(`^${glob.replace('*', '[^/]+')}$`).test(p.sourceRoot));
      expect(compiled, `${name} is in tsconfig.build.json's include`).toBe(true);
    }
  });

  it("points each app's entry file at what the start scripts run", () => {
    const run = { api: 'start:api', worker: 'start:worker' } as const;
    for (const [name, script] of Object.entries(run)) {
      const app = nest.projects[name];
      expect(app.type).toBe('application');
      expect(existsSync(resolve(root, `${app.entryFile}.ts`))).toBe(true);
      expect(pkg.scripts[script]).toContain(`${build.compilerOptions.outDir}/${app.entryFile}.js`);
    }
    expect(nest.entryFile).toBe(nest.projects.api.entryFile);
  });

  it("maps each library to the @welness import path other modules use", () => {
    for (const [name, p] of Object.entries(nest.projects).filter(([, x]) => x.type === 'library')) {
      expect(base.compilerOptions.paths[`@welness/${name}`], name).toEqual([`${p.sourceRoot}/${p.entryFile}.ts`]);
    }
  });
});
