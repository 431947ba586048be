// @ts-check
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Which folder may import which (shared/DESIGN.md, "Layout"). Paths are resolved, so a
 * `#main/...` subpath import and a `../../electron/...` relative one are caught alike.
 */
const boundaries = [
  {
    target: './renderer',
    from: ['./electron', './server', './db', './tests', './scripts', './bench'],
    message: 'The renderer reaches data only through window.crm and imports only shared/.',
  },
  {
    target: './shared',
    from: ['./electron', './renderer', './server', './db', './tests', './scripts', './bench'],
    message: 'shared/ imports no other folder: both processes and the server use it.',
  },
  {
    target: './server',
    from: ['./electron', './renderer', './tests'],
    message: 'The server never imports the desktop app.',
  },
  {
    target: './db',
    from: ['./electron', './renderer', './server', './tests'],
    message: 'db/ holds schemas and data; it imports only shared/.',
  },
  {
    target: './electron',
    from: ['./renderer', './server', './tests'],
    message: 'Main and preload never import the renderer, the server or test code.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      '.data',
      '.electron-native',
      'db/migrations',
      'test-results',
      'playwright-report',
      'tests/lint/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'renderer/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-default-export': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'electron/*'],
              message: 'The renderer has no Node or Electron.',
            },
            {
              group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'The renderer reads data through window.crm.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the Electron shell and the preload touch Electron; the core stays plain Node.
    files: [
      'electron/main/core/**',
      'electron/main/services/**',
      'electron/main/sync/**',
      'db/**',
      'shared/**',
      'server/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only electron/main/app and the preload import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tools read their config (and vitest its globalSetup) from a default export.
    files: ['*.config.{ts,js}', 'db/*.config.ts', 'server/testing/global-postgres.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
)
