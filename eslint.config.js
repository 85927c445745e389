// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Deep imports reach into a package's files, past its public entry point. */
const DEEP_IMPORTS = {
  group: ['type-graphql/*', 'graphql/*', 'graphql-jit/*'],
  message:
    'deep imports reach package internals: import from the package itself (type-graphql, graphql, graphql-jit)',
};

export default defineConfig([
  globalIgnores([
    'dist/',
    'sdk/dist/',
    'cli/dist/',
    '.scratch/',
    '.data/',
    'coverage/',
    'bench/results/',
    // Written by graphql-codegen from schema/schema.graphql and sdk/operations; checked for drift.
    'sdk/src/generated/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // As with tsc's noUnusedParameters, a leading underscore marks a deliberately unused name.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    rules: {
      // Type-only imports are erased at compile time; marking them keeps runtime imports honest.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    // Internals of type-graphql, graphql-js and graphql-jit: only their packages' public entry
    // points. type-graphql's metadata storage is read in one module, which a test holds to the
    // shape it relies on (server/src/graphql/type-graphql-internals.ts).
    files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'type-graphql',
              importNames: ['getMetadataStorage', 'MetadataStorage'],
              message:
                "type-graphql's metadata storage is read only in server/src/graphql/type-graphql-internals.ts",
            },
          ],
          patterns: [DEEP_IMPORTS],
        },
      ],
    },
  },
  {
    files: [
      'server/src/graphql/type-graphql-internals.ts',
      'test/unit/type-graphql-internals.test.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [DEEP_IMPORTS] }] },
  },
  {
    // type-graphql and MikroORM take resolver and entity classes as plain `Function`s
    files: [
      'server/src/auth/access.ts',
      'server/src/graphql/schema.ts',
      'server/src/graphql/live.ts',
      'server/src/graphql/type-graphql-internals.ts',
      'server/src/graphql/lists/filter.ts',
    ],
    rules: { '@typescript-eslint/no-unsafe-function-type': 'off' },
  },
  {
    // tests read GraphQL responses as JSON whose shape each assertion states
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
]);
