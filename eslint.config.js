// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist/',
    'sdk/dist/',
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
    // type-graphql and MikroORM take resolver and entity classes as plain `Function`s
    files: [
      'server/src/auth/access.ts',
      'server/src/graphql/schema.ts',
      'server/src/graphql/live.ts',
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
