// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import { zonesPlugin } from './renderer/lint/zones.js';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'url',
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'artifacts/', '.data/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Arrow shorthands that return void (event handlers, callbacks) read fine in React code.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // shared/ is pure domain code: no DOM, Node, React, RxDB or Electron may reach it.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ 不得依赖 Node。' },
            {
              group: ['react', 'react-dom', 'react/*', 'antd', 'antd/*'],
              message: 'shared/ 不得依赖 React。',
            },
            { group: ['rxdb', 'rxdb/*', 'dexie'], message: 'shared/ 不得依赖 RxDB。' },
            { group: ['electron'], message: 'shared/ 不得依赖 Electron。' },
            {
              group: ['**/renderer/**', '**/electron/**', '**/provincial-api/**'],
              message: 'shared/ 只能依赖自身。',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, zones: zonesPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // features/ui/data/host layers and no RxDB in screens (renderer/lint/zones.js).
      'zones/layers': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: '渲染进程只能通过 window.api 访问系统。',
            },
            {
              group: ['**/electron/**', '**/provincial-api/**'],
              message: '渲染进程不得依赖 electron/ 或 provincial-api/。',
            },
          ],
        },
      ],
    },
  },
  {
    // Accessibility of the screens' JSX (labels, roles, keyboard); axe checks the rendered pages
    // too (tests/e2e/a11y.test.ts). The maintained fork, as jsx-a11y itself lacks ESLint 10.
    files: ['renderer/**/*.tsx'],
    ...jsxA11y.configs.recommended,
    rules: {
      ...jsxA11y.configs.recommended.rules,
      // A scrolling region or list body takes focus so the keyboard can scroll it (axe's
      // scrollable-region-focusable asks exactly that).
      'jsx-a11y-x/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region', 'rowgroup'] },
      ],
    },
  },
);
