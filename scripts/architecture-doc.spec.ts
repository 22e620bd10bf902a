import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');
const require = createRequire(__filename);

/**
 * What docs/architecture.md may not do: point outside the repository, name a file that does
 * not exist, or give a module map that differs from the allow-list `npm run lint` enforces.
 */
export function architectureDocProblems(markdown: string, allowed: Record<string, string[]>): string[] {
  const problems: string[] = [];
  for (const m of markdown.matchAll(/`([^`\s]+)`|\]\(([^)\s]+)\)/g)) {
    const ref = (m[1] ?? m[2]).replace(/[.,;:]+$/, '');
    const link = m[2] !== undefined;
    if (/^(\.\.\/|~)/.test(ref) || (link && /^(\/|[a-z]+:)/i.test(ref)))
      problems.push(`points outside the repository: ${ref}`);
    else if (/^(apps|libs|docs|scripts|tools|bench|docker|infra)\//.test(ref) && !/[<>*…{]/.test(ref)) {
      if (!existsSync(resolve(root, ref.replace(/#.*$/, ''))))
        problems.push(`names a path that does not exist: ${ref}`);
    }
  }
  for (const row of markdown.matchAll(/^\| `([a-z]+)` \|[^|]*\| ([^|]*) \|$/gm)) {
    const [, lib, imports] = row;
    if (!(lib in allowed)) {
      problems.push(`module map names ${lib}, which the allow-list does not`);
      continue;
    }
    if (lib === 'server') continue; // "every library above"
    const listed = imports.trim() === '—' ? [] : imports.split(',').map((s) => s.trim());
    if ([...listed].sort().join() !== [...allowed[lib]].sort().join())
      problems.push(
        `module map row ${lib} says ${listed.join(', ') || '—'}; the allow-list says ${allowed[lib].join(', ') || '—'}`,
      );
  }
  const mapped = new Set([...markdown.matchAll(/^\| `([a-z]+)` \|/gm)].map((r) => r[1]));
  for (const lib of Object.keys(allowed)) if (!mapped.has(lib)) problems.push(`module map lacks ${lib}`);
  return problems;
}

const allowed = (require(resolve(root, '.dependency-cruiser.cjs')) as { ALLOWED: Record<string, string[]> })
  .ALLOWED;

describe('docs/architecture.md', () => {
  it('find a pointer outside the repo, a missing file and a module map that disagrees (fixture)', () => {
    const fixture = readFileSync(resolve(root, 'tools/boundary-fixtures/docs/architecture.md'), 'utf8');
    expect(
      architectureDocProblems(fixture, {
        goals: ['platform', 'nutrition', 'identity'],
        meals: ['platform', 'nutrition', 'goals', 'facts'],
        progress: [],
      }),
    ).toEqual([
      'points outside the repository: ../shared/DESIGN.md',
      'names a path that does not exist: libs/progress/src/nowhere.ts',
      'module map row goals says platform, nutrition, identity, meals; the allow-list says platform, nutrition, identity',
      'module map lacks progress',
    ]);
  });

  it('is self-contained, names only real files and maps the modules as the lint rules order them', () => {
    expect(
      architectureDocProblems(readFileSync(resolve(root, 'docs/architecture.md'), 'utf8'), allowed),
    ).toEqual([]);
  });
});
