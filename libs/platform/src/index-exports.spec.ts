import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '../../..');
/** The business modules: their index.ts is an API other modules use, not a list of everything inside. */
const MODULES = [
  'identity',
  'coaches',
  'goals',
  'meals',
  'facts',
  'activities',
  'workouts',
  'progress',
  'bots',
  'agents',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Names a module's index.ts exports that no file outside the module imports from `@welness/<module>`. */
export function unusedIndexExports(base: string, modules: string[]): string[] {
  const files = ['libs', 'apps', 'bench']
    .map((d) => join(base, d))
    .filter((d) => {
      try {
        return statSync(d).isDirectory();
      } catch {
        return false;
      }
    })
    .flatMap(sources);
  const used = new Map<string, Set<string>>(modules.map((m) => [m, new Set()]));
  for (const file of files) {
    const owner = /^libs\/([^/]+)\//.exec(relative(base, file))?.[1];
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
    const visit = (node: ts.Node): void => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        const module = node.moduleSpecifier.text.match(/^@welness\/([a-z-]+)$/)?.[1];
        const names = module && module !== owner ? used.get(module) : undefined;
        if (names && ts.isImportDeclaration(node)) {
          const bindings = node.importClause?.namedBindings;
          if (bindings && ts.isNamedImports(bindings))
            for (const e of bindings.elements) names.add((e.propertyName ?? e.name).text);
          // `import * as x` uses everything.
          if (bindings && ts.isNamespaceImport(bindings)) names.add('*');
        }
        if (
          names &&
          ts.isExportDeclaration(node) &&
          node.exportClause &&
          ts.isNamedExports(node.exportClause)
        ) {
          for (const e of node.exportClause.elements) names.add((e.propertyName ?? e.name).text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    // `(await import('@welness/x')).Name` in specs.
    for (const m of text.matchAll(/import\('@welness\/([a-z-]+)'\)\)\.(\w+)/g))
      if (m[1] !== owner) used.get(m[1])?.add(m[2]);
  }
  const unused: string[] = [];
  for (const module of modules) {
    const index = join(base, 'libs', module, 'src', 'index.ts');
    const source = ts.createSourceFile(index, readFileSync(index, 'utf8'), ts.ScriptTarget.Latest, false);
    const names = used.get(module)!;
    for (const statement of source.statements) {
      if (!ts.isExportDeclaration(statement)) continue;
      if (!statement.exportClause) {
        unused.push(`${module}: export * (name each export)`);
        continue;
      }
      if (!ts.isNamedExports(statement.exportClause)) continue;
      for (const e of statement.exportClause.elements)
        if (!names.has(e.name.text) && !names.has('*')) unused.push(`${module}: ${e.name.text}`);
    }
  }
  return unused;
}

describe("modules' index.ts export only what other code uses", () => {
  it('find an export nothing outside its module imports (fixture)', () => {
    const fixture = resolve(root, 'tools/boundary-fixtures/exports');
    expect(unusedIndexExports(fixture, ['alpha'])).toEqual(['alpha: unused']);
  });

  it('find none on the real code base', () => {
    expect(unusedIndexExports(root, MODULES)).toEqual([]);
  }, 60_000);
});
