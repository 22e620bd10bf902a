import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// NestJS 12 ships as ES modules, which Jest can only load natively on Node 24.9+; Vitest loads
// them on Node 20 and 22 alike. SWC keeps the decorator metadata Nest's DI needs.
const libs = readdirSync(resolve(import.meta.dirname, 'libs'));
const alias = [
  // Exact-match aliases: '@welness/platform/config' must not be swallowed by '@welness/platform'.
  { find: /^@welness\/platform\/config$/, replacement: resolve(import.meta.dirname, 'libs/platform/src/config/index.ts') },
  { find: /^@welness\/facts\/parse-only$/, replacement: resolve(import.meta.dirname, 'libs/facts/src/imports/parse-only.ts') },
  ...libs.map((l) => ({ find: new RegExp(`^@welness/${l}$`), replacement: resolve(import.meta.dirname, `libs/${l}/src/index.ts`) })),
];
const plugins = [swc.vite({ swcrc: false, module: { type: 'es6' }, jsc: { transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, keepClassNames: true, target: 'es2022' } })];

export default defineConfig({
  test: {
    projects: [
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['{apps/api,apps/worker,libs,bench,scripts}/**/*.spec.ts'],
          environment: 'node',
          globals: true,
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['{apps/api,apps/worker,libs}/**/*.int-spec.ts'],
          environment: 'node',
          globals: true,
          globalSetup: ['libs/testing/src/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'e2e',
          sequence: { groupOrder: 3 },
          include: ['apps/web/e2e/**/*.e2e-spec.ts'],
          environment: 'node',
          globals: true,
          globalSetup: ['libs/testing/src/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          maxWorkers: 1,
        },
      },
      { extends: 'apps/web/vite.config.mts', test: { name: 'web', sequence: { groupOrder: 2 } } },
    ],
  },
});
