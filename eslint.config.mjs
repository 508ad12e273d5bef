import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/generated/**', '**/node_modules/**', '**/.turbo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // The client's one convention for the API: a feature's HTTP calls, query keys and query hooks live
  // in apps/client/src/features/<feature>/api.ts (exporting `<feature>Keys`); src/api is the transport.
  {
    files: ['apps/client/src/**/*.{ts,tsx}'],
    ignores: ['apps/client/src/features/*/api.ts', 'apps/client/src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)api/http$',
              importNames: ['requestJson', 'requestNoContent'],
              message:
                'Call the API from the feature’s api.ts (features/<feature>/api.ts) and import its functions or hooks.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='queryKey'] > ArrayExpression",
          message: 'Take query keys from the feature’s `<feature>Keys` in its api.ts.',
        },
      ],
    },
  },
  {
    files: ['apps/client/src/features/*/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name=/Key$/]',
          message: 'Export the feature’s query keys as one `<feature>Keys` object.',
        },
      ],
    },
  },
);
