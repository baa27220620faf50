import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Gazettes carry 1 MB lines of OCR noise: a regex that can backtrack super-linearly is a bug.
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly' } },
  },
  {
    // The parser, the domain rules and the parser's scoring stay framework-free: they must run in a
    // script or a browser.
    files: ['libs/notice-parser/**/*.ts', 'libs/tenure-rules/**/*.ts', 'libs/parse-eval/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'pg', 'fs', 'node:*', '@renmian/*'] },
      ],
    },
  },
  {
    // Reading documents is plain TypeScript too (the CLI, the service and scripts share it); it
    // may use Node (files, child processes) but no framework or database.
    files: ['libs/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'typeorm', 'pg', '@renmian/*'] }],
    },
  },
);
