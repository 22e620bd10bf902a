import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The SPA's house rules (apps/web/src), each a `no-restricted-syntax` selector so one file group
 * can lift one of them: scripts/lint-rules.spec.ts proves each bites on a fixture.
 */
const KJ = {
  selector: 'Literal[value=4.184]',
  message: 'kJ per kcal is KJ_PER_KCAL from @welness/nutrition, not a copy of the number.',
};
const WEB = {
  kj: KJ,
  cast: {
    selector: "TSAsExpression > TSAsExpression.expression[typeAnnotation.type='TSUnknownKeyword']",
    message: 'No `as unknown as` in the web: use the generated types of @welness/contracts (fix the contract if they are wrong).',
  },
  inlineKey: {
    selector: "Property[key.name='queryKey'] > ArrayExpression, CallExpression[callee.property.name=/^(getQueryData|setQueryData)$/] > ArrayExpression:first-child",
    message: 'Query keys live in api/query-keys.ts (queryKeys.…), never inline.',
  },
  localKeyRegistry: {
    selector: 'VariableDeclarator[id.name=/^(KEY|[A-Z_]+_KEY|keys)$/] > :matches(ArrayExpression, TSAsExpression, ObjectExpression)',
    message: 'Query keys live in api/query-keys.ts, not in a local constant.',
  },
  apiCall: {
    selector: "CallExpression[callee.object.name='api'][callee.property.name=/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/]",
    message: 'Calls to the API live in api/*.api.ts; screens and hooks call those functions.',
  },
};
const webRules = (...names) => ({ 'no-restricted-syntax': ['error', ...['kj', ...names].map((n) => WEB[n])] });

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.local/**',
      'coverage/**',
      'test-results/**',
      'tools/boundary-fixtures/**',
      'libs/contracts/src/schema.d.ts',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.test.ts', '**/*.test.tsx', 'bench/**', 'scripts/**', 'apps/*/src/*.cli.ts', 'libs/*/src/**/*.cli.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['libs/**/*.ts', 'apps/**/*.{ts,tsx}', 'bench/**/*.ts'],
    ignores: ['libs/nutrition/**', '**/*.spec.ts', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', KJ] },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: webRules('cast', 'inlineKey', 'localKeyRegistry', 'apiCall'),
  },
  // Everything under api/ is the client layer: *.api.ts calls, plus session.ts (token refresh).
  { files: ['apps/web/src/api/**/*.ts'], rules: webRules('cast', 'inlineKey', 'localKeyRegistry') },
  { files: ['apps/web/src/api/query-keys.ts'], rules: webRules('cast', 'apiCall') },
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
