import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettierConfig from 'eslint-config-prettier';

const QUERY_METHODS = [
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'replaceInto',
  'mergeInto',
  'selectNoFrom',
];
const DATA_LAYER = ['server/src/**/*.repository.ts', 'server/src/**/*.query.ts', 'server/src/db/**'];
// Tests may set up and tamper with rows directly (e.g. to prove the audit verifier notices).
const SERVER_TESTS = ['server/src/**/*.test.ts', 'server/src/test/**'];
const SERVER_NEVER_IMPORTS_WEB = {
  group: ['**/web/**', '@policyops/web'],
  message: 'The server never imports the web app.',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/.artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Prettier wraps code at 120; this catches what it cannot wrap (comments), and lets long strings be.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { patterns: [SERVER_NEVER_IMPORTS_WEB] }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '@policyops/server', 'kysely'],
              message: 'The web app talks to the server over HTTP only.',
            },
          ],
        },
      ],
    },
  },
  // The server's layering, made mechanical (docs/ARCHITECTURE.md): only repositories, query
  // fragments (*.query.ts) and db/ touch Kysely; a module reaches another through its service.
  {
    files: ['server/src/**/*.ts'],
    ignores: [...DATA_LAYER, ...SERVER_TESTS],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=/^(${QUERY_METHODS.join('|')})$/]`,
          message:
            "Only repositories (*.repository.ts) and db/ run queries: call a repository, or another module's service.",
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kysely', message: 'Only repositories, query fragments and db/ use Kysely.' }],
          patterns: [
            SERVER_NEVER_IMPORTS_WEB,
            {
              regex: '^\\.\\./.*\\.repository\\.js$',
              message: "A module calls another module's service, never its repository.",
            },
            { regex: '\\.query\\.js$', message: 'Query fragments (*.query.ts) are for repositories.' },
            {
              regex: '/db/scope\\.js$',
              importNames: ['queryBuilder'],
              message: 'Only repositories turn a DbScope back into the query builder.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SERVER_NEVER_IMPORTS_WEB,
            {
              regex: '^\\.\\./.*\\.repository\\.js$',
              message: "A repository never calls another module's repository: compose its query fragment (*.query.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/web/**', '@policyops/server', '@policyops/web'],
              message: 'contracts imports nothing of ours.',
            },
          ],
        },
      ],
    },
  },
);
