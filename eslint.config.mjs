// `npm run lint`: ESLint flat config as in Microsoft's Office add-in templates — typescript-eslint's and
// the React hooks plugin's recommended rules. Not the type-checked sets: `tsc --noEmit` already checks
// types, and lint must stay a few seconds long (it runs in scripts/test.sh).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built output, bench results and test scratch; not our source.
    ignores: ['lib/**', 'dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'test/output/**', 'examples-out/**', 'tmp/**', '.stryker-tmp/**', 'reports/**'],
  },
  {
    // The code carries a few directives for stricter configs' rules (no-console); they are harmless.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // `_`-prefixed names are deliberately unused (destructuring a key away, a required callback parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Deliberate: XML writers and sheet-name checks strip or reject control characters by naming them.
      'no-control-regex': 'off',
      // Chinese text uses the ideographic space (U+3000); patterns match it on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true }],
      // `let [int, dec] = …` where only one part is reassigned reads better than two declarations.
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    // Node scripts, the CLI launcher, the bench and the build configs are CommonJS.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // The CLI loads each command on demand (require) so one command's start-up cost is not paid by the others.
    files: ['src/cli/main.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests use jest's globals, and require() where a module must load fresh or only when a test runs.
    files: ['test/**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
