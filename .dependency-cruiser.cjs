/**
 * Module boundaries of the monolith (see docs/architecture.md). `npm run lint` fails on any
 * violation; libs/platform/src/boundaries.spec.ts proves the rules bite on a fixture.
 */
const MODULES = 'identity|coaches|goals|meals|facts|activities|workouts|bots|agents';

module.exports = {
  forbidden: [
    {
      name: 'module-deep-import',
      comment: 'A module reaches another module only through its index.ts (its public API).',
      severity: 'error',
      from: { path: `(^|/)libs/(${MODULES}|platform|nutrition|server|testing)/` },
      to: {
        path: `(^|/)libs/(${MODULES})/src/.+`,
        pathNot: [`(^|/)libs/(${MODULES})/src/index\\.ts$`, '(^|/)libs/$2/'],
      },
    },
    {
      name: 'module-entity-or-repository-import',
      comment: "Another module's entities and repositories are never imported, even re-exported.",
      severity: 'error',
      from: { path: `(^|/)libs/(${MODULES})/` },
      to: { path: `(^|/)libs/(${MODULES})/src/.*\\.(entity|repository)\\.ts$`, pathNot: '(^|/)libs/$2/' },
    },
    {
      name: 'nutrition-is-pure',
      comment: 'libs/nutrition holds formulas only: no Nest, no stores, no other libs.',
      severity: 'error',
      from: { path: '(^|/)libs/nutrition/' },
      to: {
        path: [
          '(^|/)node_modules/(@nestjs|typeorm|mongodb|ioredis|bullmq|pg|fastify|@fastify)/',
          `(^|/)libs/(?!nutrition/)`,
        ],
      },
    },
    {
      name: 'platform-knows-no-modules',
      comment: 'Infrastructure must not depend on business modules.',
      severity: 'error',
      from: { path: '(^|/)libs/platform/' },
      to: { path: `(^|/)libs/(${MODULES}|server)/` },
    },
    {
      name: 'modules-do-not-import-apps-or-composition',
      comment: 'Integration specs may boot the composed app; production code may not.',
      severity: 'error',
      from: { path: `(^|/)libs/(${MODULES}|platform|nutrition)/`, pathNot: '\\.(int-spec|e2e-spec|spec)\\.ts$' },
      to: { path: ['(^|/)apps/', '(^|/)libs/server/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^libs/' },
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { path: '^libs/[^/]+/src/(?!index\\.ts$)' }, pathNot: '\\.(entity)\\.ts$' },
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
