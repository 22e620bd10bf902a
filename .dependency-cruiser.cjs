/**
 * Module boundaries of the monolith (see docs/architecture.md, "Module map"). `npm run lint`
 * fails on any violation; libs/platform/src/boundaries.spec.ts proves each rule bites on a
 * fixture under tools/boundary-fixtures/ and passes on the tree.
 */

/**
 * The module order as an allow-list: each library may import only the libraries listed for it
 * (through their index.ts). Anything not listed is forbidden, so an upward import fails here
 * even when it does not close a cycle. `server` composes every module; `testing` boots it.
 */
const ALLOWED = {
  nutrition: [],
  contracts: [],
  platform: [],
  identity: ['platform', 'nutrition'],
  goals: ['platform', 'nutrition', 'identity'],
  facts: ['platform', 'nutrition'],
  activities: ['platform', 'nutrition', 'goals'],
  workouts: ['platform', 'nutrition', 'goals'],
  meals: ['platform', 'nutrition', 'goals', 'facts'],
  progress: ['platform', 'nutrition', 'goals', 'meals', 'activities', 'workouts'],
  coaches: ['platform', 'nutrition', 'identity', 'progress'],
  agents: ['platform', 'nutrition', 'identity', 'goals', 'facts', 'meals', 'activities', 'progress'],
  bots: ['platform', 'nutrition', 'identity', 'goals', 'facts', 'meals', 'progress', 'agents'],
  server: ['platform', 'nutrition', 'identity', 'goals', 'facts', 'activities', 'workouts', 'meals', 'progress', 'coaches', 'agents', 'bots'],
  testing: ['platform', 'nutrition', 'identity', 'server'],
};
const MODULES = 'identity|coaches|goals|meals|facts|activities|workouts|progress|bots|agents';
const LIBS = Object.keys(ALLOWED).join('|');
/** Real paths, or the same layout under the fixtures the boundary spec cruises. */
const AT = '^(?:tools/boundary-fixtures/)?';
/** Specs, test helpers and the E2E suite: they may boot the composed app and use @welness/testing. */
const TEST_CODE = [
  '\\.(spec|int-spec|e2e-spec|test)\\.tsx?$',
  '\\.int-helpers\\.ts$',
  `${AT}libs/[^/]+/test/`,
  `${AT}apps/web/e2e/`,
];

/** Deep paths that are public on purpose. */
const PUBLIC_ENTRY_POINTS = [
  // platform's config alone, for CLIs that must not load Nest (@welness/platform/config).
  `${AT}libs/platform/src/config/index\\.ts$`,
  // facts' import parse stages alone, for bench/facts-parse (@welness/facts/parse-only).
  `${AT}libs/facts/src/imports/parse-only\\.ts$`,
  // The generated client types, re-exported by contracts' index.ts.
  `${AT}libs/contracts/src/schema\\.d\\.ts$`,
];
/** A file of one library that is test code (see TEST_CODE). */
const testCodeOf = (lib) => `${AT}libs/${lib}/(.*\\.(spec|int-spec|e2e-spec|test)\\.tsx?|.*\\.int-helpers\\.ts|test/.*)$`;

module.exports = {
  forbidden: [
    {
      name: 'module-deep-import',
      comment: 'A library reaches another library only through its index.ts (its public API), never a deep path.',
      severity: 'error',
      from: { path: `${AT}libs/(${LIBS})/` },
      to: { path: `${AT}libs/(${LIBS})/(?!src/index\\.ts$)`, pathNot: [`${AT}libs/$1/`, ...PUBLIC_ENTRY_POINTS] },
    },
    {
      name: 'app-deep-import',
      comment: 'apps/ and bench/ reach a library only through its index.ts, like the libraries themselves.',
      severity: 'error',
      from: { path: `${AT}(apps|bench)/` },
      to: { path: `${AT}libs/(${LIBS})/(?!src/index\\.ts$)`, pathNot: PUBLIC_ENTRY_POINTS },
    },
    {
      name: 'module-entity-or-repository-import',
      comment: "Another module's entities and repositories are never imported, even re-exported.",
      severity: 'error',
      from: { path: `${AT}libs/(${MODULES})/` },
      to: { path: `${AT}libs/(${MODULES})/src/.*\\.(entity|repository)\\.ts$`, pathNot: `${AT}libs/$1/` },
    },
    ...Object.entries(ALLOWED).map(([lib, allowed]) => ({
      name: 'module-order',
      comment: `libs/${lib} may import only ${allowed.length ? allowed.join(', ') : 'no other library'}.`,
      severity: 'error',
      from: { path: `${AT}libs/${lib}/`, pathNot: TEST_CODE },
      to: { path: `${AT}libs/(?!(${[lib, ...allowed].join('|')})/)[^/]+/` },
    })),
    ...Object.entries(ALLOWED).map(([lib, allowed]) => ({
      name: 'module-order-tests',
      comment: `Specs of libs/${lib} may also boot the composed app (server, testing), nothing else above it.`,
      severity: 'error',
      from: { path: testCodeOf(lib) },
      to: { path: `${AT}libs/(?!(${[lib, ...allowed, 'server', 'testing'].join('|')})/)[^/]+/` },
    })),
    {
      name: 'apps-use-the-composition-root',
      comment: 'apps/api and apps/worker are thin: they start libs/server with platform config, nothing else.',
      severity: 'error',
      from: { path: `${AT}apps/(api|worker)/`, pathNot: TEST_CODE },
      to: { path: `${AT}libs/(?!(server|platform)/)[^/]+/` },
    },
    {
      name: 'web-uses-the-contract',
      comment: 'The SPA talks to the API only through the generated contract and shares only pure nutrition maths.',
      severity: 'error',
      from: { path: `${AT}apps/web/src/` },
      to: { path: `${AT}libs/(?!(contracts|nutrition)/)[^/]+/` },
    },
    {
      name: 'production-code-does-not-import-testing',
      comment: '@welness/testing (fakes, test app, data factories) is for specs, benchmarks and E2E only.',
      severity: 'error',
      from: { path: [`${AT}libs/`, `${AT}apps/`], pathNot: [...TEST_CODE, `${AT}libs/testing/`] },
      to: { path: `${AT}libs/testing/` },
    },
    {
      name: 'services-hold-no-typeorm',
      comment: 'Repositories hold I/O: a service gets a repository, never a TypeORM Repository or the DataSource.',
      severity: 'error',
      from: { path: '\\.service\\.ts$' },
      to: { path: '(^|/)node_modules/(typeorm|@nestjs/typeorm)/' },
    },
    {
      name: 'nutrition-is-pure',
      comment: 'libs/nutrition holds formulas only: no Nest, no stores, no other libs.',
      severity: 'error',
      from: { path: `${AT}libs/nutrition/` },
      to: {
        path: [
          '(^|/)node_modules/(@nestjs|typeorm|mongodb|ioredis|bullmq|pg|fastify|@fastify)/',
          `${AT}libs/(?!nutrition/)`,
        ],
      },
    },
    {
      name: 'platform-knows-no-modules',
      comment: 'Infrastructure must not depend on business modules.',
      severity: 'error',
      from: { path: `${AT}libs/platform/` },
      to: { path: `${AT}libs/(${MODULES}|server)/` },
    },
    {
      name: 'modules-do-not-import-apps-or-composition',
      comment: 'Integration specs may boot the composed app; production code may not.',
      severity: 'error',
      from: { path: `${AT}libs/(${MODULES}|platform|nutrition)/`, pathNot: TEST_CODE },
      to: { path: [`${AT}apps/`, `${AT}libs/server/`] },
    },
    {
      name: 'no-circular',
      comment: 'No cycles inside a library, type-only imports included (entities may reference each other).',
      severity: 'error',
      from: { path: `${AT}libs/` },
      to: { circular: true, viaOnly: { path: `${AT}libs/[^/]+/src/(?!index\\.ts$)` }, pathNot: '\\.(entity)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', 'boundary-fixtures/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

// The allow-list itself, for scripts/architecture-doc.spec.ts (docs/architecture.md's module
// map must match it); not enumerable, so depcruise's config validation does not see it.
Object.defineProperty(module.exports, 'ALLOWED', { value: ALLOWED, enumerable: false });
